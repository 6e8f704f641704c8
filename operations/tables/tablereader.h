#pragma once

#include "tablegrid.h"

namespace Fortegnelse::Tables {

/// Reads the tables of an XLSX, ODS, CSV, DOCX or ODT file into \a out, the format told by
/// the file's content (a ZIP's parts) before its name. The file is untrusted: past any of
/// \a limits, damaged, or of another kind, it is refused with one line naming the file and
/// the place ("r.xlsx: xl/worksheets/sheet1.xml, line 2: ..."), and \a out is left empty.
/// Nothing is ever written.
bool readTableFile(const QString &path, TableWorkbook *out, QString *error, const ReadLimits &limits = {});

} // namespace Fortegnelse::Tables
