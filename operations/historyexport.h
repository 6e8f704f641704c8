#pragma once

// The register's history in its JSON form (issue 16): export-json writes the journal and
// the snapshots with the register unless told to leave them out; import reads them back.

#include "historyjson.h"
#include "register.h"
#include "operationresult.h"

namespace Fortegnelse {

/// The journal and the snapshots (with their contents) of the register at \a path, oldest
/// first, read without writing it.
OperationResult readHistoryOf(const QString &path, RegisterHistory *history);

/// The register at \a path and its history as one consistent read: were the register
/// changed while its history was read (on a server, by a colleague), all is read again, so
/// the history never holds a step the register does not, or lacks one it does. Refused when
/// the register is damaged (a copy would carry the damage).
OperationResult readRegisterWithHistory(const QString &path, Register *reg, RegisterHistory *history);

/// Writes the register at \a registerPath as JSON; \a withHistory adds its journal and
/// snapshots (format 3 when there are any), without them it is the register alone, for
/// sharing (format 2).
OperationResult exportJsonWithHistory(const QString &registerPath, const Destination &out, bool withHistory);

} // namespace Fortegnelse
