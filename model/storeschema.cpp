// The register's schema as data: each version's tables, their names and the SQL that
// makes them, shared by the file (Store, StoreLoad, repairs) and the server (PgStore).

#include "store.h"
#include "storeload.h"

namespace Fortegnelse {

QList<Store::Table> Store::schemaTables(int version)
{
    // Plain SQL that SQLite and PostgreSQL both accept. Each item is one aggregate (an
    // activity with its purposes, matrix and retention rules) stored as a JSON body, so one
    // edit is one row written in one transaction.
    const QString changed = version >= 2 ? QStringLiteral(", changed_at TEXT") : QString();
    QList<Table> tables{
        {QStringLiteral("meta"), QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")},
        {QStringLiteral("migrations"), QStringLiteral("CREATE TABLE migrations (version INTEGER PRIMARY KEY, "
                                                      "applied_at TEXT NOT NULL, description TEXT NOT NULL)")},
        {QStringLiteral("singletons"),
         QStringLiteral("CREATE TABLE singletons (name TEXT PRIMARY KEY, body TEXT NOT NULL%1)").arg(changed)}};
    for (const QString &table : StoreLoad::listTables())
        tables.append({table, QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                             "body TEXT NOT NULL%2)")
                                  .arg(table, changed)});
    if (version >= 4)
        tables.append({QStringLiteral("journal"), journalStatement()});
    if (version >= 5)
        tables.append({QStringLiteral("snapshots"), snapshotStatement()});
    return tables;
}

QList<Store::Index> Store::schemaIndexes(int version)
{
    if (version < 6)
        return {};
    // Newest first within each: an item's history, a user's, a kind's (issue 16). The
    // period filters follow seq, which grows with time.
    return {{QStringLiteral("journal_item"), QStringLiteral("journal"),
             QStringLiteral("CREATE INDEX journal_item ON journal (item_kind, item_id, seq)")},
            {QStringLiteral("journal_actor"), QStringLiteral("journal"),
             QStringLiteral("CREATE INDEX journal_actor ON journal (actor, seq)")},
            {QStringLiteral("journal_kind"), QStringLiteral("journal"),
             QStringLiteral("CREATE INDEX journal_kind ON journal (kind, seq)")}};
}

QStringList Store::schemaStatements(int version)
{
    QStringList sql;
    for (const Table &table : schemaTables(version))
        sql.append(table.sql);
    for (const Index &index : schemaIndexes(version))
        sql.append(index.sql);
    return sql;
}

QStringList Store::schemaTableNames(int version)
{
    QStringList names;
    for (const Table &table : schemaTables(version))
        names.append(table.name);
    return names;
}

} // namespace Fortegnelse
