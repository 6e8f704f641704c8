#pragma once

// One in-memory grid for every table an officer brings: the sheets of an XLSX or ODS
// workbook, a CSV file, the tables of a DOCX or ODT document. The layouts and the importer
// read only this, so a place in any file is named the same way ("Sheet 2, C14").

#include <QList>
#include <QString>

namespace Fortegnelse::Tables {

/// What a cell held in its file. Every cell also has its text as the officer saw it.
enum class CellKind
{
    Empty,
    Text,
    Number,
    Date,
    Boolean,
    Error
};

struct TableCell
{
    QString text; ///< the shown value; a date as ISO 8601 (2024-05-31)
    CellKind kind = CellKind::Empty;
    bool fromFormula = false; ///< the cached value of a formula, never evaluated here
    bool merged = false; ///< copied from the first cell of a merged range
};

/// One sheet or one Word table. Rows and columns count from 0; a row is as long as its
/// last cell that is not empty, so a blank row is an empty list.
struct TableSheet
{
    QString name; ///< the sheet's name, or "Table 2" for a document's table
    QList<QList<TableCell>> rows;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const;
    /// The cell at \a row, \a column; an empty cell outside the grid.
    const TableCell &cell(int row, int column) const;
    QString text(int row, int column) const { return cell(row, column).text; }
    bool isBlankRow(int row) const;
};

struct TableWorkbook
{
    QString fileName; ///< the file's name without its folder, for messages
    QString format; ///< "xlsx", "ods", "csv", "docx" or "odt"
    QString encoding; ///< a CSV file's text encoding as detected ("Windows-1252")
    QList<TableSheet> sheets;
};

/// "C14" for \a row 13, \a column 2; "AA1" past Z.
QString cellName(int row, int column);
/// A cell named for the officer: "Activities, C14" (the sheet's own name).
QString cellReference(const TableSheet &sheet, int row, int column);
/// The 0-based column of letters such as "AA"; -1 when they are not letters.
int columnFromLetters(QStringView letters);

/// How much a file may make the importer hold. A file past any of these is refused with
/// a message naming the file and the place, before the memory is taken.
struct ReadLimits
{
    qint64 maxFileBytes = 64ll << 20; ///< the file itself (a CSV is read whole)
    qint64 maxEntryBytes = 32ll << 20; ///< one ZIP entry, uncompressed
    qint64 maxTotalBytes = 96ll << 20; ///< every ZIP entry read, uncompressed
    qint64 maxRatio = 200; ///< uncompressed / compressed, for entries past 1 MiB
    qint64 maxCells = 1'000'000; ///< cells that hold something, merged copies too
    int maxCellChars = 32767; ///< Excel's own limit for one cell
    int maxSheets = 255;
    int maxXmlDepth = 256;
};

} // namespace Fortegnelse::Tables
