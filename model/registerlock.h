#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

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
/// The lock is the kernel's (flock) on that file, and the file says who holds it: user,
/// host, process, application and since when. The kernel releases the lock when its
/// process ends, however it ends, so a lock left by a crash (or by a kill at the moment
/// it was taken) is simply free: there is no staleness to guess. QLockFile guesses from
/// the process id and could not tell a half-written lock file from a live one.
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
    int m_fd = -1;
    QString m_error;
};

} // namespace Fortegnelse
