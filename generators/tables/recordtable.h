#pragma once

// The Article 30 record as a spreadsheet (issue 15): one row per activity with every
// Art. 30 column, one row per subject x data x recipient link, and the processor record.
// The headers are the ones the table importer recognises, so an export imports back.

#include "register.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Fortegnelse::Tables {

struct RecordSheet
{
    QString name;
    QList<QStringList> rows; ///< the header row first
};

/// The record's three sheets, with values in \a language (the register's own when empty).
QList<RecordSheet> recordSheets(const Register &reg, const QString &language = {});

/// The sheets as an XLSX workbook (libxlsxwriter): frozen header rows, filters, wrapped
/// text; every cell a string, never a formula. Empty with *error set when it fails.
QByteArray recordXlsx(const QList<RecordSheet> &sheets, QString *error);
/// The sheets as an ODS spreadsheet, with filters and frozen header rows.
QByteArray recordOds(const QList<RecordSheet> &sheets, QString *error);
/// The first sheet as CSV (";", UTF-8 with a byte order mark, as Nordic Excel opens it).
/// A cell that a spreadsheet would take for a formula is prefixed with "'".
QByteArray recordCsv(const RecordSheet &sheet);

} // namespace Fortegnelse::Tables
