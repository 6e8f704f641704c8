#pragma once

#include "journal.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <list>

namespace Fortegnelse {

/// The journal's SQL, shared by every Storage that keeps one (the .ropa file and the
/// server): the same table (Store::journalStatement()), the same rows, the same pages.
/// Each store supplies how it prepares and runs a statement, and who the entries name.
namespace JournalSql {

/// A prepared statement for \a sql, kept alive by the caller's store.
using Prepare = std::function<QSqlQuery &(const QString &sql)>;
/// Runs a prepared statement; on failure, says why in *error.
using Run = std::function<bool(QSqlQuery &, QString *error)>;

/// A Prepare for a store that keeps no statements between calls (the server's): each
/// statement lives as long as this object.
class Statements
{
public:
    explicit Statements(const QSqlDatabase &db)
        : m_db(db)
    {
    }
    QSqlQuery &operator()(const QString &sql)
    {
        QSqlQuery &q = m_queries.emplace_back(m_db);
        q.prepare(sql);
        return q;
    }

private:
    QSqlDatabase m_db;
    std::list<QSqlQuery> m_queries;
};

/// Appends \a entries as one step (they share a step number) in the caller's transaction.
bool append(const Prepare &prepare, const Run &run, const QList<JournalEntry> &entries, const QString &actor,
            QString *error);
/// One page of the journal, newest first; rows naming no kind Fortegnelse knows are skipped.
bool read(const Prepare &prepare, const Run &run, const JournalQuery &query, QList<JournalEntry> *page,
          QString *error);

/// The users (actors) named in the journal, sorted.
bool actors(const Prepare &prepare, const Run &run, QStringList *actors, QString *error);

} // namespace JournalSql
} // namespace Fortegnelse
