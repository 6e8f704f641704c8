#include "zipsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Fortegnelse::Tables {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Tables", text);
}

constexpr qint64 RatioCheckedFrom = 1ll << 20;

} // namespace

ZipSource::ZipSource(const QString &path, const ReadLimits &limits)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_limits(limits)
{
}

ZipSource::~ZipSource() = default;

bool ZipSource::open(QString *error)
{
    const QFileInfo info(m_path);
    if (info.size() > m_limits.maxFileBytes) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is larger than %2 MB, more than any record needs."))
                     .arg(m_fileName)
                     .arg(m_limits.maxFileBytes >> 20);
        return false;
    }
    m_zip = std::make_unique<QuaZip>(m_path);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is not a readable ZIP archive (an office file is one).")).arg(m_fileName);
        return false;
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The archive's table of contents is damaged.")).arg(m_fileName);
        return false;
    }
    for (const QuaZipFileInfo64 &entry : infos)
        m_sizes.insert(entry.name, {qint64(entry.compressedSize), qint64(entry.uncompressedSize)});
    return true;
}

bool ZipSource::read(const QString &entry, QByteArray *bytes, QString *error)
{
    const auto found = m_sizes.constFind(entry);
    if (found == m_sizes.constEnd()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The part %2 is missing.")).arg(m_fileName, entry);
        return false;
    }
    const auto tooLarge = [&] {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet "
                                                                 "larger than any record."))
                     .arg(m_fileName, entry)
                     .arg(m_limits.maxEntryBytes >> 20);
        return false;
    };
    const auto tooMuchInAll = [&] {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb."))
                     .arg(m_fileName)
                     .arg(m_limits.maxTotalBytes >> 20);
        return false;
    };
    const auto tooDense = [&] {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb."))
                     .arg(m_fileName, entry)
                     .arg(m_limits.maxRatio);
        return false;
    };
    // The declared sizes first, so an honest bomb costs nothing...
    const Sizes declared = found.value();
    if (declared.uncompressed > m_limits.maxEntryBytes)
        return tooLarge();
    if (m_totalRead + declared.uncompressed > m_limits.maxTotalBytes)
        return tooMuchInAll();
    if (declared.uncompressed > RatioCheckedFrom
        && declared.uncompressed > m_limits.maxRatio * std::max<qint64>(declared.compressed, 1))
        return tooDense();

    // ...then what actually inflates, since the declared sizes are the attacker's to write.
    if (!m_zip->setCurrentFile(entry)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The part %2 cannot be found in the archive.")).arg(m_fileName, entry);
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The part %2 cannot be opened (damaged or encrypted).")).arg(m_fileName, entry);
        return false;
    }
    bytes->clear();
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = file.read(chunk, sizeof chunk);
        if (got < 0) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The part %2 is damaged.")).arg(m_fileName, entry);
            return false;
        }
        if (got == 0)
            break;
        if (bytes->size() + got > m_limits.maxEntryBytes) {
            bytes->clear();
            return tooLarge();
        }
        if (m_totalRead + bytes->size() + got > m_limits.maxTotalBytes) {
            bytes->clear();
            return tooMuchInAll();
        }
        if (bytes->size() + got > RatioCheckedFrom
            && bytes->size() + got > m_limits.maxRatio * std::max<qint64>(declared.compressed, 1)) {
            bytes->clear();
            return tooDense();
        }
        bytes->append(chunk, got);
    }
    file.close();
    if (file.getZipError() != 0) {
        bytes->clear();
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The part %2 is damaged (its checksum does not match).")).arg(m_fileName, entry);
        return false;
    }
    m_totalRead += bytes->size();
    return true;
}

bool looksLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace Fortegnelse::Tables
