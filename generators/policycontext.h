#pragma once

#include "policyfacts.h"
#include "templateset.h"

#include <kainjow/mustache.hpp>

namespace Fortegnelse {

using MustacheData = kainjow::mustache::data;

/// Turns the facts of a policy into the values its templates word: names in the
/// language, citations in the language's usual form, dates, periods. Everything here is
/// data: sentences are in the templates. Empty values are false, so a template can say
/// {{#dpo}}...{{/dpo}} for "only if there is one".
MustacheData policyContext(const Register &reg, const PolicyFacts &facts, const TemplateSet &set);

/// Formats in one language, from the template set's language.json.
class LanguageFormats
{
public:
    explicit LanguageFormats(const TemplateSet &set, const QString &registerLanguage);

    QString text(const LocalText &t) const { return t.resolve(m_lang, m_fallback); }
    /// A party's name in this language (Party::nameIn()).
    QString party(const Party &p) const { return p.nameIn(m_lang); }
    QString date(const QDate &d) const;
    QString period(int amount, const QString &unitCode) const;
    /// "a, b og c"
    QString join(const QStringList &items) const;
    QString art6(const QString &letter) const;
    QString art9(const QString &letter) const;
    QString citation(const QString &lawKey) const;
    QString country(const QString &code) const;
    /// The country's name as running text needs it ("the United States" in English, where
    /// a list or table cell says "United States"): language.json's countryInText, else
    /// its name.
    QString countryInText(const QString &code) const;
    QString language() const { return m_lang; }

private:
    QString fill(const QString &pattern, const QString &letter) const;
    const TemplateSet &m_set;
    QString m_lang;
    QString m_fallback;
};

} // namespace Fortegnelse
