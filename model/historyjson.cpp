#include "historyjson.h"

#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Fortegnelse::Json {

namespace {

QJsonValue bodyValue(const QByteArray &body)
{
    return body.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(body).object());
}

QByteArray bodyOf(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
}

/// Reads one object's fields, reporting what it does not know.
class Fields
{
public:
    Fields(const QJsonValue &value, QString path, QList<Error> *errors)
        : m_path(std::move(path))
        , m_errors(errors)
    {
        if (!value.isObject())
            fail(m_path, QStringLiteral("expected an object"));
        m_object = value.toObject();
    }
    ~Fields()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_used.contains(it.key()))
                fail(m_path + QLatin1Char('.') + it.key(), QStringLiteral("unknown field"));
        }
    }
    Fields(const Fields &) = delete;
    Fields &operator=(const Fields &) = delete;

    QJsonValue take(const QString &key)
    {
        m_used.insert(key);
        return m_object.value(key);
    }
    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            fail(where(key), QStringLiteral("expected a string"));
        return v.toString();
    }
    qint64 number(const QString &key)
    {
        const QJsonValue v = take(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9e15)
            fail(where(key), QStringLiteral("expected a whole number of at least 1"));
        return qint64(d);
    }
    QDateTime moment(const QString &key)
    {
        const QDateTime at = QDateTime::fromString(string(key, true), Qt::ISODateWithMs);
        if (!at.isValid())
            fail(where(key), QStringLiteral("expected a date-time"));
        return at.toUTC();
    }
    QString where(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    void fail(const QString &path, const QString &message) { m_errors->append({path, message}); }

private:
    QString m_path;
    QList<Error> *m_errors;
    QJsonObject m_object;
    QSet<QString> m_used;
};

QJsonObject writeEntry(const JournalEntry &e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("step"), e.step},
                  {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("kind"), journalKindName(e.kind)},
                  {QStringLiteral("itemKind"), itemKindName(e.itemKind)}};
    if (!e.text.isEmpty())
        o.insert(QStringLiteral("text"), e.text);
    if (!e.itemId.isEmpty())
        o.insert(QStringLiteral("itemId"), e.itemId);
    if (!e.fields.isEmpty())
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(e.fields));
    if (!e.before.isEmpty())
        o.insert(QStringLiteral("before"), bodyValue(e.before));
    if (!e.after.isEmpty())
        o.insert(QStringLiteral("after"), bodyValue(e.after));
    return o;
}

QJsonObject writeSnapshot(const Snapshot &s)
{
    QJsonObject o = QJsonDocument::fromJson(snapshotDetails(s)).object();
    o.insert(QStringLiteral("seq"), s.seq);
    o.insert(QStringLiteral("at"), s.at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("actor"), s.actor);
    o.insert(QStringLiteral("kind"), snapshotKindName(s.kind));
    o.insert(QStringLiteral("register"), QJsonDocument::fromJson(s.registerJson).object());
    if (!s.documents.isEmpty())
        o.insert(QStringLiteral("documents"), QJsonDocument::fromJson(snapshotDocuments(s.documents)).object());
    return o;
}

JournalEntry readEntry(const QJsonValue &value, const QString &path, QList<Error> *errors)
{
    Fields f(value, path, errors);
    JournalEntry e;
    e.seq = f.number(QStringLiteral("seq"));
    e.step = f.number(QStringLiteral("step"));
    e.at = f.moment(QStringLiteral("at"));
    e.actor = f.string(QStringLiteral("actor"), true);
    const QString kind = f.string(QStringLiteral("kind"), true);
    if (const auto k = journalKindFromName(kind))
        e.kind = *k;
    else
        f.fail(f.where(QStringLiteral("kind")), QStringLiteral("expected \"edit\", \"undo\", \"redo\", \"repair\" or \"import\""));
    const QString itemKind = f.string(QStringLiteral("itemKind"), true);
    if (const auto k = itemKindFromName(itemKind))
        e.itemKind = *k;
    else
        f.fail(f.where(QStringLiteral("itemKind")), QStringLiteral("\"%1\" is not a kind of item").arg(itemKind));
    e.text = f.string(QStringLiteral("text"));
    e.itemId = f.string(QStringLiteral("itemId"));
    const QJsonValue fields = f.take(QStringLiteral("fields"));
    if (!fields.isUndefined()) {
        if (!fields.isArray())
            f.fail(f.where(QStringLiteral("fields")), QStringLiteral("expected an array"));
        for (const QJsonValue &v : fields.toArray()) {
            if (!v.isString())
                f.fail(f.where(QStringLiteral("fields")), QStringLiteral("expected an array of strings"));
            e.fields.append(v.toString());
        }
    }
    for (const char *side : {"before", "after"}) {
        const QString key = QLatin1String(side);
        const QJsonValue body = f.take(key);
        if (!body.isUndefined() && !body.isObject())
            f.fail(f.where(key), QStringLiteral("expected an item (an object)"));
        (key == u"before" ? e.before : e.after) = bodyOf(body);
    }
    return e;
}

Snapshot readSnapshot(const QJsonValue &value, const QString &path, QList<Error> *errors)
{
    Fields f(value, path, errors);
    Snapshot s;
    s.seq = f.number(QStringLiteral("seq"));
    s.at = f.moment(QStringLiteral("at"));
    s.actor = f.string(QStringLiteral("actor"), true);
    const QString kind = f.string(QStringLiteral("kind"), true);
    if (const auto k = snapshotKindFromName(kind))
        s.kind = *k;
    else
        f.fail(f.where(QStringLiteral("kind")), QStringLiteral("expected \"published\" or \"submitted\""));
    s.version = f.string(QStringLiteral("version"));
    s.authority = f.string(QStringLiteral("authority"));
    s.caseNumber = f.string(QStringLiteral("caseNumber"));
    s.sha256 = f.string(QStringLiteral("sha256"));
    const QString on = f.string(QStringLiteral("submittedOn"));
    if (!on.isEmpty()) {
        s.submittedOn = QDate::fromString(on, Qt::ISODate);
        if (!s.submittedOn.isValid() || on.size() != 10)
            f.fail(f.where(QStringLiteral("submittedOn")), QStringLiteral("expected a date as YYYY-MM-DD"));
    }
    // The register it kept is a register like any other, read as strictly.
    const QJsonValue reg = f.take(QStringLiteral("register"));
    if (!reg.isObject()) {
        f.fail(f.where(QStringLiteral("register")), QStringLiteral("expected a register (an object)"));
    } else if (reg.toObject().contains(QStringLiteral("history"))) {
        f.fail(f.where(QStringLiteral("register.history")), QStringLiteral("a snapshot's register has no history"));
    } else {
        s.registerJson = QJsonDocument(reg.toObject()).toJson(QJsonDocument::Indented);
        Register ignored;
        QList<Error> inner;
        if (!Json::read(s.registerJson, &ignored, &inner)) {
            for (const Error &e : std::as_const(inner))
                f.fail(f.where(QStringLiteral("register")) + e.path.mid(1), e.message);
        }
    }
    const QJsonValue documents = f.take(QStringLiteral("documents"));
    if (!documents.isUndefined()) {
        if (!documents.isObject())
            f.fail(f.where(QStringLiteral("documents")), QStringLiteral("expected an object"));
        const QJsonObject o = documents.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                f.fail(f.where(QStringLiteral("documents.")) + it.key(), QStringLiteral("expected a string"));
            s.documents.insert(it.key(), it.value().toString().toUtf8());
        }
    }
    return s;
}

} // namespace

QJsonObject writeHistory(const RegisterHistory &history)
{
    QJsonObject o;
    if (!history.journal.isEmpty()) {
        QJsonArray journal;
        for (const JournalEntry &e : history.journal)
            journal.append(writeEntry(e));
        o.insert(QStringLiteral("journal"), journal);
    }
    if (!history.snapshots.isEmpty()) {
        QJsonArray snapshots;
        for (const Snapshot &s : history.snapshots)
            snapshots.append(writeSnapshot(s));
        o.insert(QStringLiteral("snapshots"), snapshots);
    }
    return o;
}

void readHistory(const QJsonValue &value, RegisterHistory *history, QList<Error> *errors)
{
    *history = {};
    Fields f(value, QStringLiteral("$.history"), errors);
    const auto list = [&](const char *key, auto read, auto &out) {
        const QString name = QLatin1String(key);
        const QJsonValue v = f.take(name);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            f.fail(f.where(name), QStringLiteral("expected an array"));
            return;
        }
        const QJsonArray array = v.toArray();
        qint64 last = 0;
        for (qsizetype n = 0; n < array.size(); ++n) {
            const QString path = QStringLiteral("%1[%2]").arg(f.where(name)).arg(n);
            auto item = read(array.at(n), path, errors);
            // Oldest first, each seq once: the order they were written in.
            if (item.seq <= last)
                errors->append({path + QStringLiteral(".seq"), QStringLiteral("expected a seq greater than the one before (%1)").arg(last)});
            last = item.seq;
            out.append(std::move(item));
        }
    };
    list("journal", readEntry, history->journal);
    list("snapshots", readSnapshot, history->snapshots);
}

} // namespace Fortegnelse::Json
