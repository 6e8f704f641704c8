// PgStore's journal: the file's own table and SQL (storejournal.h), with the database
// user as the one who made each change. server-init grants editors INSERT only on it.

#include "pgstore.h"
#include "storejournal.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Fortegnelse {

std::function<bool(QSqlQuery &, QString *)> PgStore::runner()
{
    // A failed statement may mean a lost connection: failure() notes it and says so.
    return [this](QSqlQuery &q, QString *e) {
        if (q.exec())
            return true;
        *e = failure(q.lastError());
        return false;
    };
}

bool PgStore::appendJournal(const QList<JournalEntry> &entries, QString *error)
{
    if (!m_inStep) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "the journal is written only within a step");
        return false;
    }
    JournalSql::Statements statements(m_db);
    return JournalSql::append(
        std::ref(statements),
        runner(),
        entries, m_user, error);
}

bool PgStore::readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error)
{
    page->clear();
    if (m_schemaVersion < 4)
        return true; // a server not yet updated by server-init has no journal
    JournalSql::Statements statements(m_db);
    return JournalSql::read(
        std::ref(statements),
        runner(),
        query, page, error);
}

bool PgStore::readJournalActors(QStringList *actors, QString *error)
{
    actors->clear();
    if (m_schemaVersion < 4)
        return true;
    JournalSql::Statements statements(m_db);
    return JournalSql::actors(std::ref(statements), runner(), actors, error);
}

} // namespace Fortegnelse
