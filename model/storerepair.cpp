// Store::repairStructure: puts a damaged file's schema right, in one transaction.

#include "store.h"
#include "storeload.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Fortegnelse {

namespace {

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// "trigger \"evil\"" -> {"trigger", "evil"}
std::pair<QString, QString> objectOf(const QString &where)
{
    const qsizetype space = where.indexOf(QLatin1Char(' '));
    QString name = where.mid(space + 1);
    if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    return {where.left(space), name};
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            columns.append(q.value(0).toString());
    }
    return columns;
}

} // namespace

bool Store::repairStructure(const LoadReport &report, QString *error)
{
    const QList<Table> expected = schemaTables(m_openedVersion ? m_openedVersion : schemaVersion);
    const auto createStatement = [&](const QString &table) {
        for (const Table &t : expected) {
            if (t.name == table)
                return t.sql;
        }
        return QString();
    };

    QStringList statements;
    // Foreign objects go first: a view may stand where a table belongs.
    for (const Damage &d : report.damage) {
        if (d.kind != Damage::ForeignObject)
            continue;
        const auto [type, name] = objectOf(d.where);
        statements.append(QStringLiteral("DROP %1 IF EXISTS %2").arg(type.toUpper(), quoted(name)));
    }
    for (const Damage &d : report.damage) {
        if (d.kind != Damage::MalformedTable && d.kind != Damage::MissingTable)
            continue;
        const QString table = objectOf(d.where).second;
        const QString create = createStatement(table);
        if (create.isEmpty())
            continue;
        if (d.kind == Damage::MissingTable) {
            statements.append(create);
            continue;
        }
        // Rebuild the table as Fortegnelse defines it, keeping the first row of each id.
        const QString fresh = table + QStringLiteral("_repaired");
        statements.append(QString(create).replace(QStringLiteral("CREATE TABLE ") + table + QLatin1Char(' '),
                                                  QStringLiteral("CREATE TABLE ") + fresh + QLatin1Char(' ')));
        const QStringList have = columnsOf(m_db, table);
        QStringList wanted;
        bool complete = true;
        const QString definition = create.section(QLatin1Char('('), 1).chopped(1);
        for (const QString &column : definition.split(QLatin1Char(','))) {
            const QString name = column.trimmed().section(QLatin1Char(' '), 0, 0);
            if (have.contains(name))
                wanted.append(name);
            else if (column.contains(QStringLiteral("NOT NULL")) && name != u"position")
                complete = false; // a required column is missing: nothing can be copied
        }
        if (complete && !wanted.isEmpty()) {
            const bool positionFromRow = !have.contains(QStringLiteral("position")) && definition.contains(QStringLiteral("position"));
            statements.append(QStringLiteral("INSERT OR IGNORE INTO %1 (%2%3) SELECT %2%4 FROM %5 ORDER BY rowid")
                                  .arg(fresh, wanted.join(QStringLiteral(", ")),
                                       positionFromRow ? QStringLiteral(", position") : QString(),
                                       positionFromRow ? QStringLiteral(", rowid") : QString(), quoted(table)));
        }
        statements.append(QStringLiteral("DROP TABLE %1").arg(quoted(table)));
        statements.append(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(fresh, table));
    }
    if (statements.isEmpty())
        return true;
    // A table made again has lost its indexes, and a foreign one dropped was perhaps ours
    // changed: the journal's indexes are made again where missing, for the schema the file
    // has now (migrated on opening, the current one).
    for (const Index &index : schemaIndexes(m_schemaVersionRead ? m_schemaVersionRead : schemaVersion))
        statements.append(index.sqlIfMissing());
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    for (const QString &sql : std::as_const(statements)) {
        if (!exec(sql, error)) {
            QString ignored;
            exec(QStringLiteral("ROLLBACK"), &ignored);
            *error = QCoreApplication::translate("Fortegnelse::Store", "The file's structure could not be repaired: %1").arg(*error);
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error))
        return false;
    m_dataVersion = dataVersion();
    return true;
}

} // namespace Fortegnelse
