#pragma once

// Issue 15: a register from the spreadsheet or Word tables an officer already keeps. The
// file is read, its layout found, each activity's cells understood, and the whole import
// planned and reported (a dry run) before anything is written; then it is written as a new
// register all at once, or not at all.

#include "operationresult.h"
#include "register.h"
#include "tablelayout.h"

#include <functional>
#include <memory>

namespace Fortegnelse {
class Document;
}

namespace Fortegnelse::Tables {

struct ImportOptions
{
    LayoutKind layout = LayoutKind::Auto;
    QString sheet; ///< only this sheet, when given
    QString language = QStringLiteral("da"); ///< the language the file is written in
    QHash<int, ImportField> mapping; ///< the officer's changes to the column mapping
    /// Called before the activities are planned (done 0) and after each: false cancels,
    /// and planImport() then fails saying so. May be called from a worker thread.
    std::function<bool(int done, int total)> progress;
};

enum class RowStatus
{
    Ok,
    Warning,
    Invalid
};
QString rowStatusKey(RowStatus status); ///< "ok", "warning", "invalid"

/// What happens to one activity of the file, with every reason and its cell.
struct RowReport
{
    QString place;
    QString name;
    RowStatus status = RowStatus::Ok;
    QStringList messages; ///< "Aktiviteter, F5: ..." each
};

struct ImportReport
{
    QString fileName;
    QString format;
    QString encoding;
    TableLayout layout;
    QString sheet; ///< the sheet of a horizontal table; the forms' sheets joined
    QStringList sheetNames; ///< every sheet (or Word table) of the file, to choose from
    HeaderBlock block;
    QList<RowReport> rows;
    QStringList notices; ///< for the whole import: what to confirm afterwards
    RowStatus worst() const;
    int count(RowStatus status) const;
};

/// Reads \a path and plans its import on top of \a base (an empty register for a new
/// one): \a result is \a base with the imported items, \a report says what each row gives.
/// False with a message when the file cannot be read or holds no table of activities.
bool planImport(const QString &path, const ImportOptions &options, const Register &base, Register *result,
                ImportReport *report, QString *error);

/// Plans the import of \a path and, unless a row is invalid, writes it as the new register
/// \a registerPath, which replaces nothing until it is complete. Refused with the first
/// invalid row's reason otherwise; nothing is written.
OperationResult importTable(const QString &path, const ImportOptions &options, const QString &registerPath,
                            ImportReport *report);

/// Whether the open register is still \a base, the register an import was planned on:
/// no item changed, came, went or moved (stepBetween(), stopping at the first change).
bool isStillPlannedOn(const Document &doc, const Register &base);

/// Merges \a planned, an import planned on \a base, into the open register as one
/// undoable step ("Import 12 activities from liste.xlsx"). Refused, changing nothing, when
/// a row is invalid, or when the register is no longer \a base (it changed since the
/// preview; plan again).
OperationResult applyImport(Document &doc, const Register &base, const Register &planned, const ImportReport &report);

/// Writes \a planned, an import planned on an empty register, as the new register
/// \a registerPath and opens it into \a doc. Refused, writing nothing, when a row is
/// invalid or a file is already there (a register is never replaced by an import).
OperationResult createImported(const Register &planned, const ImportReport &report, const QString &registerPath,
                               std::unique_ptr<Document> *doc);

/// Plans the import of \a path on the open register and merges it (applyImport()): the
/// command line's --into.
OperationResult importTableInto(Document &doc, const QString &path, const ImportOptions &options, ImportReport *report);

/// The report as text for the command line and the preview, and as JSON.
QString reportText(const ImportReport &report);
QByteArray reportJson(const ImportReport &report);

} // namespace Fortegnelse::Tables
