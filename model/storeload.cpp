#include "storeload.h"

#include "concurrency.h"
#include "jsoncodec.h"
#include "jsonfields.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <vector>

namespace Fortegnelse::StoreLoad {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Store", text);
}

/// SQL as SQLite keeps it, compared without regard to spacing and case.
QString normalized(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression aroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
    // A table renamed by a repair is stored as CREATE TABLE "name" (...).
    sql = sql.simplified().toLower().remove(QLatin1Char('"'));
    sql.replace(aroundPunctuation, QStringLiteral("\\1"));
    return sql.replace(space, QStringLiteral(" "));
}

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

struct MasterRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

bool readMaster(QSqlDatabase &db, QList<MasterRow> *rows, QString *nativeCode, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
        *nativeCode = q.lastError().nativeErrorCode();
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rows->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

QString describeObject(const MasterRow &row)
{
    return QStringLiteral("%1 \"%2\"").arg(row.type, row.name);
}

} // namespace

const QStringList &listTables()
{
    static const QStringList tables{QStringLiteral("subject_categories"), QStringLiteral("data_categories"),
                                    QStringLiteral("measures"), QStringLiteral("parties"),
                                    QStringLiteral("activities"), QStringLiteral("transfers"),
                                    QStringLiteral("cookies")};
    return tables;
}

bool isBusy(const QString &nativeCode)
{
    const int code = nativeCode.toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool inspect(QSqlDatabase &db, int newestVersion, Schema *schema, QString *error)
{
    QList<MasterRow> master;
    QString code;
    if (!readMaster(db, &master, &code, error)) {
        const int primary = code.toInt() & 0xff;
        if (isBusy(code))
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The register is busy: another program is writing it. Try again in a moment."));
        else if (primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */)
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).")).arg(*error);
        else
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file cannot be read as a database: %1")).arg(*error);
        return false;
    }
    // Every table is checked but the journal and the snapshots, which are read only when
    // asked for: checking them would read the whole history on every open (1.2 s instead of
    // 0.3 s with 100,000 entries). Damage there is reported when it is read. (A table argument needs
    // SQLite 3.33; Debian 12 has 3.40.)
    for (const MasterRow &row : std::as_const(master)) {
        if (row.type != u"table" || row.name == u"journal" || row.name == u"snapshots")
            continue;
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(quoted(row.name)))) {
            *error = isBusy(check.lastError().nativeErrorCode())
                ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The register is busy: another program is writing it. Try again in a moment."))
                : trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is damaged (the database integrity check failed): %1")).arg(check.lastError().text());
            return false;
        }
        if (!check.next() || check.value(0).toString() != u"ok") {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is damaged (the database integrity check failed)."));
            return false;
        }
    }

    QHash<QString, MasterRow> tables;
    for (const MasterRow &row : std::as_const(master)) {
        if (row.type == u"table")
            tables.insert(row.name, row);
    }
    // The meta table says what the file is; it must be a plain table before it is read.
    const QString metaSql = Store::schemaStatements(1).first();
    if (!tables.contains(QStringLiteral("meta"))) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This is an SQLite database, but not a Fortegnelse register."));
        return false;
    }
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This is an SQLite database, but not a Fortegnelse register."));
        return false;
    }
    QHash<QString, QString> values;
    while (meta.next())
        values.insert(meta.value(0).toString(), meta.value(1).toString());
    if (values.value(QStringLiteral("application")) != QLatin1String(Store::applicationId)) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This is an SQLite database, but not a Fortegnelse register."));
        return false;
    }
    bool ok = false;
    const int version = values.value(QStringLiteral("schema_version")).toInt(&ok);
    if (!ok || version < 1) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "The file is damaged: it has no valid schema version."));
        return false;
    }
    if (version > newestVersion) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "This register was saved by a newer version of Fortegnelse (file format %1; "
                                                                "this version reads up to %2). Update Fortegnelse to open it."))
                     .arg(version)
                     .arg(newestVersion);
        return false;
    }
    schema->version = version;
    // Schema 1 had no last_change; its files count as changed when they were created.
    schema->lastChange = QDateTime::fromString(values.value(QStringLiteral("last_change"),
                                                            values.value(QStringLiteral("created"))),
                                               Qt::ISODateWithMs);

    // Compare every object with the schema of that version: what is ours is read, what is
    // not is reported (and never run: triggers and views are off on this connection).
    QHash<QString, QString> expected;
    for (const Store::Table &table : Store::schemaTables(version))
        expected.insert(table.name, table.sql);
    // Our indexes are known by name and SQL; one is ours only on a table of this version.
    QHash<QString, Store::Index> indexes;
    for (const Store::Index &index : Store::schemaIndexes(Store::schemaVersion))
        indexes.insert(index.name, index);
    Q_ASSERT(expected.value(QStringLiteral("meta")) == metaSql);
    for (const MasterRow &row : std::as_const(master)) {
        const bool internal = row.name.startsWith(u"sqlite_");
        if (row.type == u"table" && expected.contains(row.name)) {
            if (normalized(row.sql) != normalized(expected.value(row.name)))
                schema->damage.append({Damage::MalformedTable, QStringLiteral("table \"%1\"").arg(row.name),
                                       trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "the table is not defined the way Fortegnelse defines it"))});
            schema->readable.append(row.name);
        } else if (row.type == u"index" && internal && row.sql.isEmpty() && expected.contains(row.table)) {
            // The index SQLite makes for a primary key.
        } else if (row.type == u"index" && indexes.contains(row.name) && expected.contains(row.table)
                   && indexes.value(row.name).table == row.table
                   && normalized(row.sql) == normalized(indexes.value(row.name).sql)) {
            // One of the journal's indexes (schema 6).
        } else if (row.type == u"table" && internal) {
            // SQLite's own statistics and sequences.
        } else {
            schema->damage.append({Damage::ForeignObject, describeObject(row),
                                   trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "Fortegnelse never creates this; it was not run"))});
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!tables.contains(it.key()))
            schema->damage.append({Damage::MissingTable, QStringLiteral("table \"%1\"").arg(it.key()),
                                   trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "the table is missing"))});
    }
    std::sort(schema->damage.begin(), schema->damage.end(), [](const Damage &a, const Damage &b) {
        return std::tie(a.kind, a.where) < std::tie(b.kind, b.where);
    });
    return true;
}

namespace {

/// The damage of each unknown code a row was read without.
QList<Damage> unknownCodeDamage(const QList<Json::ReadContext::UnknownCode> &codes)
{
    QList<Damage> out;
    for (const Json::ReadContext::UnknownCode &c : codes)
        out.append({Damage::UnknownCode, c.path, ReferenceData::unknownCodeMessage(c.list, c.value)});
    return out;
}

/// Decodes rows [begin, end) into \a out, and each row's error into \a errors. A code
/// its list does not have does not make the row undecodable: the field is read as empty
/// and the code goes to \a unknown (one bad value must not cost the whole item).
template <class T>
void decodeRows(const QString &table, const QList<StoredRow> &rows, qsizetype begin, qsizetype end,
                T *out, QString *errors, QList<Json::ReadContext::UnknownCode> *unknown)
{
    for (qsizetype i = begin; i < end; ++i) {
        Json::ReadContext ctx;
        ctx.lenientCodes = true;
        const StoredRow &row = rows.at(i);
        const QString where = QStringLiteral("%1 \"%2\"").arg(table, row.id);
        // A stored body is read as strictly as an imported file: a key given twice or a raw
        // control character makes the item undecodable, not silently last-wins.
        QList<Json::Error> strict;
        if (!Json::checkStrict(row.body, &strict)) {
            errors[i] = where + QStringLiteral(": ") + strict.first().toString();
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(row.body);
        T &item = out[i];
        Json::Reader::readObject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), item,
                                 where, ctx);
        if (!ctx.errors.isEmpty())
            errors[i] = ctx.errors.first().toString();
        else if (item.id != row.id)
            errors[i] = trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "%1: the stored item has the id \"%2\"")).arg(where, item.id);
        else
            unknown[i] = std::move(ctx.unknownCodes);
    }
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info(%1) WHERE name = '%2'")
                    .arg(QLatin1Char('\'') + table + QLatin1Char('\''), column)))
        return false;
    return q.next();
}

/// Decodes one list's rows (in any order) into \a list, the damage into \a report.
template <class T>
void decodeList(QList<StoredRow> rows, EntityList<T> &list, LoadReport *report)
{
    const QString table = tableName(T::kind);
    // A table without its primary key may hold an id twice: the first row stored counts,
    // as it does when a repair rebuilds the table.
    {
        QSet<QString> seen;
        QList<StoredRow> unique;
        unique.reserve(rows.size());
        for (StoredRow &row : rows) {
            if (seen.contains(row.id)) {
                report->damage.append({Damage::DuplicateItem, QStringLiteral("%1 \"%2\"").arg(table, row.id),
                                       trText(QT_TRANSLATE_NOOP("Fortegnelse::Store", "a second item with this id"))});
                continue;
            }
            seen.insert(row.id);
            unique.append(std::move(row));
        }
        rows = std::move(unique);
    }
    // Sorting here rather than in SQL spares SQLite copying every body through its sorter.
    std::stable_sort(rows.begin(), rows.end(), [](const StoredRow &a, const StoredRow &b) {
        return a.position < b.position;
    });

    // Decoding the JSON is most of the time it takes to open a register, and each row is
    // independent: a long list is decoded in contiguous slices, one per core.
    const qsizetype n = rows.size();
    std::vector<T> items(static_cast<size_t>(n)); // not a QList, whose operator[] may detach
    std::vector<QString> errors(static_cast<size_t>(n));
    std::vector<QList<Json::ReadContext::UnknownCode>> unknown(static_cast<size_t>(n));
    const qsizetype slices = n < 512 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    const qsizetype slice = (n + slices - 1) / slices;
    runInParallel(int(slices), [&](int s) {
        decodeRows(table, rows, std::min(n, s * slice), std::min(n, (s + 1) * slice), items.data(),
                   errors.data(), unknown.data());
    });
    list.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const StoredRow &row = rows.at(i);
        if (!errors[size_t(i)].isEmpty()) {
            report->damage.append({Damage::UndecodableItem, QStringLiteral("%1 \"%2\"").arg(table, row.id),
                                   errors[size_t(i)]});
            report->undecodable.append({T::kind, row.id, row.position, row.body});
        } else {
            if (!unknown[size_t(i)].isEmpty()) {
                report->damage.append(unknownCodeDamage(unknown[size_t(i)]));
                report->recoded.append({T::kind, row.id, row.position, row.body});
            }
            list.insert(std::move(items[size_t(i)]), row.position);
        }
    }
}

template <class T>
bool loadList(QSqlDatabase &db, EntityList<T> &list, LoadReport *report, QString *error)
{
    const QString table = tableName(T::kind);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A malformed table may lack the position; its rows then keep the order they were
    // stored in.
    const QString position = hasColumn(db, table, QStringLiteral("position")) ? QStringLiteral("position")
                                                                              : QStringLiteral("rowid");
    // The body as a BLOB is its UTF-8 bytes as stored, which is what the JSON parser
    // reads; as TEXT, the driver would convert it to UTF-16 and back for every row.
    if (!q.exec(QStringLiteral("SELECT id, %1, CAST(body AS BLOB) FROM %2 ORDER BY rowid")
                    .arg(position, quoted(table)))) {
        *error = q.lastError().text();
        return false;
    }
    QList<StoredRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray()});
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    decodeList(std::move(rows), list, report);
    return true;
}

template <class T>
void decodeSingleton(const QString &name, const QByteArray &body, T &out, LoadReport *report)
{
    Json::ReadContext ctx;
    ctx.lenientCodes = true;
    Json::checkStrict(body, &ctx.errors);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    T item;
    Json::Reader::readObject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), item, name, ctx);
    if (!ctx.errors.isEmpty()) {
        report->damage.append({Damage::UndecodableItem, name, ctx.errors.first().toString()});
        report->undecodable.append({name == u"organisation" ? EntityKind::Organisation : EntityKind::Policy,
                                    {},
                                    0,
                                    body});
        return;
    }
    if (!ctx.unknownCodes.isEmpty()) {
        report->damage.append(unknownCodeDamage(ctx.unknownCodes));
        report->recoded.append({name == u"organisation" ? EntityKind::Organisation : EntityKind::Policy,
                                {},
                                0,
                                body});
    }
    out = std::move(item);
}

template <class T>
bool loadSingleton(QSqlDatabase &db, const QString &name, T &out, LoadReport *report, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT CAST(body AS BLOB) FROM singletons WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // an empty register has no organisation yet
    decodeSingleton(name, q.value(0).toByteArray(), out, report);
    return true;
}

/// The references between the items, checked once everything is loaded.
void checkReferences(const Register &loaded, LoadReport *report)
{
    QList<Json::Error> errors;
    Json::checkIntegrity(loaded, &errors);
    for (const Json::Error &e : std::as_const(errors))
        report->damage.append({Damage::DanglingReference, e.path, e.message});
}

} // namespace

bool loadItems(QSqlDatabase &db, const Schema &schema, Register *reg, LoadReport *report,
               QString *error)
{
    Register loaded;
    if (schema.readable.contains(u"singletons")
        && (!loadSingleton(db, QStringLiteral("organisation"), loaded.organisation, report, error)
            || !loadSingleton(db, QStringLiteral("policy"), loaded.policy, report, error)))
        return false;
    bool ok = true;
    loaded.forEachList([&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (ok && schema.readable.contains(tableName(T::kind)))
            ok = loadList(db, list, report, error);
    });
    if (!ok)
        return false;
    checkReferences(loaded, report);
    *reg = std::move(loaded);
    return true;
}

void decodeItems(StoredRows rows, Register *reg, LoadReport *report)
{
    Register loaded;
    if (rows.organisation)
        decodeSingleton(QStringLiteral("organisation"), *rows.organisation, loaded.organisation, report);
    if (rows.policy)
        decodeSingleton(QStringLiteral("policy"), *rows.policy, loaded.policy, report);
    loaded.forEachList([&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        decodeList(rows.lists.take(tableName(T::kind)), list, report);
    });
    checkReferences(loaded, report);
    *reg = std::move(loaded);
}

} // namespace Fortegnelse::StoreLoad
