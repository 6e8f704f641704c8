#pragma once

// What the officer decides when a step was refused because a colleague changed the item
// first (issue 17): take theirs, or keep mine as a new edit on top of theirs. The
// decisions are here, testable without widgets; views/conflictdialog.* shows them.

#include "conflict.h"
#include "operationresult.h"
#include "register.h"

#include <QList>
#include <QStringList>

namespace Fortegnelse {

class Document;

/// One field this window changed, side by side with what the colleague left in it.
struct ConflictRow
{
    QString field; ///< "department", "description.en"
    QString label; ///< the field's label in the UI language
    QString theirs; ///< their value, as a reader sees it
    QString mine;
    bool theyChangedItToo = false; ///< both changed this field: keeping mine replaces theirs
};

/// A conflict in words, for the dialog.
struct ConflictSummary
{
    QString itemName;
    /// "mette changed "Payroll" at 3/12/26 15:40, after this window read it."
    QString headline;
    QList<ConflictRow> rows;
    /// Labels of the fields only the colleague changed: they stay as theirs either way.
    QStringList theirOtherFields;
    bool theyDeleted = false;
    bool iDelete = false;
};

ConflictSummary describeConflict(const Register &reg, const EditConflict &conflict);

/// The item as keeping mine makes it (stored form; empty: deleted): theirs, with the
/// fields this window changed (from conflict.base to conflict.mine) set as mine. A field
/// is a top-level key of the item's JSON, as Change::fields and the journal name them.
QByteArray keptBody(const EditConflict &conflict, const QByteArray &current);

/// Takes theirs: nothing is written; the window shows the register as it now is.
OperationResult takeTheirs(Document &doc);
/// Keeps mine: reads the register again, then makes keptBody() of the item as one new,
/// undoable step on the current version. Refused (and nothing made) when it would refer
/// to items that no longer exist, or when another colleague changed it again meanwhile
/// (then lastConflict() holds the new conflict).
OperationResult keepMine(Document &doc);

} // namespace Fortegnelse
