#pragma once

// Builds the table files the import tests read, byte by byte, so every fixture says what
// it holds (shared and inline strings, merges, dates, hostile parts) and none is copied
// from an authority's template.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Fortegnelse::Test {

using ZipEntries = QList<std::pair<QString, QByteArray>>;

/// Writes a ZIP archive of \a entries, deflated; false when it cannot.
bool writeZip(const QString &path, const ZipEntries &entries);
/// Writes one entry of \a inflated bytes that claims to unpack to \a claimedSize only, as a
/// ZIP bomb that lies about its size does.
bool writeLyingZip(const QString &path, const QString &entry, const QByteArray &inflated, quint32 claimedSize);
bool writeFile(const QString &path, const QByteArray &bytes);

/// An XLSX workbook: \a sheets are (name, <sheetData> and after, inside <worksheet>);
/// \a sharedStrings the <si> elements; style 1 is a built-in date, 2 a custom date.
ZipEntries xlsxParts(const QList<std::pair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings = {});
/// A sheet's <sheetData> of inline strings, row by row from A1, and its merged ranges
/// ("A2:A3"); an empty string is an empty cell.
QByteArray xlsxSheet(const QList<QStringList> &rows, const QStringList &merges = {});
/// The same rows as ODS table rows, for odfParts().
QByteArray odsTable(const QString &name, const QList<QStringList> &rows);
/// The same rows as one DOCX table, for docxParts().
QByteArray docxTable(const QList<QStringList> &rows);
/// The rows as a CSV text separated by \a delimiter, quoted where needed.
QString csvText(const QList<QStringList> &rows, QChar delimiter);

/// An ODS (or, with \a text, an ODT) file whose content.xml body is \a body.
ZipEntries odfParts(const QByteArray &body, bool text = false);
/// A DOCX file whose <w:body> is \a body.
ZipEntries docxParts(const QByteArray &body);

} // namespace Fortegnelse::Test
