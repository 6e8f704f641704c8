#pragma once

#include "operationresult.h"

#include <QString>

namespace Fortegnelse::Tables {

/// Writes the record of the register at \a registerPath as a spreadsheet: \a format is
/// "xlsx", "ods" or "csv" (the activities sheet alone); values in \a language, the
/// register's own when empty. The register is only read; the output replaces nothing
/// until it is complete and is never the register itself.
OperationResult exportTable(const QString &registerPath, const QString &format, const QString &language,
                            const Destination &out);

} // namespace Fortegnelse::Tables
