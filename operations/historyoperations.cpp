#include "historyoperations.h"

#include "document.h"
#include "jsoncodec.h"
#include "jsonfields.h"
#include "printable.h"
#include "registeroperations.h"
#include "safeoutput.h"
#include "snapshotoperations.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::History)
};

OperationResult refused(const QString &where, const QString &message)
{
    return OperationResult::refused(printable(where) + QStringLiteral(": ") + printable(message));
}

std::unique_ptr<Store> openToRead(const QString &path, Register *reg, QString *error)
{
    Store::Options options;
    options.mode = Store::Mode::Read;
    return Store::open(SafeOutput::absolute(path), reg, error, options);
}

/// "2026-03-03" is the end of that day, local time; an ISO date and time is that moment.
QDateTime momentOf(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return day.addDays(1).startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

OperationResult readJournalFrom(Store &store, JournalQuery query, QList<JournalEntry> *entries, int max)
{
    query.limit = 1000;
    entries->clear();
    while (entries->size() < max) {
        QList<JournalEntry> page;
        QString error;
        if (!store.readJournal(query, &page, &error))
            return refused(store.path(), error);
        if (page.isEmpty())
            break;
        *entries += page;
        query.beforeSeq = page.last().seq;
    }
    return OperationResult::done();
}

OperationResult readAt(const QString &path, const QString &when, Register *reg)
{
    if (const auto kind = snapshotKindFromName(when)) {
        // The register as the newest snapshot of that kind kept it.
        Snapshot snapshot;
        if (OperationResult r = readSnapshotOf(path, kind, 0, &snapshot); !r)
            return r;
        return registerOf(path, snapshot, reg);
    }
    const QDateTime moment = momentOf(when);
    if (!moment.isValid())
        return refused(path, Messages::tr("\"%1\" is not a date (yyyy-mm-dd), a date and time, published or submitted").arg(when));
    Register current;
    QString error;
    std::unique_ptr<Store> store = openToRead(path, &current, &error);
    if (!store)
        return refused(path, error);
    const QDateTime start = store->journalStart();
    if (!start.isValid() || moment < start)
        return refused(path, Messages::tr("the register's journal begins %1; what it held before then is not known").arg(start.isValid() ? start.toUTC().toString(Qt::ISODate) : Messages::tr("with its next change")));
    JournalQuery query;
    query.since = moment;
    QList<JournalEntry> newer;
    if (OperationResult r = readJournalFrom(*store, query, &newer, std::numeric_limits<int>::max()); !r)
        return r;
    if (!registerBefore(current, newer, reg, &error))
        return refused(path, error);
    return OperationResult::done();
}

/// Which item "ID" or "KIND/ID" names in \a reg.
bool resolveItem(const Register &reg, const QString &item, EntityKind *kind, QString *id)
{
    if (const auto singleton = itemKindFromName(item);
        singleton && (*singleton == EntityKind::Organisation || *singleton == EntityKind::Policy)) {
        *kind = *singleton;
        id->clear();
        return true;
    }
    if (item.contains(QLatin1Char('/'))) {
        const auto named = itemKindFromName(item.section(QLatin1Char('/'), 0, 0));
        if (!named)
            return false;
        *kind = *named;
        *id = item.section(QLatin1Char('/'), 1);
        return true;
    }
    int found = 0;
    for (const EntityKind k : {EntityKind::SubjectCategory, EntityKind::DataCategory, EntityKind::Activity,
                               EntityKind::Party, EntityKind::Transfer, EntityKind::Measure, EntityKind::Cookie}) {
        withList(reg, k, [&](const auto &list) {
            if (list.contains(item)) {
                *kind = k;
                ++found;
            }
        });
    }
    *id = item;
    return found == 1;
}

QJsonValue bodyJson(const QByteArray &body)
{
    return body.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(body).object());
}

QString entryName(const Register &reg, const JournalEntry &e)
{
    if (e.itemKind == EntityKind::Organisation || e.itemKind == EntityKind::Policy)
        return displayName(reg, e.itemKind, e.itemId);
    const QJsonObject body = QJsonDocument::fromJson(e.after.isEmpty() ? e.before : e.after).object();
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (name.isString())
        return name.toString();
    if (name.isObject()) {
        const QJsonObject texts = name.toObject();
        const QString own = texts.value(reg.organisation.language).toString();
        return own.isEmpty() && !texts.isEmpty() ? texts.begin().value().toString() : own;
    }
    return e.itemId;
}

template <class T> bool decodeItem(const QByteArray &body, T *item, QString *error)
{
    Json::ReadContext ctx;
    Json::checkStrict(body, &ctx.errors);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    Json::Reader::readObject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), *item, QStringLiteral("$"), ctx);
    if (!ctx.errors.isEmpty()) {
        *error = ctx.errors.first().toString();
        return false;
    }
    return true;
}

} // namespace

OperationResult readState(const QString &side, Register *reg)
{
    const QFileInfo file(SafeOutput::absolute(side));
    const qsizetype at = side.lastIndexOf(QLatin1Char('@'));
    if (!file.exists() && at > 0)
        return readAt(side.left(at), side.mid(at + 1), reg);
    if (side.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        QFile json(file.absoluteFilePath());
        if (!json.open(QIODevice::ReadOnly))
            return refused(side, json.errorString());
        QList<Json::Error> errors;
        if (!Json::read(json.readAll(), reg, &errors))
            return refused(side, Json::summarize(errors));
        return OperationResult::done();
    }
    return readRegister(side, reg);
}

std::optional<DiffFormat> diffFormatFromName(const QString &name)
{
    if (name == u"text")
        return DiffFormat::Text;
    if (name == u"json")
        return DiffFormat::Json;
    if (name == u"md")
        return DiffFormat::Markdown;
    return std::nullopt;
}

OperationResult diffStates(const QString &older, const QString &newer, DiffFormat format, QByteArray *out)
{
    Register a, b;
    if (OperationResult r = readState(older, &a); !r)
        return r;
    if (OperationResult r = readState(newer, &b); !r)
        return r;
    const QList<Difference> differences = diffRegisters(a, b);
    switch (format) {
    case DiffFormat::Text: *out = diffAsText(differences).toUtf8(); break;
    case DiffFormat::Markdown: *out = diffAsMarkdown(differences).toUtf8(); break;
    case DiffFormat::Json: *out = diffAsJson(differences); break;
    }
    return OperationResult::done();
}

OperationResult readJournalOf(const QString &path, const JournalQuery &query, QList<JournalEntry> *entries, int max)
{
    Register reg;
    QString error;
    std::unique_ptr<Store> store = openToRead(path, &reg, &error);
    if (!store)
        return refused(path, error);
    return readJournalFrom(*store, query, entries, max);
}

OperationResult historyOf(const QString &path, const HistoryOptions &options, QByteArray *out)
{
    Register reg;
    QString error;
    std::unique_ptr<Store> store = openToRead(path, &reg, &error);
    if (!store)
        return refused(path, error);
    JournalQuery query;
    query.since = options.since;
    query.actor = options.actor;
    query.kind = options.kind;
    if (!options.item.isEmpty()) {
        EntityKind kind;
        QString id;
        if (!resolveItem(reg, options.item, &kind, &id))
            return refused(path, Messages::tr("no single item \"%1\"; name it as KIND/ID, e.g. activity/sales").arg(options.item));
        query.itemKind = kind;
        query.itemId = id;
    }
    QList<JournalEntry> entries;
    if (OperationResult r = readJournalFrom(*store, query, &entries, std::numeric_limits<int>::max()); !r)
        return r;
    if (options.json) {
        QJsonArray list;
        for (const JournalEntry &e : std::as_const(entries)) {
            QJsonObject o{{QStringLiteral("seq"), e.seq},
                          {QStringLiteral("step"), e.step},
                          {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("kind"), journalKindName(e.kind)},
                          {QStringLiteral("text"), e.text},
                          {QStringLiteral("itemKind"), itemKindName(e.itemKind)},
                          {QStringLiteral("fields"), QJsonArray::fromStringList(e.fields)}};
            if (!e.itemId.isEmpty())
                o.insert(QStringLiteral("itemId"), e.itemId);
            if (!e.before.isEmpty())
                o.insert(QStringLiteral("before"), bodyJson(e.before));
            if (!e.after.isEmpty())
                o.insert(QStringLiteral("after"), bodyJson(e.after));
            list.append(o);
        }
        *out = QJsonDocument(QJsonObject{{QStringLiteral("entries"), list}}).toJson(QJsonDocument::Indented);
        return OperationResult::done();
    }
    QString text;
    if (entries.isEmpty())
        text = Messages::tr("No changes in the journal.") + QLatin1Char('\n');
    // Typing in a field is one change, from before its first keystroke to after its last,
    // as undo takes it back (JSON keeps every entry).
    QList<JournalEntry> folded;
    for (const JournalEntry &e : std::as_const(entries))
        if (!foldTypingInto(&folded, e))
            folded.append(e);
    qint64 step = -1;
    for (const JournalEntry &e : std::as_const(folded)) {
        if (e.step != step) {
            static const char *kinds[] = {QT_TRANSLATE_NOOP("Fortegnelse::History", "edit"),
                                          QT_TRANSLATE_NOOP("Fortegnelse::History", "undo"),
                                          QT_TRANSLATE_NOOP("Fortegnelse::History", "redo"),
                                          QT_TRANSLATE_NOOP("Fortegnelse::History", "repair"),
                                          QT_TRANSLATE_NOOP("Fortegnelse::History", "import")};
            text += QStringLiteral("%1  %2  %3: %4\n")
                        .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), e.actor,
                             QCoreApplication::translate("Fortegnelse::History", kinds[e.kind]), e.text);
            step = e.step;
        }
        const QString diff = diffAsText(diffBodies(e.itemKind, e.itemId, entryName(reg, e), e.before, e.after));
        for (const QString &line : diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    *out = text.toUtf8();
    return OperationResult::done();
}

OperationResult restoreItem(Document &doc, EntityKind kind, const QString &id, const QByteArray &body)
{
    const QString where = doc.filePath();
    if (doc.isReadOnly())
        return refused(where, doc.readOnlyReason());
    QString error;
    OperationResult result = OperationResult::done();
    const QString text = QCoreApplication::translate("Undo Commands", "Restore %1").arg(kindLabel(kind));
    const auto check = [&](const Register &after) {
        QList<Json::Error> errors;
        Json::checkIntegrity(after, &errors);
        if (!errors.isEmpty())
            result = refused(where, Messages::tr("the earlier state refers to items that no longer exist: %1").arg(errors.first().toString()));
        return errors.isEmpty();
    };
    if (kind == EntityKind::Organisation || kind == EntityKind::Policy) {
        if (body.isEmpty())
            return refused(where, Messages::tr("the organisation and the policy settings cannot be removed"));
        bool ok = true;
        if (kind == EntityKind::Organisation) {
            Organisation item;
            ok = decodeItem(body, &item, &error) && doc.updateOrganisation([&](Organisation &o) { o = item; }, text);
        } else {
            PolicySettings item;
            ok = decodeItem(body, &item, &error) && doc.updatePolicy([&](PolicySettings &p) { p = item; }, text);
        }
        return ok ? OperationResult::done() : refused(where, error.isEmpty() ? Messages::tr("the change could not be saved") : error);
    }
    withList(doc.reg(), kind, [&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (body.isEmpty()) {
            if (list.contains(id) && !doc.template remove<T>(id))
                result = refused(where, Messages::tr("the change could not be saved"));
            return;
        }
        T item;
        if (!decodeItem(body, &item, &error) || item.id != id) {
            result = refused(where, error.isEmpty() ? Messages::tr("the stored item is not %1").arg(id) : error);
            return;
        }
        Register after = doc.reg();
        if (after.template list<T>().contains(id))
            after.template list<T>().replace(after.template list<T>().indexOf(id), item);
        else
            after.template list<T>().insert(item, after.template list<T>().nextPosition());
        if (!check(after))
            return;
        const bool ok = list.contains(id) ? doc.template update<T>(
                            id, [&](T &t) { t = item; }, text)
                                          : doc.add(item, text) == id;
        if (!ok)
            result = refused(where, Messages::tr("the change could not be saved"));
    });
    return result;
}

} // namespace Fortegnelse
