#pragma once

#include "entitykind.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Fortegnelse {

/// A step refused because a colleague (or another program) changed an item after this
/// window read it, or after the undo history recorded it: what they left, who and when,
/// and what this window tried. The officer decides (operations/conflictoperations.h):
/// take theirs, or keep theirs' other fields and make this window's change again on top.
struct EditConflict
{
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the singletons
    /// The item as it now is, stored form; empty when the colleague deleted it.
    QByteArray theirs;
    QString by; ///< who changed it (a database user); empty when not known (a file)
    QDateTime at; ///< when, when known
    /// What this window's step took the item to be (empty: not there) and what it tried to
    /// make it (empty: delete it).
    QByteArray base;
    QByteArray mine;
    /// The refused step was an undo or a redo of an earlier step, not a new edit.
    bool undo = false;

    bool theyDeleted() const { return theirs.isEmpty(); }
};

} // namespace Fortegnelse
