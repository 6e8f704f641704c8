#include "registersearch.h"

#include "jsoncodec.h"
#include "kinds.h"
#include "register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Fortegnelse {

namespace {

/// A text in several languages is stored as {"da": ..., "en": ...}: one field, not four.
bool isLocalText(const QJsonObject &object)
{
    if (object.isEmpty())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().size() != 2 || !it.value().isString())
            return false;
    return true;
}

void collect(const QJsonValue &value, const QString &path, EntityKind kind, const QString &id, QList<SearchEntry> *out)
{
    if (value.isString()) {
        if (!value.toString().isEmpty())
            out->append({kind, id, path, value.toString()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // A list of codes or ids is the field itself; a list of structs has elements.
            const bool structs = array.at(i).isObject() && !isLocalText(array.at(i).toObject());
            collect(array.at(i), structs ? QStringLiteral("%1[%2]").arg(path).arg(i) : path, kind, id, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const bool local = isLocalText(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), local ? path : (path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()), kind, id, out);
    }
}

/// Folded for matching: lower case, accents off ("Øsyn" and "osyn" both match "øsyn").
QString fold(const QString &text)
{
    QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

int rank(const SearchEntry &entry)
{
    if (entry.field == u"name")
        return 0;
    if (entry.field == u"id")
        return 1;
    return 2;
}

} // namespace

QList<SearchEntry> searchIndex(const Register &reg)
{
    QList<SearchEntry> out;
    const QJsonObject root = QJsonDocument::fromJson(Json::write(reg)).object();
    for (EntityKind kind : {EntityKind::Organisation, EntityKind::Activity, EntityKind::Party, EntityKind::SubjectCategory,
                            EntityKind::DataCategory, EntityKind::Transfer, EntityKind::Measure, EntityKind::Cookie,
                            EntityKind::Policy}) {
        const QJsonValue list = root.value(QLatin1String(kindInfo(kind).listKey));
        if (kindInfo(kind).singleton) {
            collect(list, {}, kind, {}, &out);
            continue;
        }
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject object = item.toObject();
            const QString id = object.value(QStringLiteral("id")).toString();
            collect(object, {}, kind, id, &out);
        }
    }
    return out;
}

QList<SearchHit> searchRegister(const Register &reg, const QList<SearchEntry> &index, const QString &query, int limit)
{
    const QStringList words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // The best matching field of each item.
    QHash<QPair<int, QString>, const SearchEntry *> best;
    QList<QPair<int, QString>> order;
    for (const SearchEntry &entry : index) {
        const QString text = fold(entry.text);
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
            continue;
        const QPair<int, QString> key{int(entry.kind), entry.id};
        auto it = best.find(key);
        if (it == best.end()) {
            best.insert(key, &entry);
            order.append(key);
        } else if (rank(entry) < rank(**it)) {
            *it = &entry;
        }
    }
    QList<SearchHit> hits;
    for (const auto &key : std::as_const(order)) {
        const SearchEntry *e = best.value(key);
        hits.append({e->kind, e->id, e->field, displayName(reg, e->kind, e->id), e->text});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        const auto r = [](const SearchHit &h) { return h.field == u"name" ? 0 : h.field == u"id" ? 1
                                                                                                 : 2; };
        return r(a) < r(b);
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Fortegnelse
