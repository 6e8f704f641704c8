#pragma once

// The history of a register in its JSON form (docs/register-format.md §1.10): the journal
// and the snapshots under the top-level key "history", so that they survive an export and
// an import. A file with a history is format 3; one without is written as format 2, which
// older versions read.

#include "jsonerror.h"
#include "journal.h"
#include "snapshot.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Fortegnelse {

/// Everything a register remembers besides its items: the journal (oldest first) and the
/// snapshots (oldest first).
struct RegisterHistory
{
    QList<JournalEntry> journal;
    QList<Snapshot> snapshots;
    bool isEmpty() const { return journal.isEmpty() && snapshots.isEmpty(); }
    friend bool operator==(const RegisterHistory &, const RegisterHistory &) = default;
};

namespace Json {

/// The format version of a file with a history.
inline constexpr int historyFormatVersion = 3;

/// The history as the JSON object stored under "history"; empty lists are left out.
QJsonObject writeHistory(const RegisterHistory &history);
/// Reads "history" strictly: an unknown field, kind or item kind, a seq out of order or a
/// snapshot whose register does not read is an error at its path. Appends to \a errors.
void readHistory(const QJsonValue &value, RegisterHistory *history, QList<Error> *errors);

} // namespace Json
} // namespace Fortegnelse
