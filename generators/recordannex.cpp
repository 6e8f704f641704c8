#include "recordannex.h"

#include "kinds.h"
#include "labels.h"
#include "recordformats.h"
#include "step.h"
#include "templatedata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

#include <memory>

namespace Fortegnelse::RecordAnnex {

namespace {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

/// The fields whose values are codes of a reference list (as model/labels.cpp knows them).
std::optional<CodeList> referenceListOf(const QString &key)
{
    static const QHash<QString, CodeList> lists{
        {QStringLiteral("legalBasis"), CodeList::Art6},
        {QStringLiteral("specialCondition"), CodeList::Art9},
        {QStringLiteral("criminalBasis"), CodeList::Art10},
        {QStringLiteral("cprGround"), CodeList::Cpr},
        {QStringLiteral("mechanism"), CodeList::Mechanism},
        {QStringLiteral("country"), CodeList::Country},
        {QStringLiteral("supervisoryAuthority"), CodeList::Country},
        {QStringLiteral("governingLaw"), CodeList::Country},
        {QStringLiteral("destination"), CodeList::Destination},
        {QStringLiteral("language"), CodeList::Language},
    };
    const auto it = lists.find(key);
    return it == lists.end() ? std::nullopt : std::optional<CodeList>(*it);
}

/// The words of the annex in the record's language: its own from language.json, and the
/// names of fields, kinds and codes from the UI's translation of that language, read into
/// a translator of its own so that a Danish record has Danish field names under an English
/// UI, on whichever thread makes it.
class Words
{
public:
    Words(const QJsonObject &strings, const QString &language, const QString &fallback)
        : m_formats(strings, language, fallback)
        , m_language(language)
    {
    }

    bool load(QString *error)
    {
        // English is the source language: its file holds only plural forms, and may be absent.
        if (!m_translator.load(QStringLiteral(":/i18n/fortegnelse_") + m_language) && m_language != u"en") {
            *error = RecordGenerator::tr("The names of the fields in \"%1\" are not in this program, so the "
                                         "record's annex of changes cannot be written.")
                         .arg(m_language);
            return false;
        }
        for (const LabelText &t : labelTexts())
            m_labels.insert(t.key, translate(t.context, t.source));
        return true;
    }

    QString translate(const char *context, const char *source) const
    {
        const QString t = m_translator.translate(context, source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }
    QString string(const char *key) const { return m_formats.string(QStringLiteral("changes.") + QLatin1String(key)); }
    QString kindTitle(EntityKind kind) const { return translate("Fortegnelse::Kinds", kindInfo(kind).title); }
    QString date(const QDate &d) const { return m_formats.date(d); }

    /// "Description (Danish)", "Data protection officer › E-mail".
    QString fieldLabel(const QString &field) const
    {
        const QString key = field.section(QLatin1Char('.'), 0, 0);
        const QString part = field.section(QLatin1Char('.'), 1);
        if (part.isEmpty())
            return label(QStringLiteral("field:") + key, key);
        const QString language = m_labels.value(QStringLiteral("language:") + part);
        if (!language.isEmpty())
            return QStringLiteral("%1 (%2)").arg(label(QStringLiteral("field:") + key, key), language);
        return QStringLiteral("%1 › %2").arg(label(QStringLiteral("field:") + key, key),
                                             label(QStringLiteral("field:") + part, part));
    }

    /// A value as the record states it; a null string where it is a structure (a list of
    /// purposes, a matrix) that a line cannot state, so the line only says it changed.
    QString value(const QString &field, const QJsonValue &v) const
    {
        switch (v.type()) {
        case QJsonValue::Undefined:
        case QJsonValue::Null: return string("empty");
        case QJsonValue::Bool: return string(v.toBool() ? "yes" : "no");
        case QJsonValue::Double: return QString::number(v.toDouble());
        case QJsonValue::String: return text(field, v.toString());
        case QJsonValue::Array: {
            QStringList parts;
            for (const QJsonValue &item : v.toArray()) {
                if (item.isObject() || item.isArray())
                    return {};
                parts.append(value(field, item));
            }
            return parts.isEmpty() ? string("empty") : parts.join(QStringLiteral(", "));
        }
        case QJsonValue::Object: return {};
        }
        return {};
    }

private:
    QString label(const QString &key, const QString &fallback) const
    {
        const QString l = m_labels.value(key);
        return l.isEmpty() ? fallback : l;
    }

    QString text(const QString &field, const QString &s) const
    {
        if (s.isEmpty())
            return string("empty");
        const QString key = field.section(QLatin1Char('.'), -1);
        if (const auto list = referenceListOf(key)) {
            if (*list == CodeList::Country || *list == CodeList::Destination)
                return m_formats.country(s);
            if (*list == CodeList::Language)
                return label(QStringLiteral("language:") + s, s);
            return m_formats.entry(*list, s);
        }
        if (s.size() == 10) {
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                return m_formats.date(d);
        }
        if (const QString code = m_labels.value(QStringLiteral("code:") + s); !code.isEmpty())
            return code;
        return string("quoted").arg(s);
    }

    RecordFormats m_formats;
    QString m_language;
    QTranslator m_translator;
    QHash<QString, QString> m_labels;
};

/// An item's name in the record's language: its "name" in that language, else in the
/// register's, else its display name (a transfer's recipient), else its id.
QString itemName(const Register &reg, const Difference &d, const QString &language)
{
    QJsonValue name;
    if (d.kind == EntityKind::Organisation)
        name = reg.organisation.name;
    withList(reg, d.kind, [&](const auto &list) {
        for (const auto &item : list)
            if (item.id == d.id)
                name = QJsonDocument::fromJson(storedBody(AnyItem(item))).object().value(QStringLiteral("name"));
    });
    if (name.isObject()) {
        const QJsonObject texts = name.toObject();
        for (const QString &l : {language, reg.organisation.language, QStringLiteral("en")})
            if (const QString t = texts.value(l).toString(); !t.isEmpty())
                return t;
    }
    if (const QString t = name.toString(); !t.isEmpty())
        return t;
    return d.name.isEmpty() ? d.id : d.name;
}

QString changeLine(const Words &words, const Difference &d)
{
    const QString label = words.fieldLabel(d.field);
    const QString before = words.value(d.field, d.before);
    const QString after = words.value(d.field, d.after);
    if (before.isNull() || after.isNull())
        return words.string("changedOnly").arg(label);
    return words.string("changed").arg(label, before, after);
}

} // namespace

QList<Difference> differences(const Register &base, const Register &reg, bool includeNotes)
{
    QList<Difference> out;
    for (const Difference &d : diffRegisters(base, reg)) {
        if (d.kind == EntityKind::Policy || d.kind == EntityKind::Cookie)
            continue;
        if (!includeNotes && d.field.section(QLatin1Char('.'), 0, 0) == u"notes")
            continue;
        out.append(d);
    }
    return out;
}

bool data(const Register &reg, const RecordOptions &options, const QJsonObject &strings,
          const std::function<QString(const QString &id)> &numbers, Data *out, QString *error)
{
    if (!options.changesSince) {
        *out = Data(false);
        return true;
    }
    Words words(strings, options.language, reg.organisation.language);
    if (!words.load(error))
        return false;
    const QList<Difference> changes = differences(*options.changesSince, reg, options.includeNotes);

    List kinds;
    List items;
    List lines;
    Data item;
    std::optional<EntityKind> kind;
    QString id;
    const auto endItem = [&] {
        if (kind) {
            item.set("hasLines", !lines.empty());
            item.set("lines", TemplateData::list(std::move(lines)));
            items.push_back(item);
        }
        lines = List();
    };
    const auto endKind = [&] {
        endItem();
        if (kind) {
            Data k;
            k.set("title", TemplateData::text(words.kindTitle(*kind)));
            k.set("items", TemplateData::list(std::move(items)));
            kinds.push_back(k);
        }
        items = List();
    };
    for (const Difference &d : changes) {
        if (kind != d.kind) {
            endKind();
        } else if (id != d.id) {
            endItem();
        } else {
            lines.push_back(Data("text", TemplateData::text(changeLine(words, d))));
            continue;
        }
        kind = d.kind;
        id = d.id;
        item = Data();
        QString name = itemName(d.type == Difference::Removed ? *options.changesSince : reg, d, options.language);
        if (const QString number = d.kind == EntityKind::Activity && numbers ? numbers(d.id) : QString(); !number.isEmpty())
            name = number + QLatin1Char(' ') + name;
        item.set("name", TemplateData::text(name));
        item.set("state", TemplateData::text(d.type == Difference::Added ? words.string("added") : d.type == Difference::Removed ? words.string("removed")
                                                                                                                                 : QString()));
        if (d.type == Difference::Changed)
            lines.push_back(Data("text", TemplateData::text(changeLine(words, d))));
    }
    endKind();

    Data annex;
    annex.set("date", TemplateData::text(words.date(options.changesSinceDate)));
    annex.set("none", changes.isEmpty());
    annex.set("kinds", TemplateData::list(std::move(kinds)));
    *out = std::move(annex);
    return true;
}

} // namespace Fortegnelse::RecordAnnex
