#include "store.h"

#include "jsoncodec.h"
#include "kinds.h"
#include "sqliteguard.h"
#include "storefiles.h"
#include "storeload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>

#include <atomic>

namespace Fortegnelse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Store", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// How long opening a file may take before it is given up as hostile or absurd. A
/// register of 10,000 activities opens in a quarter of a second.
constexpr qint64 openDeadlineMs = 60'000;

QString singletonName(EntityKind kind)
{
    return kind == EntityKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("policy");
}

} // namespace

QString tableName(EntityKind kind)
{
    return QString::fromLatin1(kindInfo(kind).table);
}

QString Store::absolutePath(const QString &path)
{
    // A relative name that starts with "file:" would be read by SQLite as a URI naming
    // another file; an absolute path never is.
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

Store::Store(QString path, Mode mode)
    : m_path(absolutePath(path))
    , m_mode(mode)
{
    static std::atomic<int> counter = 0;
    m_connection = QStringLiteral("fortegnelse-store-%1").arg(++counter);
    m_actor = currentOsUser();
}

Store::~Store()
{
    if (m_inStep)
        rollback();
    closeConnection();
}

bool Store::openConnection(bool readOnly, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        return false;
    }
    closeConnection();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_privateCopy ? m_privateCopy->filePath(QStringLiteral("r.ropa")) : m_path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!SqliteGuard::harden(m_db, error))
        return false;
    if (!readOnly) {
        // A rollback journal keeps the register one file; FULL makes each commit durable.
        QString ignored;
        exec(QStringLiteral("PRAGMA synchronous = FULL"), &ignored);
    }
    return true;
}

void Store::closeConnection()
{
    m_queries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = describeSqlError(q.lastError().nativeErrorCode(), q.lastError().text());
        return false;
    }
    return true;
}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        it = m_queries.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

bool Store::runPrepared(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = describeSqlError(q.lastError().nativeErrorCode(), q.lastError().text());
    return false;
}

bool Store::read(const QString &path, Register *reg, QString *error, QDateTime *lastChange)
{
    Store store(path, Mode::Read);
    LoadReport report;
    if (!store.openAndLoad(reg, &report, error))
        return false;
    // An unknown code is read as empty, a gap every document shows and the checks
    // report: a command that only reads goes on (docs/integrity.md).
    if (!report.isClean() && !report.onlyUnknownCodes()) {
        *error = tr("The file is damaged: %1. Run \"fortegnelse repair\" or open it in Fortegnelse to repair it.")
                     .arg(report.summary());
        return false;
    }
    if (lastChange)
        *lastChange = store.m_lastChange;
    return true;
}

std::unique_ptr<Store> Store::open(const QString &path, Register *reg, QString *error)
{
    return open(path, reg, error, Options());
}

std::unique_ptr<Store> Store::open(const QString &path, Register *reg, QString *error,
                                   const Options &options)
{
    std::unique_ptr<Store> store(new Store(path, options.mode));
    if (options.mode == Mode::Edit) {
        store->m_lock = std::make_unique<RegisterLock>(store->m_path);
        if (!StoreFiles::checkRegisterFile(store->m_path, true, error))
            return nullptr;
        if (!store->m_lock->tryLock()) {
            if (!store->m_lock->error().isEmpty()) {
                *error = store->m_lock->error();
            } else {
                const LockOwner owner = store->m_lock->owner();
                if (options.lockedBy)
                    *options.lockedBy = owner;
                *error = tr("The register is open for editing by %1.").arg(owner.describe());
            }
            return nullptr;
        }
    }
    LoadReport report;
    if (!store->openAndLoad(reg, &report, error))
        return nullptr;
    if (!report.isClean()) {
        // Reading, an unknown code is only a gap (as in read() above).
        if (!options.report && !(options.mode == Mode::Read && report.onlyUnknownCodes())) {
            *error = tr("The file is damaged: %1").arg(report.summary());
            return nullptr;
        }
        if (options.report)
            *options.report = report;
    }
    if (options.mode == Mode::Read)
        return store;

    const int version = store->m_openedVersion;
    if (version < schemaVersion) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(store->m_path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(store->m_path, backup)) {
            *error = tr("The register needs updating to the current file format, but a backup "
                        "could not be written to %1. The file was left as it was.")
                         .arg(backup);
            return nullptr;
        }
        if (!store->migrate(version, error)) {
            *error = tr("Updating the file format failed: %1. A backup of the file as it was is "
                        "beside it.")
                         .arg(*error);
            return nullptr;
        }
    }
    return store;
}

bool Store::openAndLoad(Register *reg, LoadReport *report, QString *error)
{
    if (!StoreFiles::checkRegisterFile(m_path, false, error))
        return false;
    const bool readOnly = m_mode == Mode::Read;
    if (!openConnection(readOnly, error)) {
        *error = tr("The file cannot be opened as a database: %1").arg(*error);
        return false;
    }
    if (readOnly && StoreFiles::needsRecovery(m_path, m_db)) {
        // A crash left the register mid-write (a hot journal), or it is in WAL mode. A
        // read never writes the register, so it is recovered in a private copy; the next
        // open for editing recovers the file itself.
        closeConnection();
        m_privateCopy = StoreFiles::recoveryCopy(m_path, error);
        if (!m_privateCopy || !openConnection(false, error)) {
            *error = tr("The register was left mid-write by a crash and could not be recovered: %1").arg(*error);
            return false;
        }
    }
    if (!readOnly) {
        // Recover a hot journal now (SQLite does on the first read of a writable
        // connection), and keep the register one file.
        QString ignored;
        exec(QStringLiteral("PRAGMA journal_mode = DELETE"), &ignored);
    }
    if (!reload(reg, report, error))
        return false;
    m_openedVersion = m_schemaVersionRead;
    m_fileIdentity = StoreFiles::identity(m_path);
    return true;
}

bool Store::reload(Register *reg, LoadReport *report, QString *error)
{
    if (m_mode == Mode::Edit || !m_privateCopy) {
        // A file replaced under us (a sync tool, a restore) is read from its new self.
        const QByteArray now = StoreFiles::identity(m_path);
        if (!m_fileIdentity.isEmpty() && now != m_fileIdentity) {
            if (!openConnection(m_mode == Mode::Read, error))
                return false;
            m_fileIdentity = now;
        }
    }
    // One read transaction, so the register is read as one snapshot even while another
    // process writes it; a deadline, so a hostile file cannot hold the app.
    SqliteGuard::setDeadline(m_db, openDeadlineMs);
    QString ignored;
    exec(QStringLiteral("BEGIN"), &ignored);
    StoreLoad::Schema schema;
    bool ok = StoreLoad::inspect(m_db, schemaVersion, &schema, error);
    LoadReport found;
    found.damage = schema.damage;
    ok = ok && StoreLoad::loadItems(m_db, schema, reg, &found, error);
    const bool tooLong = SqliteGuard::deadlinePassed(m_db);
    exec(QStringLiteral("COMMIT"), &ignored);
    SqliteGuard::clearDeadline(m_db);
    if (tooLong) {
        *error = tr("Reading the file took longer than %1 seconds and was stopped.").arg(openDeadlineMs / 1000);
        return false;
    }
    if (!ok)
        return false;
    *report = found;
    m_schemaVersionRead = schema.version;
    m_lastChange = schema.lastChange;
    m_dataVersion = dataVersion();
    return true;
}

bool Store::migrate(int fromVersion, QString *error)
{
    for (int version = fromVersion; version < schemaVersion; ++version) {
        QStringList steps;
        QStringList optional; ///< run, but a failure does not stop the migration
        QString description;
        if (version == 1) {
            // Version 2 records when each item last changed, so the register can tell
            // whether the published privacy policy is older than its contents.
            description = QStringLiteral("Record when each item last changed");
            steps.append(QStringLiteral("ALTER TABLE singletons ADD COLUMN changed_at TEXT"));
            for (const QString &table : StoreLoad::listTables())
                steps.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table));
            steps.append(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_change', '%1')")
                             .arg(nowUtc()));
        } else if (version == 2) {
            // Version 3 stores items in register format 2, where an unanswered DPIA,
            // automated decision or obligation is "not assessed" rather than "no". The
            // reader converts format-1 items as it reads them; the number tells an older
            // Fortegnelse that it cannot read these items, instead of failing on them.
            description = QStringLiteral("Store items in register format 2 (answers may be not assessed)");
        } else if (version == 3) {
            // Version 4 keeps a journal of every committed change (docs/history.md). It
            // starts empty: what happened before is not known, and is not made up.
            description = QStringLiteral("Keep a journal of every change");
            steps.append(journalStatement());
        } else if (version == 4) {
            // Version 5 keeps snapshots of what was published and submitted (docs/history.md).
            description = QStringLiteral("Keep snapshots of what was published and submitted");
            steps.append(snapshotStatement());
        } else if (version == 5) {
            // Version 6 indexes the journal, so that an item's or a user's history reads its
            // own entries rather than the whole journal (docs/history.md).
            description = QStringLiteral("Index the journal for the history's filters");
            for (const Index &index : schemaIndexes(6))
                optional.append(index.sqlIfMissing());
        }
        if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        bool ok = true;
        for (const QString &sql : std::as_const(steps))
            ok = ok && exec(sql, error);
        // Indexes only make the history faster: a journal too damaged to index (missing, a
        // view, a column short) is left to the repair, which makes them, rather than
        // keeping the file from opening.
        for (const QString &sql : std::as_const(optional)) {
            QString ignored;
            exec(sql, &ignored);
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO migrations (version, applied_at, description) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(version + 1);
        q.addBindValue(nowUtc());
        q.addBindValue(description);
        QSqlQuery v(m_db);
        v.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        v.addBindValue(QString::number(version + 1));
        ok = ok && runPrepared(q, error) && runPrepared(v, error) && exec(QStringLiteral("COMMIT"), error);
        if (!ok) {
            QString ignored;
            exec(QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    m_schemaVersionRead = schemaVersion;
    QSqlQuery last(m_db);
    if (last.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_change'")) && last.next())
        m_lastChange = QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs);
    m_dataVersion = dataVersion();
    return true;
}

std::unique_ptr<Store> Store::create(const QString &path, const Register &reg, QString *error,
                                     const RegisterHistory *history)
{
    const QString target = absolutePath(path);
    auto lock = std::make_unique<RegisterLock>(target);
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
        *error = tr("the folder it would go in does not exist");
        return nullptr;
    }
    if (!StoreFiles::checkReplaceable(target, error))
        return nullptr;
    if (!lock->tryLock()) {
        *error = lock->error().isEmpty()
            ? tr("The register is open for editing by %1; close it there first.").arg(lock->owner().describe())
            : lock->error();
        return nullptr;
    }
    // Holding the lock, whatever a killed write of this register left beside it is stale.
    StoreFiles::removeStaleTemporaries(target);
    const QString temp = StoreFiles::temporarySibling(target);
    {
        Store writer(temp, Mode::Edit);
        bool ok = writer.openConnection(false, error) && writer.exec(QStringLiteral("BEGIN IMMEDIATE"), error);
        for (const QString &sql : schemaStatements(schemaVersion))
            ok = ok && writer.exec(sql, error);
        const QString now = nowUtc();
        const auto meta = [&](const char *key, const QString &value) {
            QSqlQuery q(writer.m_db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(QLatin1String(key));
            q.addBindValue(value);
            return writer.runPrepared(q, error);
        };
        ok = ok && meta("application", QLatin1String(applicationId))
            && meta("schema_version", QString::number(schemaVersion)) && meta("created", now)
            && meta("last_change", now);
        ok = ok && writer.put(EntityKind::Organisation, {}, 0, storedBody(AnyItem(reg.organisation)), error)
            && writer.put(EntityKind::Policy, {}, 0, storedBody(AnyItem(reg.policy)), error);
        const_cast<Register &>(reg).forEachList([&](const auto &list) {
            for (int i = 0; ok && i < list.size(); ++i)
                ok = writer.put(std::decay_t<decltype(list.at(i))>::kind, list.at(i).id, list.positionAt(i),
                                storedBody(AnyItem(list.at(i))), error);
        });
        // An imported history is part of the new register, in the same transaction.
        ok = ok && (!history || writer.writeHistory(*history, error));
        ok = ok && writer.exec(QStringLiteral("COMMIT"), error);
        writer.closeConnection();
        if (!ok) {
            StoreFiles::removeWithJournal(temp);
            return nullptr;
        }
    }
    // The journal of the file being replaced belongs to that file: left beside the new
    // one, SQLite would roll it into it.
    if (!StoreFiles::replaceRegister(temp, target, error))
        return nullptr;
    std::unique_ptr<Store> store(new Store(target, Mode::Edit));
    store->m_lock = std::move(lock);
    Register ignored;
    LoadReport report;
    if (!store->openAndLoad(&ignored, &report, error))
        return nullptr;
    return store;
}

bool Store::begin(QString *error)
{
    if (m_mode != Mode::Edit) {
        *error = tr("the register is open read-only");
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_inStep = true;
    return true;
}

bool Store::put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
                QString *error)
{
    if (kind == EntityKind::Organisation || kind == EntityKind::Policy) {
        QSqlQuery &q = prepared(
            QStringLiteral("INSERT INTO singletons (name, body, changed_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET body = excluded.body, "
                           "changed_at = excluded.changed_at"));
        q.addBindValue(singletonName(kind));
        q.addBindValue(QString::fromUtf8(body));
        q.addBindValue(nowUtc());
        return runPrepared(q, error);
    }
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO %1 (id, position, body, changed_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                       "body = excluded.body, changed_at = excluded.changed_at")
            .arg(tableName(kind)));
    q.addBindValue(id);
    q.addBindValue(position);
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(nowUtc());
    return runPrepared(q, error);
}

bool Store::erase(EntityKind kind, const QString &id, QString *error)
{
    QSqlQuery &q = (kind == EntityKind::Organisation || kind == EntityKind::Policy)
        ? prepared(QStringLiteral("DELETE FROM singletons WHERE name = ?"))
        : prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(kind)));
    q.addBindValue(kind == EntityKind::Organisation || kind == EntityKind::Policy ? singletonName(kind) : id);
    return runPrepared(q, error);
}

bool Store::commit(QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A transaction that changed no item (a snapshot kept alone: the record was submitted)
    // does not change the register's contents, so it leaves last_change, or the published
    // policy would look older than its contents. Every step that changes items journals
    // them first, so the newest entry is newer than the last change exactly when this
    // transaction changed items (the newest by seq: one look, however long the journal).
    QSqlQuery &q = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_change' AND value < "
                                           "(SELECT changed_at FROM journal ORDER BY seq DESC LIMIT 1)"));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    if (!runPrepared(q, error)) {
        rollback();
        return false;
    }
    const bool changed = q.numRowsAffected() > 0;
    if (!exec(QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    m_inStep = false;
    if (changed)
        m_lastChange = now;
    return true;
}

void Store::rollback()
{
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    m_inStep = false;
}

} // namespace Fortegnelse
