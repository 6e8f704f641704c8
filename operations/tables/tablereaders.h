#pragma once

// The readers behind readTableFile(), one per format. Internal to operations/tables.

#include "tablegrid.h"

namespace Fortegnelse::Tables {

bool readXlsx(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error);
/// ODS and ODT, told apart by their mimetype entry.
bool readOdf(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error);
bool readDocx(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error);
bool readCsv(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error);

} // namespace Fortegnelse::Tables
