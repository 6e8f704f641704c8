#include "referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse {

namespace {

QJsonObject loadResource(const QString &name)
{
    QFile file(QStringLiteral(":/reference/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Reference data %s is missing from the build", qPrintable(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qFatal("Reference data %s is not valid JSON: %s", qPrintable(name),
               qPrintable(error.errorString()));
    return doc.object();
}

LocalText localText(const QJsonValue &value)
{
    LocalText text;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        text.set(it.key(), it.value().toString());
    return text;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    load();
}

void ReferenceData::load()
{
    const QJsonObject legal = loadResource(QStringLiteral("legal.json"));
    const auto readList = [&](CodeList list, const char *key, const char *extraKey) {
        QList<Entry> &entries = m_lists[list];
        for (const QJsonValue &v : legal.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            QString extra;
            if (extraKey) {
                const QJsonValue e = o.value(QLatin1String(extraKey));
                extra = e.isBool() ? (e.toBool() ? QStringLiteral("derogation") : QString())
                                   : e.toString();
            }
            entries.append({str(o, "code"), localText(o.value(QLatin1String("label"))),
                            localText(o.value(QLatin1String("meaning"))), extra});
        }
    };
    readList(CodeList::Art6, "art6", nullptr);
    readList(CodeList::Art9, "art9", "nationalLaw");
    readList(CodeList::Art10, "art10", "country");
    readList(CodeList::Cpr, "cpr", "country");
    readList(CodeList::Mechanism, "mechanisms", "derogation");
    for (const QJsonValue &v : legal.value(QLatin1String("nationalLaw")).toArray()) {
        const QJsonObject o = v.toObject();
        m_citations.insert(str(o, "code"), localText(o.value(QLatin1String("citation"))));
    }

    const QJsonObject countries = loadResource(QStringLiteral("countries.json"));
    m_countriesVerified = str(countries, "verified");
    for (const QJsonValue &v : countries.value(QLatin1String("countries")).toArray()) {
        const QJsonObject o = v.toObject();
        m_countryIndex.insert(str(o, "code"), int(m_countries.size()));
        m_countries.append({str(o, "code"), localText(o.value(QLatin1String("name"))),
                            str(o, "status"), str(o, "decision"),
                            localText(o.value(QLatin1String("scope"))),
                            o.value(QLatin1String("notInEea")).toBool()});
    }

    const QJsonObject authorities = loadResource(QStringLiteral("authorities.json"));
    m_edpbMembers = str(authorities, "edpbMembers");
    for (const QJsonValue &v : authorities.value(QLatin1String("authorities")).toArray()) {
        const QJsonObject o = v.toObject();
        m_authorities.append({str(o, "country"), localText(o.value(QLatin1String("name"))),
                              str(o, "address"), str(o, "phone"), str(o, "email"),
                              str(o, "website")});
    }

    const QJsonObject categories = loadResource(QStringLiteral("categories.json"));
    for (const QJsonValue &v : categories.value(QLatin1String("subjects")).toArray()) {
        const QJsonObject o = v.toObject();
        m_subjects.append({str(o, "key"), {}, localText(o.value(QLatin1String("label")))});
    }
    for (const QJsonValue &v : categories.value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        m_data.append({str(o, "key"), str(o, "kind"), localText(o.value(QLatin1String("label")))});
    }

    const QJsonObject retention = loadResource(QStringLiteral("retention.json"));
    for (const QJsonValue &v : retention.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        m_retention.append({str(o, "key"), str(o, "country"),
                            localText(o.value(QLatin1String("label"))),
                            o.value(QLatin1String("amount")).toInt(), str(o, "unit"),
                            localText(o.value(QLatin1String("trigger"))),
                            localText(o.value(QLatin1String("criterion"))),
                            str(o, "legalReference"), localText(o.value(QLatin1String("note")))});
    }

    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        QHash<QString, int> &index = m_index[it.key()];
        for (int i = 0; i < it.value().size(); ++i)
            index.insert(it.value().at(i).code, i);
    }
}

const QStringList &ReferenceData::languages()
{
    static const QStringList list{QStringLiteral("da"), QStringLiteral("nb"),
                                  QStringLiteral("sv"), QStringLiteral("en")};
    return list;
}

const QStringList &ReferenceData::cookieWithdrawals()
{
    static const QStringList list{QStringLiteral("banner"), QStringLiteral("browser")};
    return list;
}

const QStringList &ReferenceData::policySections()
{
    // The standard sections of a generated policy, in reading order. Custom sections are
    // placed before or after one of them.
    static const QStringList list{
        QStringLiteral("summary"), QStringLiteral("controller"), QStringLiteral("dpo"),
        QStringLiteral("processor"), QStringLiteral("purposes"), QStringLiteral("data"),
        QStringLiteral("sources"), QStringLiteral("recipients"), QStringLiteral("transfers"),
        QStringLiteral("retention"), QStringLiteral("automated"), QStringLiteral("provision"),
        QStringLiteral("security"), QStringLiteral("rights"), QStringLiteral("complaint"),
        QStringLiteral("cookies"), QStringLiteral("changes"), QStringLiteral("law"),
        QStringLiteral("contact")};
    return list;
}

bool ReferenceData::contains(CodeList list, const QString &code) const
{
    switch (list) {
    case CodeList::Country:
        return m_countryIndex.contains(code) && !code.startsWith(u"INTL:");
    case CodeList::Destination:
        return m_countryIndex.contains(code);
    case CodeList::Language:
        return languages().contains(code);
    case CodeList::PolicySection:
        return policySections().contains(code);
    case CodeList::CookieWithdrawal:
        return cookieWithdrawals().contains(code);
    default:
        return m_index.value(list).contains(code);
    }
}

QStringList ReferenceData::codes(CodeList list) const
{
    switch (list) {
    case CodeList::Country:
    case CodeList::Destination: {
        QStringList out;
        for (const Country &c : m_countries)
            if (list == CodeList::Destination || !c.code.startsWith(u"INTL:"))
                out.append(c.code);
        return out;
    }
    case CodeList::Language:
        return languages();
    case CodeList::PolicySection:
        return policySections();
    case CodeList::CookieWithdrawal:
        return cookieWithdrawals();
    default: {
        QStringList out;
        for (const Entry &e : m_lists.value(list))
            out.append(e.code);
        return out;
    }
    }
}

const ReferenceData::Entry *ReferenceData::entry(CodeList list, const QString &code) const
{
    const auto lists = m_lists.constFind(list);
    if (lists == m_lists.cend())
        return nullptr;
    const int i = m_index.value(list).value(code, -1);
    return i < 0 ? nullptr : &lists->at(i);
}

QString ReferenceData::listName(CodeList list)
{
    switch (list) {
    case CodeList::Art6: return QStringLiteral("Art. 6(1) legal basis");
    case CodeList::Art9: return QStringLiteral("Art. 9(2) condition");
    case CodeList::Art10: return QStringLiteral("criminal-offence basis (DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)");
    case CodeList::Cpr: return QStringLiteral("national identity number ground (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)");
    case CodeList::Mechanism: return QStringLiteral("transfer mechanism");
    case CodeList::Country: return QStringLiteral("ISO 3166 country code");
    case CodeList::Destination: return QStringLiteral("country code or international organisation");
    case CodeList::Language: return QStringLiteral("language");
    case CodeList::PolicySection: return QStringLiteral("policy section");
    case CodeList::CookieWithdrawal: return QStringLiteral("cookie consent withdrawal");
    }
    return {};
}

QString ReferenceData::unknownCodeMessage(CodeList list, const QString &value)
{
    // The list's name stays English, as in every message of the reader (listName()).
    //: %1 is a code as stored, %2 the list it is not in ("Art. 6(1) legal basis")
    return QCoreApplication::translate("Fortegnelse::ReferenceData", "“%1” is not a known %2")
        .arg(value, listName(list));
}

const ReferenceData::Country *ReferenceData::country(const QString &code) const
{
    const int i = m_countryIndex.value(code, -1);
    return i < 0 ? nullptr : &m_countries.at(i);
}

const ReferenceData::Authority *ReferenceData::authority(const QString &country) const
{
    for (const Authority &a : m_authorities)
        if (a.country == country)
            return &a;
    return nullptr;
}

const ReferenceData::RetentionTemplate *ReferenceData::statutoryPeriod(const QString &lawKey) const
{
    for (const RetentionTemplate &t : m_retention)
        if (t.legalReference == lawKey && t.amount > 0)
            return &t;
    return nullptr;
}

QString ReferenceData::groundCountry(CodeList list, const QString &code) const
{
    if (list != CodeList::Art10 && list != CodeList::Cpr)
        return {};
    const Entry *e = entry(list, code);
    return e ? e->extra : QString();
}

QString ReferenceData::nationalLaw(const QString &organisationCountry)
{
    if (organisationCountry.isEmpty() || organisationCountry == u"DK")
        return QStringLiteral("DK");
    if (organisationCountry == u"NO" || organisationCountry == u"SE")
        return organisationCountry;
    return {};
}

bool ReferenceData::isEeaEfta(const QString &organisationCountry)
{
    return organisationCountry == u"NO" || organisationCountry == u"IS" || organisationCountry == u"LI";
}

QString ReferenceData::citation(const QString &key, const QString &language) const
{
    // A ground such as "dbl-8-3-consent" is cited as its provision, "dbl-8-3".
    for (QString k = key; !k.isEmpty(); k.truncate(std::max<qsizetype>(0, k.lastIndexOf(QLatin1Char('-'))))) {
        const auto it = m_citations.constFind(k);
        if (it != m_citations.cend())
            return it->resolve(language, QStringLiteral("en"));
        if (!k.contains(QLatin1Char('-')))
            break;
    }
    return key;
}

} // namespace Fortegnelse
