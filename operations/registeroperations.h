#pragma once

#include "operationresult.h"
#include "register.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Fortegnelse {

/// Reads the register at \a path for an operation that only reads it: the file is never
/// written and an older schema is not migrated.
OperationResult readRegister(const QString &path, Register *reg, QDateTime *lastChange = nullptr);

/// Makes the register \a registerPath from the JSON file \a jsonPath, replacing a file
/// there only once the new register is complete. Refused when the output is the input, a
/// link, or not an ordinary file.
OperationResult importRegister(const QString &jsonPath, const QString &registerPath);

/// What a repair found and did.
struct RepairReport
{
    QStringList fixed; ///< one line per problem repaired: "where: what was wrong"
    QString backupPath; ///< the copy of the file as it was; empty when nothing was wrong
};

/// Repairs the register at \a registerPath (see Document::repair()): a backup copy next to
/// it first, then the file's structure and its items. Refused when another process holds
/// the register or SQLite cannot read it.
OperationResult repairRegister(const QString &registerPath, RepairReport *report);

/// Writes the register at \a registerPath as JSON.
OperationResult exportJson(const QString &registerPath, const Destination &out);

/// Delivers \a bytes to \a out: to the stream, or atomically to the file, which must not be
/// any of \a inputs nor a link or a special file (see SafeOutput::checkTarget()).
OperationResult deliver(const QByteArray &bytes, const Destination &out, const QStringList &inputs);

/// Checks that \a out may be written without harm to \a inputs, before any work is done.
OperationResult checkDestination(const Destination &out, const QStringList &inputs);

} // namespace Fortegnelse
