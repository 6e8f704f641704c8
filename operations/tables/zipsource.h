#pragma once

// The ZIP container under XLSX, ODS, DOCX and ODT, read as untrusted input: every entry's
// uncompressed size is bounded (declared and actually inflated), so are the total and the
// compression ratio, so a ZIP bomb is refused before it takes the memory.

#include "tablegrid.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace Fortegnelse::Tables {

class ZipSource
{
public:
    ZipSource(const QString &path, const ReadLimits &limits);
    ~ZipSource();
    ZipSource(const ZipSource &) = delete;
    ZipSource &operator=(const ZipSource &) = delete;

    /// Opens the archive and lists its entries; false with a message otherwise.
    bool open(QString *error);
    bool contains(const QString &entry) const { return m_sizes.contains(entry); }
    QStringList entries() const { return m_sizes.keys(); }
    /// The whole uncompressed entry, within the limits; false with a message naming the
    /// file and the entry otherwise.
    bool read(const QString &entry, QByteArray *bytes, QString *error);

private:
    struct Sizes
    {
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };
    QString m_path;
    QString m_fileName;
    ReadLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Sizes> m_sizes;
    qint64 m_totalRead = 0;
};

/// True when the file starts as a ZIP archive does.
bool looksLikeZip(const QString &path);

} // namespace Fortegnelse::Tables
