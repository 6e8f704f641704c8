// The display text of paths, codes and items (labels.h): what an officer reads where the
// register holds a key, a code or an id. One place, so no view shows "art46-2-c" or
// "purposes[1].legitimateInterest" where a name exists.

#include "checksupport.h"
#include "labels.h"
#include "referencedata.h"
#include "register.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fortegnelse {

namespace {

struct Named
{
    const char *key;
    const char *text;
};

// One element of a list field, numbered from 1 as the form's list shows it.
const Named elements[] = {
    {"purposes", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Purpose %1")},
    {"matrix", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Matrix row %1")},
    {"recipients", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Recipient %1")},
    {"sources", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Source %1")},
    {"retention", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Retention rule %1")},
    {"links", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Link %1")},
    {"sections", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Section %1")},
};

const Named languages[] = {
    {"da", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Danish")},
    {"nb", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Norwegian (Bokmål)")},
    {"sv", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Swedish")},
    {"en", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "English")},
};

const Named policySections[] = {
    {"summary", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "In short")},
    {"controller", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Who is responsible")},
    {"dpo", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Data protection officer")},
    {"processor", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "When we process data for others")},
    {"purposes", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Purposes and legal bases")},
    {"data", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "The data we process")},
    {"sources", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Where the data comes from")},
    {"recipients", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Recipients")},
    {"transfers", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Transfers outside the EU/EEA")},
    {"retention", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "How long we keep the data")},
    {"automated", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Automated decisions")},
    {"provision", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Must you provide the data?")},
    {"security", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Security")},
    {"rights", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Your rights")},
    {"complaint", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Complaints")},
    {"cookies", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Cookies")},
    {"changes", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Changes to this policy")},
    {"law", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Governing law")},
    {"contact", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Contact")},
};

// The fields whose values are codes of a reference list (their describe() says v.code()).
// tst_labels proves this table matches every describe() list.
struct CodeField
{
    const char *key;
    CodeList list;
};
const CodeField codeFields[] = {
    {"legalBasis", CodeList::Art6},       {"specialCondition", CodeList::Art9},
    {"criminalBasis", CodeList::Art10},   {"cprGround", CodeList::Cpr},
    {"country", CodeList::Country},       {"supervisoryAuthority", CodeList::Country},
    {"governingLaw", CodeList::Country},  {"language", CodeList::Language},
    {"anchor", CodeList::PolicySection},  {"destination", CodeList::Destination},
    {"mechanism", CodeList::Mechanism},
};

template <std::size_t N> const char *lookup(const Named (&table)[N], const QString &key)
{
    for (const Named &n : table)
        if (key == QLatin1String(n.key))
            return n.text;
    return nullptr;
}

} // namespace

QString fieldPathLabel(const QString &path)
{
    static const QRegularExpression element(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = element.match(segment);
        if (!m.hasMatch()) {
            parts.append(fieldLabel(segment));
            continue;
        }
        const QString number = QString::number(m.captured(2).toInt() + 1);
        if (const char *text = lookup(elements, m.captured(1)))
            parts.append(QCoreApplication::translate("Fortegnelse::Fields", text).arg(number));
        else
            parts.append(fieldLabel(m.captured(1)) + QLatin1Char(' ') + number);
    }
    return parts.join(QStringLiteral(" › "));
}

QString referenceLabel(CodeList list, const QString &code)
{
    if (code.isEmpty())
        return {};
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = CheckSupport::uiLanguage();
    switch (list) {
    case CodeList::Country:
    case CodeList::Destination:
        if (const auto *c = ref.country(code))
            return c->name.resolve(lang, QStringLiteral("en"));
        return code;
    case CodeList::Language:
        if (const char *text = lookup(languages, code))
            return QCoreApplication::translate("Fortegnelse::Codes", text);
        return code;
    case CodeList::PolicySection:
        if (const char *text = lookup(policySections, code))
            return QCoreApplication::translate("Fortegnelse::Codes", text);
        return code;
    case CodeList::Art6:
    case CodeList::Art9:
    case CodeList::Art10:
    case CodeList::Cpr:
    case CodeList::Mechanism:
        if (const auto *e = ref.entry(list, code)) {
            const QString label = e->label.resolve(lang, QStringLiteral("en"));
            if (!label.isEmpty())
                return label;
        }
        return code;
    }
    return code;
}

QString valueLabel(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    QString key = field.section(QLatin1Char('.'), -1);
    key = key.left(key.indexOf(QLatin1Char('[')) < 0 ? key.size() : key.indexOf(QLatin1Char('[')));
    for (const CodeField &f : codeFields)
        if (key == QLatin1String(f.key))
            return referenceLabel(f.list, value);
    if (hasCodeLabel(value))
        return codeLabel(value);
    return value;
}

QString itemLabel(const Register &reg, EntityKind kind, const QString &id)
{
    if (kind != EntityKind::Transfer)
        return displayName(reg, kind, id);
    const Transfer *t = reg.transfers.find(id);
    if (!t)
        return displayName(reg, kind, id);
    const QString lang = reg.organisation.language;
    QString recipient = t->recipient.resolve(lang, QStringLiteral("en"));
    if (!t->party.isEmpty())
        recipient = displayName(reg, EntityKind::Party, t->party);
    const QString country = referenceLabel(CodeList::Destination, t->destination);
    if (!recipient.isEmpty() && !country.isEmpty())
        return QStringLiteral("%1 (%2)").arg(recipient, country);
    if (!recipient.isEmpty() || !country.isEmpty())
        return recipient.isEmpty() ? country : recipient;
    return QCoreApplication::translate("Fortegnelse::Fields", "Transfer %1").arg(reg.transfers.indexOf(id) + 1);
}

} // namespace Fortegnelse
