#include "storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fortegnelse::StoreFiles {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Store", text);
}

const char *const sideFiles[] = {"-journal", "-wal", "-shm"};

bool lstatOf(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

/// Makes a rename durable: the folder's entry is on disk when this returns.
void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool checkRegisterFile(const QString &path, bool forEditing, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file does not exist."));
        return false;
    }
    if (!info.isFile()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This is not a file."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file cannot be read: %1")).arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is empty, so it is not a register."));
        return false;
    }
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This is not a Fortegnelse register: it is not an SQLite database."));
        return false;
    }
    if (forEditing && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is read-only; Fortegnelse saves every change at once, so it needs "
                                                                "to write to it and its folder. Open it read-only or open a copy instead."));
        return false;
    }
    return true;
}

bool checkReplaceable(const QString &path, QString *error)
{
    struct stat st;
    if (!lstatOf(path, &st))
        return true; // nothing there yet
    if (S_ISLNK(st.st_mode)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "%1 is a link; give the name of the file itself.")).arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "%1 is not a regular file, so it is not replaced.")).arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QByteArray identity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
}

bool needsRecovery(const QString &path, QSqlDatabase &db)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(20);
        // Bytes 18 and 19 are 2 in WAL mode, whose readers need to write beside the file.
        if (header.size() == 20 && (header.at(18) == 2 || header.at(19) == 2))
            return true;
    }
    if (!QFileInfo::exists(path + QStringLiteral("-journal")))
        return false;
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return false;
    // SQLITE_READONLY_ROLLBACK (and plain SQLITE_READONLY): only a writer can roll the
    // hot journal back. A journal in use by a live writer gives SQLITE_BUSY instead.
    return (probe.lastError().nativeErrorCode().toInt() & 0xff) == 8;
}

std::unique_ptr<QTemporaryDir> recoveryCopy(const QString &path, QString *error)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        *error = dir->errorString();
        return nullptr;
    }
    const QString copy = dir->filePath(QStringLiteral("r.ropa"));
    if (!QFile::copy(path, copy)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "a private copy could not be written"));
        return nullptr;
    }
    for (const char *suffix : sideFiles) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::copy(side, copy + QLatin1String(suffix))) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "a private copy could not be written"));
            return nullptr;
        }
    }
    return dir;
}

QString temporarySibling(const QString &path)
{
    return path + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void removeStaleTemporaries(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList({info.fileName() + QStringLiteral(".tmp-*")},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        QFile::remove(folder.filePath(name));
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : sideFiles)
        QFile::remove(path + QLatin1String(suffix));
}

bool replaceRegister(const QString &temp, const QString &target, QString *error)
{
    for (const char *suffix : sideFiles)
        QFile::remove(target + QLatin1String(suffix));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "Could not write %1: %2"))
                     .arg(target, err == ENOSPC ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "the disk is full")) : QString::fromLocal8Bit(std::strerror(err)));
        removeWithJournal(temp);
        return false;
    }
    syncFolder(target);
    return true;
}

} // namespace Fortegnelse::StoreFiles
