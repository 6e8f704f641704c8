#include "registerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fortegnelse {

namespace {

QString currentUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

bool sameInode(int fd, const QString &path)
{
    struct stat held, named;
    return ::fstat(fd, &held) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
        && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

} // namespace

QString LockOwner::describe() const
{
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat) : QString();
    const QString who = user.isEmpty() ? QCoreApplication::translate("Fortegnelse::RegisterLock", "another user") : user;
    if (host.isEmpty() || when.isEmpty())
        return who;
    return QCoreApplication::translate("Fortegnelse::RegisterLock", "%1 on %2 since %3").arg(who, host, when);
}

RegisterLock::RegisterLock(const QString &registerPath)
    : m_path(lockPath(registerPath))
{
}

RegisterLock::~RegisterLock()
{
    unlock();
}

QString RegisterLock::lockPath(const QString &registerPath)
{
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

bool RegisterLock::tryLock()
{
    if (isLocked())
        return true;
    m_error.clear();
    const QByteArray name = QFile::encodeName(m_path);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            m_error = QCoreApplication::translate("Fortegnelse::RegisterLock",
                                                  "The lock file %1 cannot be written next to the register.")
                          .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return false; // held: owner() says by whom
        }
        // The holder before us may have removed the file between our open and our lock;
        // a lock on a file no longer at the path locks nothing.
        if (!sameInode(fd, m_path)) {
            ::close(fd);
            continue;
        }
        const QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n' + currentUser().toUtf8() + '\n'
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n'
            + QCoreApplication::applicationName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, info.constData(), size_t(info.size()), 0) != info.size()) {
            // Held all the same; only the description of who holds it is missing.
        }
        m_fd = fd;
        return true;
    }
    return false;
}

bool RegisterLock::isLocked() const
{
    return m_fd >= 0;
}

void RegisterLock::unlock()
{
    if (m_fd < 0)
        return;
    // Remove the file while still holding it, so nobody can lock the name and then find
    // it gone; whoever opened it meanwhile sees another inode at the path and tries again.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

LockOwner RegisterLock::owner() const
{
    LockOwner owner;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return owner;
    const QList<QByteArray> lines = file.readAll().split('\n');
    owner.pid = lines.value(0).toLongLong();
    owner.host = QString::fromUtf8(lines.value(1));
    owner.user = QString::fromUtf8(lines.value(2));
    owner.since = QDateTime::fromString(QString::fromUtf8(lines.value(3)), Qt::ISODate);
    owner.application = QString::fromUtf8(lines.value(4));
    if (owner.user.isEmpty())
        owner.user = QFileInfo(m_path).owner();
    return owner;
}

} // namespace Fortegnelse
