#pragma once

// The command line's table subcommands (issue 15): import-table and export-table.

#include "commandline.h"

#include <QStringList>

namespace Fortegnelse::Subcommands {

/// fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico] [--sheet NAME]
///     [--lang da|nb|sv|en] [--map COLUMN=FIELD]... [--dry-run] [--format text|json] -o OUT.ropa
/// The dry run prints the mapping and the per-row report and exits 0 when every row is
/// clean, 1 with warnings, 2 with an invalid row; nothing is written.
int runImportTable(const QStringList &arguments, const CommandLineIo &io);

/// fortegnelse export-table REG --format xlsx|ods|csv [--lang da|nb|sv|en] -o FILE
int runExportTable(const QStringList &arguments, const CommandLineIo &io);

} // namespace Fortegnelse::Subcommands
