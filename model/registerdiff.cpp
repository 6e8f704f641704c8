#include "registerdiff.h"

#include "jsoncodec.h"
#include "labels.h"
#include "step.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

namespace Fortegnelse {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::RegisterDiff", text);
}

/// The kinds in the file format's order, with the JSON key of their list.
constexpr struct
{
    EntityKind kind;
    const char *jsonKey;
} kindOrder[] = {
    {EntityKind::Organisation, "organisation"},
    {EntityKind::Policy, "policy"},
    {EntityKind::SubjectCategory, "subjectCategories"},
    {EntityKind::DataCategory, "dataCategories"},
    {EntityKind::Measure, "measures"},
    {EntityKind::Party, "parties"},
    {EntityKind::Activity, "activities"},
    {EntityKind::Transfer, "transfers"},
    {EntityKind::Cookie, "cookies"},
};

bool isSingleton(EntityKind kind)
{
    return kind == EntityKind::Organisation || kind == EntityKind::Policy;
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

/// The items of one kind as (id, stored body), in the register's order.
QList<std::pair<QString, QByteArray>> itemsOf(const Register &reg, EntityKind kind)
{
    QList<std::pair<QString, QByteArray>> items;
    if (kind == EntityKind::Organisation)
        items.append({QString(), storedBody(AnyItem(reg.organisation))});
    else if (kind == EntityKind::Policy)
        items.append({QString(), storedBody(AnyItem(reg.policy))});
    withList(reg, kind, [&](const auto &list) {
        for (const auto &item : list)
            items.append({item.id, storedBody(AnyItem(item))});
    });
    return items;
}

void diffValues(Difference base, const QString &key, const QJsonValue &a, const QJsonValue &b,
                QList<Difference> *out)
{
    // A field made of parts (a text per language, a contact person) differs part by part.
    const bool parts = (a.isObject() || a.isUndefined()) && (b.isObject() || b.isUndefined())
        && !(a.isUndefined() && b.isUndefined());
    if (parts) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys();
        for (const QString &k : y.keys()) {
            if (!x.contains(k))
                keys.append(k);
        }
        keys.sort();
        for (const QString &k : std::as_const(keys)) {
            if (x.value(k) == y.value(k))
                continue;
            base.field = key + QLatin1Char('.') + k;
            base.before = x.value(k);
            base.after = y.value(k);
            out->append(base);
        }
        return;
    }
    base.field = key;
    base.before = a;
    base.after = b;
    out->append(base);
}

QString escapeMarkdown(QString text)
{
    // Every line starts with "- " or "## ", so only what is special inside a line matters.
    static const QString special = QStringLiteral("\\`*_[]<>|~");
    QString out;
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    for (const QChar c : std::as_const(text)) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString itemLine(const Difference &d)
{
    return d.id.isEmpty() || d.name == d.id ? d.name.isEmpty() ? d.id : d.name
                                            : QStringLiteral("%1 (%2)").arg(d.name, d.id);
}

} // namespace

QList<Difference> diffBodies(EntityKind kind, const QString &id, const QString &name,
                             const QByteArray &before, const QByteArray &after)
{
    QList<Difference> out;
    Difference base;
    base.kind = kind;
    base.id = id;
    base.name = name;
    if (before == after)
        return out;
    if (before.isEmpty() || after.isEmpty()) {
        base.type = before.isEmpty() ? Difference::Added : Difference::Removed;
        (before.isEmpty() ? base.after : base.before) = objectOf(before.isEmpty() ? after : before);
        out.append(base);
        return out;
    }
    const QJsonObject a = objectOf(before);
    const QJsonObject b = objectOf(after);
    for (const QString &key : changedFields(before, after))
        diffValues(base, key, a.value(key), b.value(key), &out);
    return out;
}

QList<Difference> diffRegisters(const Register &older, const Register &newer)
{
    QList<Difference> out;
    for (const auto &k : kindOrder) {
        const auto olderItems = itemsOf(older, k.kind);
        const auto newerItems = itemsOf(newer, k.kind);
        std::map<QString, QByteArray> olderBodies(olderItems.begin(), olderItems.end());
        QSet<QString> seen;
        for (const auto &[id, body] : newerItems) {
            seen.insert(id);
            const auto it = olderBodies.find(id);
            out += diffBodies(k.kind, id, displayName(newer, k.kind, id),
                              it == olderBodies.end() ? QByteArray() : it->second, body);
        }
        for (const auto &[id, body] : olderItems) {
            if (!seen.contains(id))
                out += diffBodies(k.kind, id, displayName(older, k.kind, id), body, QByteArray());
        }
    }
    return out;
}

QString differenceFieldLabel(const QString &field)
{
    const QString key = field.section(QLatin1Char('.'), 0, 0);
    const QString part = field.section(QLatin1Char('.'), 1);
    if (part.isEmpty())
        return fieldLabel(key);
    static const QSet<QString> languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"),
                                         QStringLiteral("en")};
    if (languages.contains(part))
        return QStringLiteral("%1 (%2)").arg(fieldLabel(key), part);
    return QStringLiteral("%1 › %2").arg(fieldLabel(key), fieldLabel(part));
}

QString differenceValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "(empty)"));
    case QJsonValue::Bool: return value.toBool() ? trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "yes")) : trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "no"));
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        const QString label = codeLabel(text);
        return label != text ? label : QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            parts.append(v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                                      : differenceValueText(v));
        return parts.isEmpty() ? trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "(empty)")) : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString diffAsText(const QList<Difference> &differences)
{
    if (differences.isEmpty())
        return trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "No differences.")) + QLatin1Char('\n');
    QString out;
    std::optional<EntityKind> kind;
    QString item;
    for (const Difference &d : differences) {
        if (kind != d.kind) {
            out += kindTitle(d.kind) + QLatin1Char('\n');
            kind = d.kind;
            item.clear();
        }
        const QString indent = isSingleton(d.kind) ? QStringLiteral("  ") : QStringLiteral("    ");
        if (d.type == Difference::Added)
            out += QStringLiteral("  ") + trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "%1: added")).arg(itemLine(d)) + QLatin1Char('\n');
        else if (d.type == Difference::Removed)
            out += QStringLiteral("  ") + trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "%1: removed")).arg(itemLine(d)) + QLatin1Char('\n');
        else {
            if (!isSingleton(d.kind) && item != d.id)
                out += QStringLiteral("  ") + itemLine(d) + QLatin1Char('\n');
            out += indent + QStringLiteral("%1: %2 → %3\n").arg(differenceFieldLabel(d.field), differenceValueText(d.before), differenceValueText(d.after));
        }
        item = d.id;
    }
    return out;
}

QString diffAsMarkdown(const QList<Difference> &differences)
{
    if (differences.isEmpty())
        return trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "No differences.")) + QLatin1Char('\n');
    QString out;
    std::optional<EntityKind> kind;
    QString item;
    for (const Difference &d : differences) {
        if (kind != d.kind) {
            out += (kind ? QStringLiteral("\n## ") : QStringLiteral("## ")) + escapeMarkdown(kindTitle(d.kind))
                + QStringLiteral("\n\n");
            kind = d.kind;
            item.clear();
        }
        const QString name = QStringLiteral("**%1**").arg(escapeMarkdown(itemLine(d)));
        if (d.type != Difference::Changed) {
            out += QStringLiteral("- ")
                + (d.type == Difference::Added ? trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "%1: added")) : trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "%1: removed"))).arg(name) + QLatin1Char('\n');
        } else {
            const bool nested = !isSingleton(d.kind);
            if (nested && item != d.id)
                out += QStringLiteral("- ") + name + QLatin1Char('\n');
            out += (nested ? QStringLiteral("  - ") : QStringLiteral("- "))
                + QStringLiteral("%1: %2 → %3\n").arg(escapeMarkdown(differenceFieldLabel(d.field)), escapeMarkdown(differenceValueText(d.before)), escapeMarkdown(differenceValueText(d.after)));
        }
        item = d.id;
    }
    return out;
}

QByteArray diffAsJson(const QList<Difference> &differences)
{
    static const char *types[] = {"added", "removed", "changed"};
    QJsonArray list;
    for (const Difference &d : differences) {
        QJsonObject o{{QStringLiteral("change"), QLatin1String(types[d.type])},
                      {QStringLiteral("kind"), itemKindName(d.kind)},
                      {QStringLiteral("name"), d.name}};
        if (!d.id.isEmpty())
            o.insert(QStringLiteral("id"), d.id);
        if (!d.field.isEmpty()) {
            o.insert(QStringLiteral("field"), d.field);
            o.insert(QStringLiteral("label"), differenceFieldLabel(d.field));
        }
        if (!d.before.isUndefined())
            o.insert(QStringLiteral("before"), d.before);
        if (!d.after.isUndefined())
            o.insert(QStringLiteral("after"), d.after);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("differences"), list}}).toJson(QJsonDocument::Indented);
}

bool registerBefore(const Register &current, const QList<JournalEntry> &newerEntries, Register *out,
                    QString *error)
{
    // Each kind's items by id in their order; an item the entries bring back goes last.
    std::map<int, QList<std::pair<QString, QByteArray>>> items;
    for (const auto &k : kindOrder)
        items[int(k.kind)] = itemsOf(current, k.kind);
    for (const JournalEntry &e : newerEntries) {
        auto &list = items[int(e.itemKind)];
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto &p) { return p.first == e.itemId; });
        // Each entry must lead to the state it is taken back from: where it does not, the
        // register was changed by another program, and the earlier state is not known.
        const bool present = it != list.end();
        if (present == e.after.isEmpty() || (present && objectOf(it->second) != objectOf(e.after))) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "the register was changed outside Fortegnelse after %1, so its earlier state is not known"))
                         .arg(e.at.toUTC().toString(Qt::ISODate));
            return false;
        }
        if (it == list.end() && !e.before.isEmpty())
            list.append({e.itemId, e.before});
        else if (it != list.end() && !e.before.isEmpty())
            it->second = e.before;
        else if (it != list.end())
            list.erase(it);
    }
    QJsonObject doc{{QStringLiteral("format"), QLatin1String(Json::formatName)},
                    {QStringLiteral("formatVersion"), Json::formatVersion}};
    for (const auto &k : kindOrder) {
        const auto &list = items[int(k.kind)];
        if (isSingleton(k.kind)) {
            if (!list.isEmpty())
                doc.insert(QLatin1String(k.jsonKey), objectOf(list.first().second));
            continue;
        }
        QJsonArray array;
        for (const auto &p : list)
            array.append(objectOf(p.second));
        if (!array.isEmpty())
            doc.insert(QLatin1String(k.jsonKey), array);
    }
    QList<Json::Error> errors;
    if (!Json::read(QJsonDocument(doc).toJson(QJsonDocument::Compact), out, &errors)) {
        *error = errors.isEmpty() ? trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "the earlier state could not be rebuilt"))
                                  : trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterDiff", "the earlier state could not be rebuilt: %1")).arg(errors.first().toString());
        return false;
    }
    return true;
}

} // namespace Fortegnelse
