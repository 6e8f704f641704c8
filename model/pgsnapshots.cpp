// PgStore's snapshots: the file's own table and SQL (storesnapshots.h), naming the database
// user. server-init grants editors INSERT only on it, as on the journal.

#include "pgstore.h"
#include "storesnapshots.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Fortegnelse {

bool PgStore::appendSnapshot(const Fortegnelse::Snapshot &snapshot, QString *error)
{
    if (!m_inStep) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "a snapshot is kept only within a step");
        return false;
    }
    JournalSql::Statements statements(m_db);
    return SnapshotSql::append(
        std::ref(statements),
        [this](QSqlQuery &q, QString *e) {
            if (q.exec())
                return true;
            *e = failure(q.lastError());
            return false;
        },
        snapshot, m_user, error);
}

bool PgStore::readSnapshots(const SnapshotQuery &query, QList<Fortegnelse::Snapshot> *list, QString *error)
{
    list->clear();
    if (m_schemaVersion < 5)
        return true;
    JournalSql::Statements statements(m_db);
    return SnapshotSql::read(
        std::ref(statements),
        [this](QSqlQuery &q, QString *e) {
            if (q.exec())
                return true;
            *e = failure(q.lastError());
            return false;
        },
        query, list, error);
}

} // namespace Fortegnelse
