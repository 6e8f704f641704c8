// The snapshots of a .ropa file (schema 5): kept with the step that publishes, or alone
// when the record is submitted, in one transaction; read only when asked for. The SQL is
// plain enough for PostgreSQL too (pgsnapshots.cpp); a snapshot is never updated or deleted.

#include "historyjson.h"
#include "store.h"
#include "storesnapshots.h"

#include <QCoreApplication>

namespace Fortegnelse {

namespace {

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString Store::snapshotStatement()
{
    // Like the journal, seq is given by the writer under the step's write lock.
    return QStringLiteral("CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, taken_at TEXT NOT NULL, "
                          "actor TEXT NOT NULL, kind TEXT NOT NULL, details TEXT NOT NULL, "
                          "register TEXT NOT NULL, documents TEXT NOT NULL)");
}

bool SnapshotSql::append(const Prepare &prepare, const Run &run, const Snapshot &snapshot, const QString &actor,
                         QString *error)
{
    QSqlQuery &last = prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM snapshots"));
    if (!run(last, error))
        return false;
    const qint64 seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    last.finish();
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO snapshots (seq, taken_at, actor, kind, details, register, "
                                          "documents) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(notNull(actor));
    q.addBindValue(snapshotKindName(snapshot.kind));
    q.addBindValue(QString::fromUtf8(snapshotDetails(snapshot)));
    q.addBindValue(notNull(QString::fromUtf8(snapshot.registerJson)));
    q.addBindValue(QString::fromUtf8(snapshotDocuments(snapshot.documents)));
    return run(q, error);
}

bool SnapshotSql::read(const Prepare &prepare, const Run &run, const SnapshotQuery &query, QList<Snapshot> *list,
                       QString *error)
{
    list->clear();
    QStringList where;
    QVariantList values;
    if (query.kind) {
        where.append(QStringLiteral("kind = ?"));
        values.append(snapshotKindName(*query.kind));
    }
    if (query.seq > 0) {
        where.append(QStringLiteral("seq = ?"));
        values.append(query.seq);
    }
    // The list reads only what it shows: a snapshot's register may be megabytes.
    QString sql = query.withContents
        ? QStringLiteral("SELECT seq, taken_at, actor, kind, details, register, documents FROM snapshots")
        : QStringLiteral("SELECT seq, taken_at, actor, kind, details FROM snapshots");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values.append(qMax(query.limit, 1));
    QSqlQuery &q = prepare(sql);
    q.setForwardOnly(true);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!run(q, error))
        return false;
    while (q.next()) {
        const auto kind = snapshotKindFromName(q.value(3).toString());
        if (!kind)
            continue; // a file is untrusted: a kind Fortegnelse never writes is not a snapshot
        Snapshot s;
        s.seq = q.value(0).toLongLong();
        s.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        s.actor = q.value(2).toString();
        s.kind = *kind;
        readSnapshotDetails(q.value(4).toString().toUtf8(), &s);
        if (query.withContents) {
            s.registerJson = q.value(5).toString().toUtf8();
            s.documents = readSnapshotDocuments(q.value(6).toString().toUtf8());
        }
        list->append(std::move(s));
    }
    q.finish();
    return true;
}

bool Store::appendSnapshot(const Snapshot &snapshot, QString *error)
{
    if (!m_inStep) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "a snapshot is kept only within a step");
        return false;
    }
    return SnapshotSql::append([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                               [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, snapshot, m_actor,
                               error);
}

bool Store::readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error)
{
    list->clear();
    if (m_schemaVersionRead < 5)
        return true; // an older file opened only to read keeps no snapshots yet
    return SnapshotSql::read([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                             [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, query, list, error);
}

bool Store::writeHistory(const RegisterHistory &history, QString *error)
{
    // Only a new register is written this way (Store::create), so nothing kept is changed.
    return SnapshotSql::writeAsTheyWere([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                                        [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, history,
                                        error);
}

bool SnapshotSql::writeAsTheyWere(const Prepare &prepare, const Run &run, const RegisterHistory &history,
                                  QString *error)
{
    QSqlQuery &entry = prepare(QStringLiteral("INSERT INTO journal (seq, step_no, changed_at, actor, kind, step_text, "
                                              "item_kind, item_id, fields, before_body, after_body) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto body = [](const QByteArray &b) {
        return b.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(b));
    };
    for (const JournalEntry &e : history.journal) {
        entry.addBindValue(e.seq);
        entry.addBindValue(e.step);
        entry.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
        entry.addBindValue(notNull(e.actor));
        entry.addBindValue(journalKindName(e.kind));
        entry.addBindValue(notNull(e.text));
        entry.addBindValue(itemKindName(e.itemKind));
        entry.addBindValue(notNull(e.itemId));
        entry.addBindValue(notNull(e.fields.join(QLatin1Char(','))));
        entry.addBindValue(body(e.before));
        entry.addBindValue(body(e.after));
        if (!run(entry, error))
            return false;
    }
    QSqlQuery &snapshot = prepare(QStringLiteral("INSERT INTO snapshots (seq, taken_at, actor, kind, details, register, "
                                                 "documents) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Snapshot &s : history.snapshots) {
        snapshot.addBindValue(s.seq);
        snapshot.addBindValue(s.at.toUTC().toString(Qt::ISODateWithMs));
        snapshot.addBindValue(notNull(s.actor));
        snapshot.addBindValue(snapshotKindName(s.kind));
        snapshot.addBindValue(QString::fromUtf8(snapshotDetails(s)));
        snapshot.addBindValue(QString::fromUtf8(s.registerJson));
        snapshot.addBindValue(QString::fromUtf8(snapshotDocuments(s.documents)));
        if (!run(snapshot, error))
            return false;
    }
    return true;
}

} // namespace Fortegnelse
