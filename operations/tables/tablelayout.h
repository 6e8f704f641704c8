#pragma once

// Where the activities are in a workbook: a horizontal table (one row per activity, a
// header row whose cells name the fields, maybe a header block above it), or vertical forms
// (a label column and a value column, one sheet or one Word table per activity). Detected
// from the headers and labels, or chosen by the officer.

#include "importfields.h"
#include "tablegrid.h"

#include <QHash>

namespace Fortegnelse::Tables {

/// Fortegnelse is the record exported by export-table: one item per line in a list cell,
/// since an item may itself hold a ";".
enum class LayoutKind
{
    Auto,
    Horizontal,
    Vertical,
    Ico,
    Fortegnelse,
    Cnil
};

/// "auto", "horizontal", "vertical", "ico", "fortegnelse", "cnil"; and back (nullopt for anything else).
QString layoutKey(LayoutKind kind);
std::optional<LayoutKind> layoutFromKey(const QString &key);

struct ColumnMapping
{
    int column = -1;
    QString header;
    ImportField field = ImportField::None;
};

/// A value read from the file, with the place it came from.
struct SourceValue
{
    QString text;
    QString place; ///< "Activities, C14"
};

/// One row of the "Links" sheet of Fortegnelse's own export: a subject x data cell of the
/// matrix, and the recipient that receives it (empty: none), by name.
struct RawLink
{
    QString subject;
    QString data;
    QString recipient;
    bool confirmed = true; ///< "Confirmed" says no: an import generated it
    QString place; ///< "Links, B7"
};

/// One category of personal data as a file that lists them one per row gives it (the
/// CNIL's fiche), with its own retention period and, where the row says so, its kind.
struct RawData
{
    SourceValue name;
    QString kind; ///< a DataKind code: "special", "criminal", "national-id", or empty
    SourceValue retention;
};

/// One transfer outside the EU/EEA as a row gives it: country and guarantee.
struct RawTransfer
{
    SourceValue country;
    SourceValue safeguards;
};

/// One activity as the file gives it, before its cells are understood.
struct RawActivity
{
    QString place; ///< its first cell ("Activities, A5") or its form ("Table 2")
    QHash<ImportField, SourceValue> values;
    /// Data categories row by row (the CNIL's fiche), instead of values' Data and Retention.
    QList<RawData> dataRows;
    /// Transfers row by row (the CNIL's fiche), instead of values' countries and safeguards.
    QList<RawTransfer> transferRows;
    /// Fortegnelse's export only: the file says which data concern whom and what each
    /// recipient receives (its "Links" sheet), so nothing is generated.
    bool hasLinks = false;
    QList<RawLink> links;
};

/// The organisation, DPO and representative from a header block or a form.
struct HeaderBlock
{
    SourceValue organisation;
    SourceValue dpo;
    SourceValue representative;
};

struct TableLayout
{
    LayoutKind kind = LayoutKind::Auto;
    QList<int> sheets; ///< indexes into the workbook's sheets, in order
    int headerRow = -1; ///< horizontal: the header row of sheets.first()
    int labelColumn = -1; ///< vertical: the column of the labels
    QList<ColumnMapping> columns; ///< horizontal: every header cell, mapped or not
    /// Overrides of the detected mapping, as the officer edits it (column -> field).
    QHash<int, ImportField> overrides;
};

/// Finds the layout of \a book: \a requested (Auto detects), on the sheet named \a sheet
/// when one is given. False with a message when no table of activities is found.
bool detectLayout(const TableWorkbook &book, LayoutKind requested, const QString &sheet, TableLayout *layout,
                  QString *error);

/// Applies layout.overrides to layout.columns: a field is kept by one column only.
void applyOverrides(TableLayout *layout);

/// The activities and the header block, as \a layout finds them in \a book.
QList<RawActivity> extractActivities(const TableWorkbook &book, const TableLayout &layout, HeaderBlock *block);

} // namespace Fortegnelse::Tables
