#pragma once

#include "snapshot.h"
#include "storejournal.h"

namespace Fortegnelse {

struct RegisterHistory;

/// The snapshots' SQL, shared by the .ropa file and the server like the journal's
/// (storejournal.h): the same table (Store::snapshotStatement()), rows and reads.
namespace SnapshotSql {

using JournalSql::Prepare;
using JournalSql::Run;

/// Keeps \a snapshot in the caller's transaction; it is given the next seq, the time and
/// \a actor.
bool append(const Prepare &prepare, const Run &run, const Snapshot &snapshot, const QString &actor,
            QString *error);
/// The snapshots \a query asks for, newest first; rows of a kind Fortegnelse does not know
/// are skipped.
bool read(const Prepare &prepare, const Run &run, const SnapshotQuery &query, QList<Snapshot> *list,
          QString *error);

/// Writes a journal and snapshots read from another register as they were there: the same
/// seq, step, time and actor, in the caller's transaction. Only for a register being
/// written new (a copy, an import), whose own journal and snapshots are still empty.
bool writeAsTheyWere(const Prepare &prepare, const Run &run, const RegisterHistory &history, QString *error);

} // namespace SnapshotSql
} // namespace Fortegnelse
