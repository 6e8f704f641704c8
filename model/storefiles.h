#pragma once

// The files around a register: what may be opened or replaced, the journal SQLite keeps
// beside it, and the atomic replacement of one register by another.

#include <QByteArray>
#include <QString>

#include <memory>

class QSqlDatabase;
class QTemporaryDir;

namespace Fortegnelse::StoreFiles {

/// Whether \a path can be opened as a register (exists, is a regular file, starts like an
/// SQLite database, and is writable when \a forEditing); false with the reason otherwise.
bool checkRegisterFile(const QString &path, bool forEditing, QString *error);

/// Whether a register may be written at \a path: nothing there yet, or a regular file
/// (never a link, a folder, a FIFO or a device).
bool checkReplaceable(const QString &path, QString *error);

/// Whether two paths name the same file (through links and aliases); false when either
/// does not exist.
bool sameFile(const QString &a, const QString &b);

/// The file's identity (device and inode): it changes when the file is replaced.
QByteArray identity(const QString &path);

/// Whether a read-only connection cannot read the register as it is: a crash left a hot
/// journal, or the file is in WAL mode.
bool needsRecovery(const QString &path, QSqlDatabase &readOnlyConnection);

/// Copies the register and its journal into a private folder (as "r.ropa"), where a
/// writable connection can recover it without touching the original.
std::unique_ptr<QTemporaryDir> recoveryCopy(const QString &path, QString *error);

/// A fresh name beside \a path for writing a new register before it replaces \a path.
QString temporarySibling(const QString &path);

/// Removes what an earlier write of a register at \a path left when it was killed: its
/// temporary siblings ("NAME.tmp-*") and their journals. Only for the holder of the lock.
void removeStaleTemporaries(const QString &path);

/// Removes a file with the journal SQLite may have left beside it.
void removeWithJournal(const QString &path);

/// Replaces \a target by the complete register \a temp in one step. The journal of the
/// register being replaced goes first: SQLite would otherwise roll it into the new file.
bool replaceRegister(const QString &temp, const QString &target, QString *error);

} // namespace Fortegnelse::StoreFiles
