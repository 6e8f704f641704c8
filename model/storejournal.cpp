// The journal of a .ropa file: appended to inside each step's transaction, read in pages.
// The SQL is plain enough for PostgreSQL too; the journal is never updated or deleted from.

#include "store.h"
#include "storejournal.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Fortegnelse {

namespace {

constexpr auto insertEntry =
    "INSERT INTO journal (seq, step_no, changed_at, actor, kind, step_text, item_kind, item_id, "
    "fields, before_body, after_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

QVariant bodyValue(const QByteArray &body)
{
    // An absent side is NULL, never an empty text.
    return body.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(body));
}

/// A text for a NOT NULL column: Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString Store::journalStatement()
{
    // seq is given by the writer (the highest so far plus one) rather than by an
    // auto-increment, which SQLite and PostgreSQL spell differently; the step's write lock
    // keeps it unique. A step's entries share step_no, the seq of its first entry; the
    // keystrokes of typing the undo stack merges share the number of the first keystroke.
    return QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY, step_no INTEGER NOT NULL, "
                          "changed_at TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, "
                          "step_text TEXT NOT NULL, item_kind TEXT NOT NULL, item_id TEXT NOT NULL, "
                          "fields TEXT NOT NULL, before_body TEXT, after_body TEXT)");
}

bool JournalSql::append(const Prepare &prepare, const Run &run, const QList<JournalEntry> &entries,
                        const QString &actor, QString *error)
{
    if (entries.isEmpty())
        return true;
    // The last row by the primary key is one look at the end of its b-tree, however long
    // the journal.
    QSqlQuery &last = prepare(QStringLiteral("SELECT seq, step_no, item_kind, item_id, actor, kind FROM journal "
                                             "ORDER BY seq DESC LIMIT 1"));
    if (!run(last, error))
        return false;
    qint64 first = 1;
    qint64 step = 1;
    if (last.next()) {
        first = last.value(0).toLongLong() + 1;
        step = first;
        // Typing merged into the step before goes on with its number, when that step is
        // still the journal's last, an edit of the same item by the same user (not an undo,
        // not a colleague's edit).
        const JournalEntry &e = entries.first();
        if (entries.size() == 1 && e.continuesStep && e.kind == JournalEntry::Edit
            && last.value(2).toString() == itemKindName(e.itemKind) && last.value(3).toString() == e.itemId
            && last.value(4).toString() == actor && last.value(5).toString() == journalKindName(JournalEntry::Edit))
            step = last.value(1).toLongLong();
    }
    last.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery &q = prepare(QLatin1String(insertEntry));
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const JournalEntry &e = entries.at(n);
        q.addBindValue(first + n);
        q.addBindValue(step);
        q.addBindValue(now);
        q.addBindValue(actor);
        q.addBindValue(journalKindName(e.kind));
        q.addBindValue(notNull(e.text));
        q.addBindValue(itemKindName(e.itemKind));
        q.addBindValue(notNull(e.itemId));
        q.addBindValue(notNull(e.fields.join(QLatin1Char(','))));
        q.addBindValue(bodyValue(e.before));
        q.addBindValue(bodyValue(e.after));
        if (!run(q, error))
            return false;
    }
    return true;
}

bool Store::appendJournal(const QList<JournalEntry> &entries, QString *error)
{
    if (!m_inStep) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "the journal is written only within a step");
        return false;
    }
    return JournalSql::append([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                              [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, entries, m_actor,
                              error);
}

QDateTime Store::journalStart()
{
    if (m_schemaVersionRead < 4)
        return {};
    QSqlQuery q(m_db);
    // A file migrated to schema 4 began its journal then; one created since, when created.
    if (q.exec(QStringLiteral("SELECT applied_at FROM migrations WHERE version = 4")) && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created'")) && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

bool Store::readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error)
{
    page->clear();
    if (m_schemaVersionRead < 4)
        return true; // an older file opened only to read: it has no journal yet
    return JournalSql::read([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                            [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, query, page, error);
}

bool JournalSql::read(const Prepare &prepare, const Run &run, const JournalQuery &query, QList<JournalEntry> *page,
                      QString *error)
{
    page->clear();
    QStringList where;
    QVariantList values;
    if (query.beforeSeq > 0) {
        where.append(QStringLiteral("seq < ?"));
        values.append(query.beforeSeq);
    }
    if (query.itemKind) {
        where.append(QStringLiteral("item_kind = ? AND item_id = ?"));
        values.append(itemKindName(*query.itemKind));
        values.append(notNull(query.itemId));
    }
    if (query.since.isValid()) {
        // The times are all written the same way (UTC, milliseconds), so text order is time order.
        where.append(QStringLiteral("changed_at >= ?"));
        values.append(query.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.until.isValid()) {
        where.append(QStringLiteral("changed_at < ?"));
        values.append(query.until.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!query.actor.isEmpty()) {
        where.append(QStringLiteral("actor = ?"));
        values.append(query.actor);
    }
    if (query.kind) {
        where.append(QStringLiteral("kind = ?"));
        values.append(journalKindName(*query.kind));
    }
    QString sql = QStringLiteral("SELECT seq, step_no, changed_at, actor, kind, step_text, item_kind, item_id, "
                                 "fields, before_body, after_body FROM journal");
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
        // A file is untrusted: a row naming no kind Fortegnelse knows is not an entry.
        const auto kind = journalKindFromName(q.value(4).toString());
        const auto itemKind = itemKindFromName(q.value(6).toString());
        if (!kind || !itemKind)
            continue;
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.step = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.actor = q.value(3).toString();
        e.kind = *kind;
        e.text = q.value(5).toString();
        e.itemKind = *itemKind;
        e.itemId = q.value(7).toString();
        const QString fields = q.value(8).toString();
        e.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
        e.before = q.value(9).toString().toUtf8();
        e.after = q.value(10).toString().toUtf8();
        page->append(std::move(e));
    }
    q.finish();
    return true;
}

bool JournalSql::actors(const Prepare &prepare, const Run &run, QStringList *actors, QString *error)
{
    actors->clear();
    QSqlQuery &q = prepare(QStringLiteral("SELECT DISTINCT actor FROM journal ORDER BY actor"));
    q.setForwardOnly(true);
    if (!run(q, error))
        return false;
    while (q.next())
        actors->append(q.value(0).toString());
    q.finish();
    return true;
}

bool Store::readJournalActors(QStringList *actors, QString *error)
{
    actors->clear();
    if (m_schemaVersionRead < 4)
        return true;
    return JournalSql::actors([this](const QString &sql) -> QSqlQuery & { return prepared(sql); },
                              [this](QSqlQuery &q, QString *e) { return runPrepared(q, e); }, actors, error);
}

} // namespace Fortegnelse
