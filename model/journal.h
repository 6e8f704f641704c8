#pragma once

// The journal: every committed change of a register, kept in the register itself
// (docs/history.md). The document writes a step's entries in the same transaction as the
// step; the application only ever appends to it, and reads it in pages, never on opening.

#include "entitykind.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fortegnelse {

/// One item's change in one committed step.
struct JournalEntry
{
    enum Kind
    {
        Edit,
        Undo,
        Redo,
        Repair,
        Import
    };

    qint64 seq = 0; ///< position in the journal, given by the storage (1, 2, ...)
    qint64 step = 0; ///< the entries of one step share it, given by the storage
    QDateTime at; ///< when the step was committed (UTC), given by the storage
    QString actor; ///< the OS user, or the database role on a server, given by the storage
    Kind kind = Edit;
    QString text; ///< the step's undo text ("Edit processing activity")
    EntityKind itemKind = EntityKind::Organisation;
    QString itemId; ///< empty for the singletons
    QStringList fields; ///< the top-level field keys that differ between before and after
    QByteArray before; ///< the item's stored body before the step; empty when it did not exist
    QByteArray after; ///< ... and after it; empty when it no longer exists
    /// Given by the document, not stored: the edit goes on with the step before it, as the
    /// undo stack merges typing in one field into one step. The storage then gives it that
    /// step's number, when the journal's last entry is of the same item by the same user.
    bool continuesStep = false;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// Which entries to read, newest first.
struct JournalQuery
{
    /// Only entries older than this seq (0: from the newest); the next page starts
    /// below the last seq of the page before.
    qint64 beforeSeq = 0;
    int limit = 100;
    std::optional<EntityKind> itemKind; ///< only this item (with itemId)
    QString itemId;
    QDateTime since; ///< only entries at or after this moment, when valid
    QDateTime until; ///< only entries before this moment, when valid
    QString actor; ///< only this actor, when not empty
    std::optional<JournalEntry::Kind> kind;
};

/// The stored name of a kind ("edit", "undo"...) and back.
QString journalKindName(JournalEntry::Kind kind);
std::optional<JournalEntry::Kind> journalKindFromName(const QString &name);
/// The stored name of an item kind ("activity", "organisation"...), as in item ids.
QString itemKindName(EntityKind kind);
std::optional<EntityKind> itemKindFromName(const QString &name);

/// The top-level keys of two stored JSON bodies whose values differ, sorted. An absent
/// side (empty body) counts as an object without keys.
QStringList changedFields(const QByteArray &before, const QByteArray &after);

/// Whether \a newer goes on with \a older as one step (typing in one field, which the
/// undo stack merged): the same step number, item and kind, \a newer starting from the
/// state \a older left.
bool continuesTyping(const JournalEntry &older, const JournalEntry &newer);

/// Makes \a newer, which continues \a older, one entry with it: the typing's first seq,
/// time and before (the state it started from) and its last after.
void foldTyping(JournalEntry *newer, const JournalEntry &older);

/// Reading a journal newest first: folds \a older into the last entry of \a newestFirst
/// when it continues it (true), as the history shows typing; false leaves both as they are.
bool foldTypingInto(QList<JournalEntry> *newestFirst, const JournalEntry &older);

/// Who is making changes here: the OS user's login name.
QString currentOsUser();

} // namespace Fortegnelse
