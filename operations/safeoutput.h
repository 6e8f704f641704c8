#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Fortegnelse::SafeOutput {

/// The absolute form of a path as the user gave it. Every path is made absolute before it
/// reaches SQLite or QSaveFile, so "file:x.ropa" is the file of that name in the current
/// folder, never an SQLite URI naming another file.
QString absolute(const QString &path);

/// Whether the output named \a output (as the user gave it, never "-") may be written:
/// nothing exists there yet, or an ordinary file that is none of \a inputs (compared by
/// device and inode, so a symbolic link, a hard link, "./x" or "dir/../x" are all seen).
/// A symbolic link, a folder, a named pipe, a device or a socket is never replaced.
/// Otherwise false, with the reason in *error, quoting the names printably.
bool checkTarget(const QString &output, const QStringList &inputs, QString *error);

/// Writes all of \a data to \a path or nothing: a reader never sees half a file, and a
/// failed write leaves no temporary file behind. A full disk says so.
bool writeFile(const QString &path, const QByteArray &data, QString *error);

/// The user's words for a failed write whose system message is \a systemMessage: "the
/// disk is full" when the file system ran out of space (ENOSPC, a quota, SQLite's "database
/// or disk is full"), else the system message itself.
QString describeWriteFailure(const QString &systemMessage, int savedErrno = 0);

} // namespace Fortegnelse::SafeOutput
