#pragma once

// The history of a register (issue 16): its journal, the differences between two of its
// states, and restoring an item as it was. Shared by the command line and the views.

#include "journal.h"
#include "operationresult.h"
#include "register.h"
#include "registerdiff.h"

#include <QDateTime>

namespace Fortegnelse {

class Document;

/// Reads one side of a comparison: "FILE.ropa", "FILE.json", or "REG@DATE" (the register
/// as it stood at the end of DATE, yyyy-MM-dd, or at an ISO date and time, rebuilt from
/// its journal), "REG@published" or "REG@submitted" (the register the newest snapshot of
/// that kind kept).
/// A moment before the journal began is refused: the register's state then is not known.
OperationResult readState(const QString &side, Register *reg);

enum class DiffFormat
{
    Text,
    Json,
    Markdown
};
std::optional<DiffFormat> diffFormatFromName(const QString &name);

/// The differences from \a older to \a newer (each a side as readState() reads it).
OperationResult diffStates(const QString &older, const QString &newer, DiffFormat format,
                           QByteArray *out);

struct HistoryOptions
{
    QString item; ///< "ID" or "KIND/ID" ("activity/sales", "organisation"); empty: all
    QDateTime since; ///< only changes at or after this moment, when valid
    QString actor; ///< only changes by this user, when not empty
    std::optional<JournalEntry::Kind> kind; ///< only edits, undos, redos, repairs...
    bool json = false;
};

/// The journal of the register at \a path, newest first, as text in the UI language or JSON.
OperationResult historyOf(const QString &path, const HistoryOptions &options, QByteArray *out);

/// Reads the journal of the register at \a path, newest first, filtered by \a query
/// (all pages, up to \a max entries).
OperationResult readJournalOf(const QString &path, const JournalQuery &query, QList<JournalEntry> *entries,
                              int max = 1'000'000);

/// Makes an item as it is in \a body (a journal entry's before or after; empty: the item
/// does not exist) as one new, undoable step. Refused when it would refer to items that
/// no longer exist, or the document is read-only.
OperationResult restoreItem(Document &doc, EntityKind kind, const QString &id, const QByteArray &body);

} // namespace Fortegnelse
