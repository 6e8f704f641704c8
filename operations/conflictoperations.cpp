#include "conflictoperations.h"

#include "document.h"
#include "jsoncodec.h"
#include "jsonfields.h"
#include "printable.h"
#include "registerdiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::Conflicts)
};

OperationResult refused(const QString &where, const QString &message)
{
    return OperationResult::refused(printable(where) + QStringLiteral(": ") + printable(message));
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray currentBody(const Register &reg, EntityKind kind, const QString &id)
{
    if (kind == EntityKind::Organisation)
        return storedBody(AnyItem(reg.organisation));
    if (kind == EntityKind::Policy)
        return storedBody(AnyItem(reg.policy));
    QByteArray body;
    withList(reg, kind, [&](const auto &list) {
        if (const auto *item = list.find(id))
            body = storedBody(AnyItem(*item));
    });
    return body;
}

QString bodyName(const Register &reg, const EditConflict &c)
{
    if (c.kind == EntityKind::Organisation || c.kind == EntityKind::Policy || !c.theirs.isEmpty())
        return displayName(reg, c.kind, c.id);
    const QJsonValue name = objectOf(c.base.isEmpty() ? c.mine : c.base).value(QStringLiteral("name"));
    if (name.isObject()) {
        const QJsonObject texts = name.toObject();
        const QString own = texts.value(reg.organisation.language).toString();
        if (!own.isEmpty())
            return own;
        if (!texts.isEmpty())
            return texts.begin().value().toString();
    }
    return name.isString() ? name.toString() : c.id;
}

template <class T> bool decode(const QByteArray &body, T *item, QString *error)
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

ConflictSummary describeConflict(const Register &reg, const EditConflict &c)
{
    ConflictSummary s;
    s.itemName = bodyName(reg, c);
    s.theyDeleted = c.theirs.isEmpty();
    s.iDelete = c.mine.isEmpty();
    const QString who = c.by.isEmpty() ? Messages::tr("Someone else") : c.by;
    const QString when = QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat);
    if (s.theyDeleted)
        s.headline = c.undo ? Messages::tr("%1 deleted \"%2\" at %3, after your step was made.").arg(who, s.itemName, when)
                            : Messages::tr("%1 deleted \"%2\" at %3, after your window read it.").arg(who, s.itemName, when);
    else
        s.headline = c.undo ? Messages::tr("%1 changed \"%2\" at %3, after your step was made.").arg(who, s.itemName, when)
                            : Messages::tr("%1 changed \"%2\" at %3, after your window read it.").arg(who, s.itemName, when);
    const QList<Difference> mine = diffBodies(c.kind, c.id, s.itemName, c.base, c.mine);
    const QList<Difference> theirs = diffBodies(c.kind, c.id, s.itemName, c.base, c.theirs);
    const auto theirChange = [&](const QString &field) -> const Difference * {
        for (const Difference &d : theirs)
            if (d.field == field)
                return &d;
        return nullptr;
    };
    QStringList mineFields;
    for (const Difference &d : mine) {
        if (d.type != Difference::Changed)
            continue;
        mineFields.append(d.field);
        ConflictRow row;
        row.field = d.field;
        row.label = differenceFieldLabel(d.field);
        row.mine = differenceValueText(d.after);
        const Difference *t = theirChange(d.field);
        row.theyChangedItToo = t != nullptr;
        row.theirs = differenceValueText(s.theyDeleted ? QJsonValue(QJsonValue::Undefined) : t ? t->after
                                                                                               : d.before);
        s.rows.append(row);
    }
    for (const Difference &d : theirs)
        if (d.type == Difference::Changed && !mineFields.contains(d.field))
            s.theirOtherFields.append(differenceFieldLabel(d.field));
    return s;
}

QByteArray keptBody(const EditConflict &c, const QByteArray &current)
{
    if (c.mine.isEmpty() || current.isEmpty())
        return c.mine; // delete as I meant to, or make it again as I had it
    const QJsonObject base = objectOf(c.base);
    const QJsonObject mine = objectOf(c.mine);
    QJsonObject kept = objectOf(current);
    QStringList keys = base.keys() + mine.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (base.value(key) == mine.value(key))
            continue; // not my change: theirs stays
        if (mine.contains(key))
            kept.insert(key, mine.value(key));
        else
            kept.remove(key);
    }
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

OperationResult takeTheirs(Document &doc)
{
    // The register is read again right after a refused step; make sure it has been.
    doc.checkForExternalChanges();
    doc.clearConflict();
    return OperationResult::done();
}

OperationResult keepMine(Document &doc)
{
    const QString where = doc.filePath();
    if (!doc.lastConflict())
        return OperationResult::done();
    const EditConflict c = *doc.lastConflict();
    doc.checkForExternalChanges(); // the edit goes on the version the server now has
    doc.clearConflict();
    if (doc.isReadOnly())
        return refused(where, doc.readOnlyReason());
    const QByteArray current = currentBody(doc.reg(), c.kind, c.id);
    const QByteArray kept = keptBody(c, current);
    if (kept == current)
        return OperationResult::done();
    const QString text = Messages::tr("Keep my change to %1").arg(kindLabel(c.kind));
    QString error;
    bool ok = true;
    if (c.kind == EntityKind::Organisation) {
        Organisation item;
        ok = decode(kept, &item, &error) && doc.updateOrganisation([&](Organisation &o) { o = item; }, text);
    } else if (c.kind == EntityKind::Policy) {
        PolicySettings item;
        ok = decode(kept, &item, &error) && doc.updatePolicy([&](PolicySettings &p) { p = item; }, text);
    } else {
        withList(doc.reg(), c.kind, [&](const auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            if (kept.isEmpty()) {
                ok = doc.template remove<T>(c.id);
                return;
            }
            T item;
            if (!decode(kept, &item, &error) || item.id != c.id) {
                ok = false;
                return;
            }
            // Keeping mine must not refer to what a colleague has deleted meanwhile.
            Register after = doc.reg();
            EntityList<T> &items = after.template list<T>();
            if (items.contains(c.id))
                items.replace(items.indexOf(c.id), item);
            else
                items.insert(item, items.nextPosition());
            QList<Json::Error> errors;
            Json::checkIntegrity(after, &errors);
            if (!errors.isEmpty()) {
                error = Messages::tr("your version refers to items that no longer exist: %1").arg(errors.first().toString());
                ok = false;
                return;
            }
            ok = list.contains(c.id) ? doc.template update<T>(
                     c.id, [&](T &t) { t = item; }, text)
                                     : doc.add(item, text) == c.id;
        });
    }
    if (!ok)
        return refused(where, error.isEmpty() ? Messages::tr("your change was not made; the item is as your colleague left it") : error);
    return OperationResult::done();
}

} // namespace Fortegnelse
