#include "store.h"

#include "jsoncodec.h"
#include "parallel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>
#include <vector>

namespace Fortegnelse {

namespace {

const QStringList &listTables()
{
    static const QStringList tables{QStringLiteral("subject_categories"), QStringLiteral("data_categories"),
                                    QStringLiteral("measures"),           QStringLiteral("parties"),
                                    QStringLiteral("activities"),         QStringLiteral("transfers"),
                                    QStringLiteral("cookies")};
    return tables;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Replaces \a to by \a from in one step, so a reader never sees a half-written file.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "Could not write %1: %2").arg(to, QString::fromLocal8Bit(ec.message()));
        QFile::remove(from);
        return false;
    }
    return true;
}

QString temporarySibling(const QString &path)
{
    return path + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

/// One row of a list table, read before it is decoded.
struct StoredRow
{
    QString id;
    qint64 position = 0;
    QByteArray body;
};

/// Decodes rows [begin, end) into \a out; returns the first error, or an empty string.
template <class T>
QString decodeRows(const QString &table, const QList<StoredRow> &rows, qsizetype begin,
                   qsizetype end, T *out)
{
    Json::ReadContext ctx;
    for (qsizetype i = begin; i < end; ++i) {
        const StoredRow &row = rows.at(i);
        const QString where = QStringLiteral("%1 \"%2\"").arg(table, row.id);
        const QJsonDocument doc = QJsonDocument::fromJson(row.body);
        T &item = out[i];
        Json::Reader::readObject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), item,
                                 where, ctx);
        if (!ctx.errors.isEmpty())
            return ctx.errors.first().toString();
        if (item.id != row.id)
            return QCoreApplication::translate("Fortegnelse::Store", "%1: the stored item has the id \"%2\"").arg(where, item.id);
    }
    return {};
}

template <class T>
bool loadList(QSqlDatabase &db, EntityList<T> &list, QString *error)
{
    const QString table = tableName(T::kind);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The body as a BLOB is its UTF-8 bytes as stored, which is what the JSON parser
    // reads; as TEXT, the driver would convert it to UTF-16 and back for every row.
    if (!q.exec(QStringLiteral("SELECT id, position, CAST(body AS BLOB) FROM %1").arg(table))) {
        *error = q.lastError().text();
        return false;
    }
    QList<StoredRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray()});
    // Sorting here rather than in SQL spares SQLite copying every body through its sorter.
    std::stable_sort(rows.begin(), rows.end(), [](const StoredRow &a, const StoredRow &b) {
        return a.position < b.position;
    });

    // Decoding the JSON is most of the time it takes to open a register, and each row is
    // independent: a long list is decoded in contiguous slices, one per core. Each slice
    // writes only its own items and keeps its own errors.
    const qsizetype n = rows.size();
    std::vector<T> items(static_cast<size_t>(n)); // not a QList, whose operator[] may detach
    T *out = items.data();
    const qsizetype slices = n < 512 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    const qsizetype slice = (n + slices - 1) / slices;
    std::vector<QString> errors(static_cast<size_t>(slices));
    runInParallel(int(slices), [&](int s) {
        errors[size_t(s)] = decodeRows(table, rows, std::min(n, s * slice),
                                       std::min(n, (s + 1) * slice), out);
    });
    for (const QString &e : errors) {
        if (!e.isEmpty()) {
            *error = e; // the first error in file order, as when decoding one by one
            return false;
        }
    }
    list.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        list.insert(std::move(out[i]), rows.at(i).position);
    return true;
}

template <class T>
bool loadSingleton(QSqlDatabase &db, const QString &name, T &out, Json::ReadContext &ctx,
                   QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT body FROM singletons WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // an empty register has no organisation yet
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    Json::Reader::readObject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), out, name, ctx);
    if (!ctx.errors.isEmpty()) {
        *error = ctx.errors.first().toString();
        return false;
    }
    return true;
}

bool loadRegister(QSqlDatabase &db, Register *reg, QString *error)
{
    Json::ReadContext ctx;
    Register loaded;
    if (!loadSingleton(db, QStringLiteral("organisation"), loaded.organisation, ctx, error)
        || !loadSingleton(db, QStringLiteral("policy"), loaded.policy, ctx, error))
        return false;
    bool ok = true;
    loaded.forEachList([&](auto &list) { ok = ok && loadList(db, list, error); });
    if (!ok)
        return false;
    QList<Json::Error> errors;
    Json::checkIntegrity(loaded, &errors);
    if (!errors.isEmpty()) {
        *error = Json::summarize(errors);
        return false;
    }
    *reg = std::move(loaded);
    return true;
}

} // namespace

QString tableName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::SubjectCategory: return QStringLiteral("subject_categories");
    case EntityKind::DataCategory: return QStringLiteral("data_categories");
    case EntityKind::Activity: return QStringLiteral("activities");
    case EntityKind::Party: return QStringLiteral("parties");
    case EntityKind::Transfer: return QStringLiteral("transfers");
    case EntityKind::Measure: return QStringLiteral("measures");
    case EntityKind::Cookie: return QStringLiteral("cookies");
    case EntityKind::Organisation:
    case EntityKind::Policy: return QStringLiteral("singletons");
    }
    return {};
}

QByteArray StoreDetail::body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList Store::schemaStatements(int version)
{
    // Plain SQL that SQLite and PostgreSQL both accept. Each item is one aggregate (an
    // activity with its purposes, matrix and retention rules) stored as a JSON body, so one
    // edit is one row written in one transaction.
    const QString changed = version >= 2 ? QStringLiteral(", changed_at TEXT") : QString();
    QStringList sql{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE migrations (version INTEGER PRIMARY KEY, "
                       "applied_at TEXT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE singletons (name TEXT PRIMARY KEY, body TEXT NOT NULL%1)")
            .arg(changed)};
    for (const QString &table : listTables())
        sql.append(QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                  "body TEXT NOT NULL%2)")
                       .arg(table, changed));
    return sql;
}

Store::Store(QString path)
    : m_path(std::move(path))
{
    static std::atomic<int> counter = 0;
    m_connection = QStringLiteral("fortegnelse-store-%1").arg(++counter);
}

Store::~Store()
{
    closeConnection();
}

bool Store::openConnection(bool readOnly, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
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
        *error = q.lastError().text();
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

bool Store::validateAndLoad(Register *reg, bool requireWritable, QString *error)
{
    const QString &path = m_path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file does not exist.");
        return false;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "This is not a file.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty()) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file is empty, so it is not a register.");
        return false;
    }
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "This is not a Fortegnelse register: it is not an SQLite database.");
        return false;
    }
    if (requireWritable && !info.isWritable()) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file is read-only; Fortegnelse saves every change at once, so it needs "
                    "to write to it. Open a copy instead.");
        return false;
    }

    // Validate everything read-only first, so a refused file is never modified.
    Store *store = this;
    if (!store->openConnection(true, error)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file cannot be opened as a database: %1").arg(*error);
        return false;
    }
    QSqlQuery check(store->m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != u"ok") {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file is damaged (the database integrity check failed).");
        return false;
    }
    QSqlQuery meta(store->m_db);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "This is an SQLite database, but not a Fortegnelse register.");
        return false;
    }
    QHash<QString, QString> values;
    while (meta.next())
        values.insert(meta.value(0).toString(), meta.value(1).toString());
    if (values.value(QStringLiteral("application")) != QLatin1String(applicationId)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "This is an SQLite database, but not a Fortegnelse register.");
        return false;
    }
    bool ok = false;
    const int version = values.value(QStringLiteral("schema_version")).toInt(&ok);
    if (!ok || version < 1) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file is damaged: it has no valid schema version.");
        return false;
    }
    if (version > schemaVersion) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "This register was saved by a newer version of Fortegnelse (file format %1; "
                    "this version reads up to %2). Update Fortegnelse to open it.")
                     .arg(version)
                     .arg(schemaVersion);
        return false;
    }
    // Schema 1 had no last_change; its files count as changed when they were created.
    m_lastChange = QDateTime::fromString(values.value(QStringLiteral("last_change"),
                                                      values.value(QStringLiteral("created"))),
                                         Qt::ISODateWithMs);
    QString loadError;
    if (!loadRegister(store->m_db, reg, &loadError)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The file is damaged: %1").arg(loadError);
        return false;
    }
    store->closeConnection();
    store->m_openedVersion = version;
    return true;
}

bool Store::read(const QString &path, Register *reg, QString *error, QDateTime *lastChange)
{
    Store store(path);
    if (!store.validateAndLoad(reg, false, error))
        return false;
    if (lastChange)
        *lastChange = store.m_lastChange;
    return true;
}

std::unique_ptr<Store> Store::open(const QString &path, Register *reg, QString *error)
{
    std::unique_ptr<Store> store(new Store(path));
    if (!store->validateAndLoad(reg, true, error))
        return nullptr;
    const int version = store->m_openedVersion;


    if (version < schemaVersion) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            *error = QCoreApplication::translate("Fortegnelse::Store", "The register needs updating to the current file format, but a backup "
                        "could not be written to %1. The file was left as it was.")
                         .arg(backup);
            return nullptr;
        }
    }
    if (!store->openConnection(false, error))
        return nullptr;
    if (version < schemaVersion && !store->migrate(version, error)) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "Updating the file format failed: %1. A backup of the file as it was is "
                    "beside it.")
                     .arg(*error);
        return nullptr;
    }
    QSqlQuery last(store->m_db);
    if (last.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_change'")) && last.next())
        store->m_lastChange = QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs);
    return store;
}

bool Store::migrate(int fromVersion, QString *error)
{
    for (int version = fromVersion; version < schemaVersion; ++version) {
        QStringList steps;
        QString description;
        if (version == 1) {
            // Version 2 records when each item last changed, so the register can tell
            // whether the published privacy policy is older than its contents.
            description = QStringLiteral("Record when each item last changed");
            steps.append(QStringLiteral("ALTER TABLE singletons ADD COLUMN changed_at TEXT"));
            for (const QString &table : listTables())
                steps.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table));
            steps.append(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_change', '%1')")
                             .arg(nowUtc()));
        }
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        for (const QString &sql : std::as_const(steps)) {
            if (!exec(sql, error)) {
                m_db.rollback();
                return false;
            }
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
        if (!q.exec() || !v.exec()) {
            *error = (q.lastError().isValid() ? q.lastError() : v.lastError()).text();
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    return true;
}

std::unique_ptr<Store> Store::create(const QString &path, const Register &reg, QString *error)
{
    const QString temp = temporarySibling(path);
    {
        Store writer(temp);
        if (!writer.openConnection(false, error)) {
            QFile::remove(temp);
            return nullptr;
        }
        bool ok = writer.m_db.transaction();
        for (const QString &sql : schemaStatements(schemaVersion))
            ok = ok && writer.exec(sql, error);
        const QString now = nowUtc();
        const auto meta = [&](const char *key, const QString &value) {
            QSqlQuery q(writer.m_db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(QLatin1String(key));
            q.addBindValue(value);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        };
        ok = ok && meta("application", QLatin1String(applicationId))
            && meta("schema_version", QString::number(schemaVersion)) && meta("created", now)
            && meta("last_change", now);
        ok = ok && writer.writeSingleton(QStringLiteral("organisation"),
                                         StoreDetail::body(Json::Writer::write(reg.organisation)),
                                         error)
            && writer.writeSingleton(QStringLiteral("policy"),
                                     StoreDetail::body(Json::Writer::write(reg.policy)), error);
        const_cast<Register &>(reg).forEachList([&](const auto &list) {
            for (int i = 0; ok && i < list.size(); ++i)
                ok = writer.write(list.at(i), list.positionAt(i), error);
        });
        ok = ok && writer.m_db.commit();
        if (!ok) {
            if (error->isEmpty())
                *error = writer.m_db.lastError().text();
            writer.m_db.rollback();
            writer.closeConnection();
            QFile::remove(temp);
            return nullptr;
        }
        writer.closeConnection();
    }
    if (!replaceFile(temp, path, error))
        return nullptr;
    std::unique_ptr<Store> store(new Store(path));
    store->m_openedVersion = schemaVersion;
    if (!store->openConnection(false, error))
        return nullptr;
    store->m_lastChange = QDateTime::currentDateTimeUtc();
    return store;
}

bool Store::touch(QString *error)
{
    m_lastChange = QDateTime::currentDateTimeUtc();
    QSqlQuery &q = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_change'"));
    q.addBindValue(m_lastChange.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::commitWrite(QSqlQuery &q, QString *error)
{
    // Its own transaction, unless the caller (create) already has one.
    const bool own = m_db.transaction();
    bool ok = q.exec();
    if (!ok)
        *error = q.lastError().text();
    ok = ok && touch(error);
    if (own) {
        if (ok && !m_db.commit()) {
            *error = m_db.lastError().text();
            ok = false;
        }
        if (!ok)
            m_db.rollback();
    }
    return ok;
}

bool Store::writeBody(const QString &table, const QString &id, qint64 position,
                      const QByteArray &body, QString *error)
{
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO %1 (id, position, body, changed_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                       "body = excluded.body, changed_at = excluded.changed_at")
            .arg(table));
    q.addBindValue(id);
    q.addBindValue(position);
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(nowUtc());
    return commitWrite(q, error);
}

bool Store::removeRow(const QString &table, const QString &id, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return commitWrite(q, error);
}

bool Store::writeSingleton(const QString &name, const QByteArray &body, QString *error)
{
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO singletons (name, body, changed_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET body = excluded.body, "
                       "changed_at = excluded.changed_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(body));
    q.addBindValue(nowUtc());
    return commitWrite(q, error);
}

bool Store::writeOrganisation(const Organisation &organisation, QString *error)
{
    return writeSingleton(QStringLiteral("organisation"),
                          StoreDetail::body(Json::Writer::write(organisation)), error);
}

bool Store::writePolicy(const PolicySettings &policy, QString *error)
{
    return writeSingleton(QStringLiteral("policy"), StoreDetail::body(Json::Writer::write(policy)),
                          error);
}

bool Store::saveCopy(const QString &path, QString *error)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "A copy cannot replace the register it is a copy of.");
        return false;
    }
    const QString temp = temporarySibling(path);
    QString quoted = temp;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    // VACUUM INTO writes a consistent snapshot in one statement (SQLite 3.27 and later).
    if (!exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted), error)) {
        QFile::remove(temp);
        *error = QCoreApplication::translate("Fortegnelse::Store", "Could not write %1: %2").arg(path, *error);
        return false;
    }
    return replaceFile(temp, path, error);
}

} // namespace Fortegnelse
