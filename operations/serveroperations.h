#pragma once

// The register on a PostgreSQL server: setting a database up for it, and moving a
// register between a file and a server.

#include "operationresult.h"

#include <QStringList>

namespace Fortegnelse {

/// Creates the register's tables in the database \a url names and the roles
/// <database>_reader, _editor and _admin; *done says what was done, one line each.
/// Run again, it makes only what is missing.
OperationResult initializeServer(const QString &url, QStringList *done);

/// Copies the register at \a source (a file or a postgresql:// URL) to \a target (either),
/// with every item exactly as it is and its history (journal and snapshots) as it was.
/// Refused when a register is already at \a target.
OperationResult copyRegister(const QString &source, const QString &target);

} // namespace Fortegnelse
