#include "policycontext.h"

#include "policysections.h"

#include "referencedata.h"
#include "templatedata.h"

#include <QJsonArray>
#include <QLocale>

namespace Fortegnelse {

using Data = kainjow::mustache::data;

LanguageFormats::LanguageFormats(const TemplateSet &set, const QString &registerLanguage)
    : m_set(set)
    , m_lang(set.language())
    , m_fallback(registerLanguage.isEmpty() ? QStringLiteral("da") : registerLanguage)
{
}

QString LanguageFormats::date(const QDate &d) const
{
    if (!d.isValid())
        return {};
    return QLocale(m_set.string(QStringLiteral("locale"))).toString(d, m_set.string(QStringLiteral("dateFormat")));
}

QString LanguageFormats::period(int amount, const QString &unitCode) const
{
    const QJsonArray forms = m_set.strings().value(QStringLiteral("units")).toObject().value(unitCode).toArray();
    const QString word = forms.at(amount == 1 ? 0 : 1).toString();
    return QStringLiteral("%1 %2").arg(amount).arg(word);
}

QString LanguageFormats::join(const QStringList &items) const
{
    if (items.size() < 2)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ')
        + m_set.string(QStringLiteral("and")) + QLatin1Char(' ') + items.last();
}

QString LanguageFormats::fill(const QString &pattern, const QString &letter) const
{
    // The pattern comes from language.json, which an officer's template folder may
    // replace: it goes through the same checks as any template.
    QString error, out;
    const auto tmpl = TemplateData::compile(pattern, QStringLiteral("language.json"), &error);
    Data d;
    d.set("letter", TemplateData::text(letter));
    if (!tmpl || !TemplateData::render(*tmpl, QStringLiteral("language.json"), d, &out, &error))
        return {};
    return out;
}

QString LanguageFormats::art6(const QString &letter) const
{
    return fill(m_set.string(QStringLiteral("citation.art6")), letter);
}

QString LanguageFormats::art9(const QString &letter) const
{
    return fill(m_set.string(QStringLiteral("citation.art9")), letter);
}

QString LanguageFormats::citation(const QString &lawKey) const
{
    return ReferenceData::instance().citation(lawKey, m_lang);
}

QString LanguageFormats::country(const QString &code) const
{
    const auto *c = ReferenceData::instance().country(code);
    return c ? c->name.resolve(m_lang, QStringLiteral("en")) : code;
}

QString LanguageFormats::countryInText(const QString &code) const
{
    const QString phrase = m_set.string(QStringLiteral("countryInText.") + code);
    return phrase.isEmpty() ? country(code) : phrase;
}

MustacheData policyContext(const Register &reg, const PolicyFacts &facts, const TemplateSet &set)
{
    const LanguageFormats f(set, reg.organisation.language);
    const PolicySections::Input in{reg, facts, set, f};
    Data ctx;
    PolicySections::organisation(ctx, in);
    PolicySections::purposes(ctx, in);
    PolicySections::data(ctx, in);
    PolicySections::sources(ctx, in);
    PolicySections::recipients(ctx, in);
    PolicySections::transfers(ctx, in);
    PolicySections::retention(ctx, in);
    PolicySections::obligations(ctx, in);
    PolicySections::rights(ctx, in);
    PolicySections::cookies(ctx, in);
    PolicySections::processor(ctx, in);
    return ctx;
}

} // namespace Fortegnelse
