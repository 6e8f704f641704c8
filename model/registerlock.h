#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace Fortegnelse {

/// Who holds a register open for editing, from its lock file.
struct LockOwner
{
    QString user;
    QString host;
    QString application;
    qint64 pid = 0;
    QDateTime since;
    /// "mette on laptop-12 since 3 March 2026 09:14", in the UI language.
    QString describe() const;
};

/// One writer per register: a lock file beside it (".name.ropa.lock"), held while a
/// window edits the register or a command replaces or repairs it.
///
/// The lock records the process, host and application (QLockFile) and, through the
/// file's owner and time, the user and since when. A lock left by a process that no
/// longer runs on this host is taken over; one from another host (a shared drive) is
/// reported, since only its holder can know it is stale.
class RegisterLock
{
public:
    explicit RegisterLock(const QString &registerPath);
    ~RegisterLock();
    RegisterLock(const RegisterLock &) = delete;
    RegisterLock &operator=(const RegisterLock &) = delete;

    /// Takes the lock; false when another process holds it (see owner()) or the folder
    /// cannot be written (see error()).
    bool tryLock();
    bool isLocked() const;
    void unlock();
    LockOwner owner() const;
    QString error() const { return m_error; }

    static QString lockPath(const QString &registerPath);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};

} // namespace Fortegnelse
