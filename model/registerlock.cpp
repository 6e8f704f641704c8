#include "registerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace Fortegnelse {

QString LockOwner::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    const QString who = user.isEmpty() ? QCoreApplication::translate("Fortegnelse::RegisterLock", "another user") : user;
    if (host.isEmpty())
        return QCoreApplication::translate("Fortegnelse::RegisterLock", "%1 since %2").arg(who, when);
    return QCoreApplication::translate("Fortegnelse::RegisterLock", "%1 on %2 since %3").arg(who, host, when);
}

RegisterLock::RegisterLock(const QString &registerPath)
    : m_path(lockPath(registerPath))
{
}

RegisterLock::~RegisterLock() = default;

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
    m_lock = std::make_unique<QLockFile>(m_path);
    // A register stays open for hours: a lock is stale only when its process is gone,
    // never because of its age (QLockFile's default of 30 s would hand it to anyone).
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = QCoreApplication::translate("Fortegnelse::RegisterLock",
                                              "The lock file %1 cannot be written next to the register.")
                      .arg(QDir::toNativeSeparators(m_path));
    }
    return false;
}

bool RegisterLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void RegisterLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

LockOwner RegisterLock::owner() const
{
    LockOwner owner;
    QLockFile probe(m_path);
    probe.getLockInfo(&owner.pid, &owner.host, &owner.application);
    const QFileInfo info(m_path);
    owner.user = info.owner();
    owner.since = info.lastModified();
    return owner;
}

} // namespace Fortegnelse
