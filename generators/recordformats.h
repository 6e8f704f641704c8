#pragma once

#include "codes.h"
#include "localtext.h"
#include "recordvoice.h"
#include "referencedata.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace Fortegnelse {

/// The words and formats of one language, from resources/record/<lang>/language.json.
/// Every method returns an empty string for an empty code or date.
class RecordFormats
{
public:
    RecordFormats(const QJsonObject &strings, const QString &language, const QString &fallback)
        : m_strings(strings)
        , m_lang(language)
        , m_fallback(fallback.isEmpty() ? QStringLiteral("da") : fallback)
        , m_locale(strings.value(QStringLiteral("locale")).toString())
    {
    }
    QString text(const LocalText &t) const { return t.resolve(m_lang, m_fallback); }
    /// A party's name in this language (Party::nameIn()).
    QString party(const Party &p) const { return p.nameIn(m_lang); }
    /// Officer text written with the data subject in mind, without what speaks to them.
    QString toAuthority(const LocalText &t, bool mayEmpty = false) const
    {
        return toTheAuthority(text(t), m_lang, mayEmpty);
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? m_locale.toString(d, string(QStringLiteral("dateFormat"))) : QString();
    }
    QString string(const QString &path) const
    {
        QJsonValue v = m_strings;
        for (const QString &key : path.split(QLatin1Char('.')))
            v = v.toObject().value(key);
        return v.toString();
    }
    template <class E> QString label(const char *group, E value) const
    {
        return string(QLatin1String(group) + QLatin1Char('.') + toCode(value));
    }
    QString period(int amount, PeriodUnit unit) const { return period(amount, toCode(unit)); }
    QString period(int amount, const QString &unitCode) const
    {
        const QJsonArray forms = m_strings.value(QStringLiteral("units")).toObject().value(unitCode).toArray();
        return amount > 0 ? QStringLiteral("%1 %2").arg(amount).arg(forms.at(amount == 1 ? 0 : 1).toString()) : QString();
    }
    QString join(const QStringList &items) const
    {
        return items.size() < 2 ? items.value(0)
                                : items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ')
                + string(QStringLiteral("and")) + QLatin1Char(' ') + items.last();
    }
    QString article(const char *which, const QString &letter) const
    {
        return letter.isEmpty() ? QString()
                                : string(QStringLiteral("citation.") + QLatin1String(which)).replace(QStringLiteral("{{letter}}"), letter);
    }
    QString citation(const QString &key) const
    {
        return key.isEmpty() ? QString() : ReferenceData::instance().citation(key, m_lang);
    }
    QString entry(CodeList list, const QString &code) const
    {
        const auto *e = ReferenceData::instance().entry(list, code);
        return e ? text(e->label) : code;
    }
    QString country(const QString &code) const
    {
        if (code.isEmpty() || code.startsWith(QStringLiteral("INTL:")))
            return code.mid(5);
        const auto *c = ReferenceData::instance().country(code);
        return c ? c->name.resolve(m_lang, QStringLiteral("en")) : code;
    }

private:
    QJsonObject m_strings;
    QString m_lang;
    QString m_fallback;
    QLocale m_locale;
};

} // namespace Fortegnelse
