#include "activitytemplates.h"

#include "catalogues.h"
#include "document.h"
#include "itemoperations.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fortegnelse {

namespace {

LocalText localText(const QJsonValue &value)
{
    LocalText text;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        text.set(it.key(), it.value().toString());
    return text;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

const QList<ActivityTemplate> &activityTemplates()
{
    static const QList<ActivityTemplate> templates = [] {
        QList<ActivityTemplate> out;
        QFile file(QStringLiteral(":/catalogues/activities.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("templates")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            out.append({o.value(QLatin1String("key")).toString(), localText(o.value(QLatin1String("name"))),
                        localText(o.value(QLatin1String("description"))), o});
        }
        return out;
    }();
    return templates;
}

const ActivityTemplate *activityTemplate(const QString &key)
{
    for (const ActivityTemplate &t : activityTemplates())
        if (t.key == key)
            return &t;
    return nullptr;
}

bool applyActivityTemplate(Document &doc, const QString &activity, const QString &key)
{
    const ActivityTemplate *t = activityTemplate(key);
    ActivityStep build(doc.reg(), activity);
    if (!t || !build.isValid())
        return false;
    ProcessingActivity &a = build.activity();
    const QString lang = build.language();
    const QString currentName = a.name.text(lang).trimmed();
    if (currentName.isEmpty() || currentName == newItemName(EntityKind::Activity))
        a.name = t->name;
    if (a.description.isEmpty())
        a.description = t->description;

    for (const QJsonValue &v : t->body.value(QLatin1String("purposes")).toArray()) {
        const QJsonObject o = v.toObject();
        Purpose p;
        p.description = localText(o.value(QLatin1String("description")));
        p.legalBasis = o.value(QLatin1String("legalBasis")).toString();
        p.legitimateInterest = localText(o.value(QLatin1String("legitimateInterest")));
        p.directMarketing = o.value(QLatin1String("directMarketing")).toBool();
        p.specialCondition = o.value(QLatin1String("specialCondition")).toString();
        p.cprGround = o.value(QLatin1String("cprGround")).toString();
        p.lawReferences = strings(o.value(QLatin1String("lawReferences")));
        if (!a.purposes.contains(p))
            a.purposes.append(p);
    }
    // The template's categories by their common key: the register's own, or new ones.
    QHash<QString, QString> dataIds, subjectIds;
    const auto dataId = [&](const QString &k) {
        if (!dataIds.contains(k))
            dataIds.insert(k, build.dataCategory(k, {}));
        return dataIds.value(k);
    };
    const auto subjectId = [&](const QString &k) {
        if (!subjectIds.contains(k))
            subjectIds.insert(k, build.subject(k, {}));
        return subjectIds.value(k);
    };
    const QStringList data = strings(t->body.value(QLatin1String("data")));
    const QStringList subjects = strings(t->body.value(QLatin1String("subjects")));
    for (const QString &d : data)
        build.addData(dataId(d));
    for (const QString &s : subjects) {
        build.chooseSubject(subjectId(s));
        for (MatrixRow &row : a.matrix)
            if (row.subject == subjectId(s))
                for (const QString &d : data)
                    if (!row.data.contains(dataId(d)))
                        row.data.append(dataId(d));
    }
    const auto ids = [&](const QJsonValue &keys, const auto &id) {
        QStringList out;
        for (const QString &k : strings(keys))
            out.append(id(k));
        return out;
    };
    for (const QJsonValue &v : t->body.value(QLatin1String("retention")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const auto &shipped : ReferenceData::instance().retentionTemplates()) {
            if (shipped.key != o.value(QLatin1String("rule")).toString())
                continue;
            RetentionRule rule = retentionRuleFrom(shipped, ids(o.value(QLatin1String("data")), dataId));
            // A template may leave out a citation that is no basis for keeping the data
            // (markedsføringsloven § 10, LEGAL.md §9).
            if (o.contains(QLatin1String("lawReferences")))
                rule.lawReferences = strings(o.value(QLatin1String("lawReferences")));
            if (!a.retention.contains(rule))
                a.retention.append(rule);
        }
    }
    for (const QJsonValue &v : t->body.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject o = v.toObject();
        Disclosure d;
        d.recipientCategory = localText(o.value(QLatin1String("category")));
        d.country = o.value(QLatin1String("country")).toString();
        d.purpose = localText(o.value(QLatin1String("purpose")));
        d.data = ids(o.value(QLatin1String("data")), dataId);
        d.subjects = ids(o.value(QLatin1String("subjects")), subjectId);
        if (!a.recipients.contains(d))
            a.recipients.append(d);
    }
    return doc.performStep(build.step(), QCoreApplication::translate("Undo Commands", "Fill “%1” from the template “%2”").arg(displayName(doc.reg(), EntityKind::Activity, activity), t->name.resolve(lang, QStringLiteral("en"))));
}

} // namespace Fortegnelse
