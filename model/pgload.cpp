// PgStore: opening, reading, creating the schema and the roles, and writing a whole
// register (fortegnelse copy).

#include "pgstore.h"

#include "store.h"
#include "storeload.h"
#include "storesnapshots.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>

namespace Fortegnelse {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::PgStore", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The tables whose rows are items, each with a version and an author on the server.
QStringList itemTables()
{
    return QStringList{QStringLiteral("singletons")} + StoreLoad::listTables();
}

QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// A connection of its own for the one-off jobs (server-init, copy).
class Connection
{
public:
    explicit Connection(const ServerAddress &address)
    {
        static std::atomic<int> counter = 0;
        m_name = QStringLiteral("fortegnelse-server-job-%1").arg(++counter);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!address.host.isEmpty())
            db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setDatabaseName(address.database);
        if (!address.user.isEmpty())
            db.setUserName(address.user);
        db.setConnectOptions(address.connectOptions());
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text().trimmed();
        return false;
    }
    bool open(const ServerAddress &address, QString *error)
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
            return false;
        }
        if (db.open()) {
            // server-init's "role is already a member" and the like are not news.
            QString ignored;
            exec(QStringLiteral("SET client_min_messages TO warning"), &ignored);
            return true;
        }
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "Could not connect to %1: %2")).arg(address.toUrl(), db.lastError().text().trimmed());
        return false;
    }
    QSqlDatabase db;

private:
    QString m_name;
};

/// Runs \a statements in one transaction; nothing of them remains when one fails.
bool runAll(Connection &c, const QStringList &statements, QString *error)
{
    if (!c.exec(QStringLiteral("BEGIN"), error))
        return false;
    for (const QString &sql : statements) {
        if (!c.exec(sql, error)) {
            QString ignored;
            c.exec(QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    return c.exec(QStringLiteral("COMMIT"), error);
}

/// Brings a server's schema from \a from up to Store::schemaVersion, one version per
/// transaction, from the file's own table descriptions: the tables a version adds are
/// created as the file creates them. (Every server starts at schema 3, so the column
/// changes of the file's earlier steps never apply here.)
bool migrate(Connection &c, int from, QString *error)
{
    for (int version = from; version < Store::schemaVersion; ++version) {
        const QStringList before = Store::schemaTableNames(version);
        QStringList steps;
        for (Store::Table table : Store::schemaTables(version + 1)) {
            if (!before.contains(table.name))
                steps.append(table.sql.replace(QStringLiteral("position INTEGER"), QStringLiteral("position BIGINT")));
        }
        QStringList indexed;
        for (const Store::Index &index : Store::schemaIndexes(version))
            indexed.append(index.name);
        for (const Store::Index &index : Store::schemaIndexes(version + 1))
            if (!indexed.contains(index.name))
                steps.append(index.sqlIfMissing());
        steps.append(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version + 1));
        steps.append(QStringLiteral("INSERT INTO migrations (version, applied_at, description) VALUES "
                                    "(%1, '%2', 'Update the register on the server')")
                         .arg(version + 1)
                         .arg(nowUtc()));
        if (!runAll(c, steps, error)) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "Updating the register on the server to schema %1 failed, and it was left at %2: %3"))
                         .arg(version + 1)
                         .arg(version)
                         .arg(*error);
            return false;
        }
    }
    return true;
}

} // namespace

QStringList PgStore::schemaStatements()
{
    // The file's own tables (one description for both homes), with a 64-bit position,
    // since PostgreSQL's INTEGER is 32 bits where SQLite's is 64.
    QStringList sql;
    for (QString statement : Store::schemaStatements(Store::schemaVersion))
        sql.append(statement.replace(QStringLiteral("position INTEGER"), QStringLiteral("position BIGINT")));
    // Every item's version, for refusing an edit based on a stale one, and who made it.
    for (const QString &table : itemTables())
        sql.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN version BIGINT NOT NULL DEFAULT 1, "
                                  "ADD COLUMN changed_by TEXT")
                       .arg(table));
    // Every commit that changes a table tells the other windows (one notification per
    // transaction: PostgreSQL folds identical ones).
    sql.append(QStringLiteral("CREATE FUNCTION fortegnelse_notify() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END $$")
                   .arg(QLatin1String(channel)));
    for (const QString &table : itemTables() + QStringList{QStringLiteral("meta")})
        sql.append(QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION fortegnelse_notify()")
                       .arg(table));
    return sql;
}

QStringList PgStore::roleNames(const QString &database)
{
    return {database + QStringLiteral("_reader"), database + QStringLiteral("_editor"),
            database + QStringLiteral("_admin")};
}

bool PgStore::initialize(const ServerAddress &address, QStringList *done, QString *error)
{
    Connection c(address);
    if (!c.open(address, error))
        return false;
    QSqlQuery probe(c.db);
    if (!probe.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !probe.next()) {
        *error = probe.lastError().text().trimmed();
        return false;
    }
    if (!probe.value(0).toBool()) {
        QStringList statements = schemaStatements();
        const QString now = nowUtc();
        const QList<QPair<QString, QString>> meta{
            {QStringLiteral("application"), QLatin1String(Store::applicationId)},
            {QStringLiteral("schema_version"), QString::number(Store::schemaVersion)},
            {QStringLiteral("created"), now},
            {QStringLiteral("last_change"), now}};
        for (const auto &[key, value] : meta)
            statements.append(QStringLiteral("INSERT INTO meta (key, value) VALUES ('%1', '%2')").arg(key, value));
        statements.append(QStringLiteral("INSERT INTO migrations (version, applied_at, description) VALUES "
                                         "(%1, '%2', 'Create the register on the server')")
                              .arg(Store::schemaVersion)
                              .arg(now));
        if (!runAll(c, statements, error))
            return false;
        done->append(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "created the register's tables in %1")).arg(address.database));
    } else {
        QSqlQuery version(c.db);
        if (!version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !version.next()) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The database has a table \"meta\" but no register in it."));
            return false;
        }
        const int found = version.value(0).toInt();
        if (found > Store::schemaVersion) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The register on the server was set up by a newer version of Fortegnelse (schema %1; "
                                                                      "this version knows up to %2)."))
                         .arg(found)
                         .arg(Store::schemaVersion);
            return false;
        }
        if (found < Store::schemaVersion) {
            if (!migrate(c, found, error))
                return false;
            done->append(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "updated the register's tables from schema %1 to %2")).arg(found).arg(Store::schemaVersion));
        } else {
            done->append(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "the register's tables were there already")));
        }
    }

    // The roles. Roles belong to the whole server, so each register's carry its
    // database's name. The grants are the server's to enforce, whatever program connects.
    const QStringList roles = roleNames(address.database);
    const QString reader = quotedIdentifier(roles.at(0));
    const QString editor = quotedIdentifier(roles.at(1));
    const QString admin = quotedIdentifier(roles.at(2));
    const QString db = quotedIdentifier(address.database);
    const QString items = itemTables().join(QStringLiteral(", "));
    QStringList statements;
    for (const QString &role : roles)
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                         "THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
                              .arg(QString(role).replace(QLatin1Char('\''), QStringLiteral("''")),
                                   quotedIdentifier(role)));
    statements += {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(db),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        // A reader opens the register and makes documents from it.
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(db, reader),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader),
        // An editor also changes items; the last change is how a step is serialized.
        QStringLiteral("GRANT %1 TO %2").arg(reader, editor),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(items, editor),
        QStringLiteral("GRANT UPDATE (value) ON meta TO %1").arg(editor),
        // The journal is append-only for everyone the application logs in as: the server
        // itself refuses an editor's UPDATE or DELETE of what was recorded.
        QStringLiteral("GRANT INSERT ON journal TO %1").arg(editor),
        // Publishing the policy and submitting the record keep a snapshot, and are the
        // administrator's: the server refuses an editor's snapshot whatever program connects.
        // (Registers set up before this took it from editors when server-init runs again.)
        QStringLiteral("REVOKE INSERT ON snapshots FROM %1").arg(editor),
        QStringLiteral("GRANT INSERT ON snapshots TO %1").arg(admin),
        // An administrator also gives and takes the two other roles.
        QStringLiteral("GRANT %1 TO %2").arg(editor, admin),
        QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(reader, editor, admin),
    };
    if (!runAll(c, statements, error))
        return false;
    done->append(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "roles %1 (may read), %2 (may edit) and %3 (may also give both to others)"))
                     .arg(roles.at(0), roles.at(1), roles.at(2)));
    return true;
}

bool PgStore::write(const ServerAddress &address, const Register &reg, QString *error,
                    const RegisterHistory *history)
{
    Connection c(address);
    if (!c.open(address, error))
        return false;
    if (!c.exec(QStringLiteral("BEGIN"), error))
        return false;
    const auto fail = [&](const QString &message) {
        *error = message;
        QString ignored;
        c.exec(QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    QSqlQuery check(c.db);
    if (!check.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version' FOR UPDATE"))
        || !check.next())
        return fail(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "%1 holds no register; run \"fortegnelse server-init\" on it first.")).arg(address.toUrl()));
    if (check.value(0).toInt() != Store::schemaVersion)
        return fail(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The register on the server has schema version %1; this Fortegnelse writes %2."))
                        .arg(check.value(0).toString())
                        .arg(Store::schemaVersion));
    QSqlQuery count(c.db);
    QStringList parts;
    for (const QString &table : itemTables())
        parts.append(QStringLiteral("(SELECT count(*) FROM %1)").arg(table));
    if (!count.exec(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + "))) || !count.next())
        return fail(count.lastError().text().trimmed());
    if (count.value(0).toLongLong() > 0)
        return fail(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "%1 already holds a register; a copy never replaces one.")).arg(address.toUrl()));

    const QString now = nowUtc();
    bool ok = true;
    QString message;
    const auto insert = [&](const QString &table, const QString &key, qint64 position, const QByteArray &body) {
        if (!ok)
            return;
        QSqlQuery q(c.db);
        q.prepare(table == u"singletons"
                      ? QStringLiteral("INSERT INTO singletons (name, body, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, current_user)")
                      : QStringLiteral("INSERT INTO %1 (id, position, body, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, ?, current_user)")
                            .arg(table));
        q.addBindValue(key);
        if (table != u"singletons")
            q.addBindValue(position);
        q.addBindValue(QString::fromUtf8(body));
        q.addBindValue(now);
        if (!q.exec()) {
            ok = false;
            message = q.lastError().text().trimmed();
        }
    };
    insert(QStringLiteral("singletons"), QStringLiteral("organisation"), 0, storedBody(AnyItem(reg.organisation)));
    insert(QStringLiteral("singletons"), QStringLiteral("policy"), 0, storedBody(AnyItem(reg.policy)));
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        for (int i = 0; ok && i < list.size(); ++i)
            insert(tableName(std::decay_t<decltype(list.at(i))>::kind), list.at(i).id, list.positionAt(i),
                   storedBody(AnyItem(list.at(i))));
    });
    if (!ok)
        return fail(message);
    if (history) {
        QSqlQuery kept(c.db);
        if (!kept.exec(QStringLiteral("SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM snapshots)"))
            || !kept.next())
            return fail(kept.lastError().text().trimmed());
        if (kept.value(0).toLongLong() > 0)
            return fail(trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "%1 already holds a history of changes; a copy never adds to one.")).arg(address.toUrl()));
        JournalSql::Statements statements(c.db);
        const auto run = [](QSqlQuery &q, QString *e) {
            if (q.exec())
                return true;
            *e = q.lastError().text().trimmed();
            return false;
        };
        if (!SnapshotSql::writeAsTheyWere(std::ref(statements), run, *history, &message))
            return fail(message);
    }
    QSqlQuery last(c.db);
    last.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_change'"));
    last.addBindValue(now);
    if (!last.exec())
        return fail(last.lastError().text().trimmed());
    return c.exec(QStringLiteral("COMMIT"), error);
}

std::unique_ptr<PgStore> PgStore::open(const ServerAddress &address, Register *reg, LoadReport *report,
                                       Mode mode, QString *error)
{
    std::unique_ptr<PgStore> store(new PgStore(address, mode));
    if (!store->connect(error))
        return nullptr;
    LoadReport found;
    if (!store->reload(reg, &found, error))
        return nullptr;
    if (!found.isClean()) {
        // Reading, an unknown code is only a gap, as in Store::read().
        if (!report && !(mode == Mode::Read && found.onlyUnknownCodes())) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The register on the server is damaged: %1")).arg(found.summary());
            return nullptr;
        }
        if (report)
            *report = found;
    }
    return store;
}

bool PgStore::reload(Register *reg, LoadReport *report, QString *error)
{
    Snapshot snapshot;
    if (!readAll(reg, report, &snapshot, error))
        return false;
    m_schemaVersion = snapshot.schemaVersion;
    m_lastChangeText = snapshot.lastChangeText;
    m_lastChange = QDateTime::fromString(snapshot.lastChangeText, Qt::ISODateWithMs);
    m_versions = std::move(snapshot.versions);
    m_notified = false;
    return true;
}

bool PgStore::readAll(Register *reg, LoadReport *report, Snapshot *snapshot, QString *error)
{
    if (m_lost) {
        *error = unavailableReason();
        return false;
    }
    // One snapshot of the database, so a register is never read half before and half
    // after a colleague's step.
    if (!exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), error))
        return false;
    const auto finish = [&](bool ok) {
        QString ignored;
        exec(QStringLiteral("COMMIT"), &ignored);
        return ok;
    };
    QSqlQuery meta(m_db);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = failure(meta.lastError());
        return finish(false);
    }
    QHash<QString, QString> values;
    while (meta.next())
        values.insert(meta.value(0).toString(), meta.value(1).toString());
    if (values.value(QStringLiteral("application")) != QLatin1String(Store::applicationId)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The database %1 does not hold a Fortegnelse register.")).arg(m_address.database);
        return finish(false);
    }
    const int version = values.value(QStringLiteral("schema_version")).toInt();
    if (version > Store::schemaVersion) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The register on the server was set up by a newer version of Fortegnelse (schema %1; "
                                                                  "this version reads up to %2). Update Fortegnelse to open it."))
                     .arg(version)
                     .arg(Store::schemaVersion);
        return finish(false);
    }
    if (version < Store::schemaVersion) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::PgStore", "The register on the server has schema version %1 and this version of Fortegnelse "
                                                                  "needs %2: the database's owner updates it with \"fortegnelse server-init\"."))
                     .arg(version)
                     .arg(Store::schemaVersion);
        return finish(false);
    }
    snapshot->schemaVersion = version;
    snapshot->lastChangeText = values.value(QStringLiteral("last_change"));

    // The rows are decoded by the very reader that reads a file (StoreLoad::decodeItems),
    // which checks every body as strictly as an untrusted file's, straight from the
    // server's result: no copy in between (docs/performance.md).
    StoreLoad::StoredRows stored;
    for (const QString &table : itemTables()) {
        const bool singletons = table == u"singletons";
        QSqlQuery rows(m_db);
        // (Forward-only or not made no measurable difference to the fetch: docs/performance.md.)
        if (!rows.exec(singletons ? QStringLiteral("SELECT name, 0, body, version FROM singletons")
                                  : QStringLiteral("SELECT id, position, body, version FROM %1 ORDER BY position, id")
                                        .arg(table))) {
            *error = failure(rows.lastError());
            return finish(false);
        }
        QList<StoreLoad::StoredRow> *list = singletons ? nullptr : &stored.lists[table];
        if (list && rows.size() > 0)
            list->reserve(rows.size());
        snapshot->versions.reserve(snapshot->versions.size() + std::max(0, rows.size()));
        while (rows.next()) {
            const QString key = rows.value(0).toString();
            snapshot->versions.insert(table + QLatin1Char('/') + key, rows.value(3).toLongLong());
            QByteArray body = rows.value(2).toString().toUtf8();
            if (!singletons)
                list->append({key, rows.value(1).toLongLong(), std::move(body)});
            else if (key == u"organisation")
                stored.organisation = std::move(body);
            else if (key == u"policy")
                stored.policy = std::move(body);
        }
        if (rows.lastError().isValid()) {
            *error = failure(rows.lastError());
            return finish(false);
        }
    }
    finish(true);
    LoadReport found;
    StoreLoad::decodeItems(std::move(stored), reg, &found);
    *report = found;
    return true;
}

} // namespace Fortegnelse
