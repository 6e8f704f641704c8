#include "labels.h"

#include "checksupport.h"
#include "document.h"
#include "kinds.h"
#include "referencedata.h"
#include "register.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Fortegnelse {

namespace {

struct Entry
{
    const char *key;
    const char *label;
    const char *help;
};

// Field keys are the JSON keys of docs/register-format.md.
const Entry fields[] = {
    {"name", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Name"), nullptr},
    {"registrationNumber", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Registration number"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "CVR number, organisation number or similar.")},
    {"address", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Address"), nullptr},
    {"country", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Country"), nullptr},
    {"email", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "E-mail"), nullptr},
    {"phone", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Phone"), nullptr},
    {"website", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Website"), nullptr},
    {"contactPage", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Contact page"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "A web page people can contact you through, e.g. a form. The policy gives it when there is no e-mail address.")},
    {"dpo", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data protection officer"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 37-39; contact details go in the policy, Art. 13(1)(b).")},
    {"representative", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "EU representative"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 27, for controllers outside the EU.")},
    {"supervisoryAuthority", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Lead supervisory authority"), nullptr},
    {"language", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Language of the register"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "The language you write the register's texts in.")},
    {"securityOverview", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Security measures, general description"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(1)(g) and Art. 32.")},
    {"ref", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Common category"), nullptr},
    {"description", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Description"), nullptr},
    {"children", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Includes children"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "The Danish age of digital consent is 15 (DBL § 6(2)).")},
    {"kind", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Kind of data"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.")},
    {"type", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Type"), nullptr},
    {"provider", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Provider"), nullptr},
    {"party", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Party"), nullptr},
    {"category", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Category"), nullptr},
    {"purpose", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Purpose"), nullptr},
    {"session", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Session cookie"), nullptr},
    {"durationAmount", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Duration"), nullptr},
    {"durationUnit", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Duration unit"), nullptr},
    {"role", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Role"), nullptr},
    {"contactName", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Contact person"), nullptr},
    {"translatedName", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Name in this language"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "For a party named by what it does (\"Newsletter provider\"): its name in the language you write in. Left empty, documents use the name above.")},
    {"service", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Service"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "What they do for us, or what we share with them.")},
    {"parent", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Processor above"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).")},
    {"privacyPolicyUrl", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Privacy policy link"), nullptr},
    {"dpaUrl", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data processing agreement link"), nullptr},
    {"subProcessorsUrl", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Sub-processor list link"), nullptr},
    {"links", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Other links"), nullptr},
    {"title", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Title"), nullptr},
    {"url", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Link"), nullptr},
    {"agreement", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data processing agreement"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 28(3).")},
    {"reference", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Reference"), nullptr},
    {"signed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Signed"), nullptr},
    {"nextReview", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Next review"), nullptr},
    {"certifications", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Certifications"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "One per line.")},
    {"dpfCertified", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Certified under the EU-US Data Privacy Framework"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.")},
    {"dpfChecked", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "DPF certification checked on"), nullptr},
    {"arrangement", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Essence of the arrangement"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Joint controllers, Art. 26(2): made available to data subjects.")},
    {"processing", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Processing done for this controller"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(2)(b).")},
    {"clientClass", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "A class of clients, not one named client"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "For example all customers of a platform; each client is named in the list of clients.")},
    {"clientList", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Where the list of clients is kept"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "CRM, agreement archive: Art. 30(2)(a) requires each controller's name and contact details.")},
    {"notes", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Notes"), nullptr},
    {"department", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Department"), nullptr},
    {"client", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Client controller"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "When we process as a processor: the controller we act for, Art. 30(2).")},
    {"jointControllers", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Joint controllers"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 26.")},
    {"status", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Status"), nullptr},
    {"purposes", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Purposes and legal bases"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).")},
    {"legalBasis", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Legal basis (Art. 6(1))"), nullptr},
    {"legitimateInterest", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Legitimate interest pursued"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Required where the basis is Art. 6(1)(f); Art. 13(1)(d).")},
    {"directMarketing", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Direct marketing"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Gives the absolute right to object, Art. 21(2)-(4).")},
    {"specialCondition", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Condition for special categories (Art. 9(2))"), nullptr},
    {"criminalBasis", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Basis for criminal-offence data (Art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)"), nullptr},
    {"cprGround", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Ground for national identity numbers (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)"), nullptr},
    {"lawReferences", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "National law references"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "One per line: a reference key such as bogforingsloven-10, or free text.")},
    {"consentRecord", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Where consent is recorded"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 7(1): you must be able to show consent was given.")},
    {"data", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data categories"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(1)(c).")},
    {"matrix", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Which data concern whom"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Datatilsynet's 2020 guidance: link each data category to the subject categories it concerns.")},
    {"subject", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Subject category"), nullptr},
    {"subjects", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Subject categories"), nullptr},
    {"recipients", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Recipients"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(1)(d): for each recipient, the data and subject categories it receives.")},
    {"unconfirmed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Not confirmed (generated by an import)"), nullptr},
    {"recipientCategory", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Category of recipients"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "When no single party is named.")},
    {"sources", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Sources"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Where data comes from when not from the data subject, Art. 14(2)(f).")},
    {"publiclyAvailable", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Publicly available"), nullptr},
    {"indirectOnly", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "No data is collected from the data subjects"), nullptr},
    {"provision", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Must the data be provided?"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 13(2)(e).")},
    {"provisionConsequence", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Consequence of not providing it"), nullptr},
    {"provisionReason", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Why this answer"), nullptr},
    {"provisionAssessed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Answered on"), nullptr},
    {"thirdCountryTransfers", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data goes outside the EU/EEA"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Not assessed: derived from the recipients' countries. No: confirms that none of the data leaves the EU/EEA, even where a country is unknown.")},
    {"transfersAssessed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Answered on"), nullptr},
    {"automated", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Automated decisions"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 22; Art. 13(2)(f).")},
    {"used", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Used"), nullptr},
    {"profiling", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Profiling"), nullptr},
    {"logic", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Logic involved"), nullptr},
    {"significance", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Significance and consequences"), nullptr},
    {"dpia", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Data protection impact assessment"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 35.")},
    {"required", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Required"), nullptr},
    {"done", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Done"), nullptr},
    {"date", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Date"), nullptr},
    {"reason", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Reason"), nullptr},
    {"assessed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Answered on"), nullptr},
    {"systems", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Systems"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "One per line.")},
    {"retention", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Retention"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.")},
    {"amount", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Period"), nullptr},
    {"unit", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Unit"), nullptr},
    {"trigger", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Counted from"), nullptr},
    {"criterion", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Criterion"), nullptr},
    {"deletion", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "How it is deleted"), nullptr},
    {"measures", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Security measures"), nullptr},
    {"created", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Created"), nullptr},
    {"lastReviewed", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Last reviewed"), nullptr},
    {"destination", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Country or organisation"), nullptr},
    {"recipient", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Recipient"), nullptr},
    {"activities", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Processing activities"), nullptr},
    {"mechanism", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Transfer mechanism"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Art. 45, 46 or 49.")},
    {"safeguards", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Safeguards or assessment"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "For Art. 49(1) second subparagraph, the documentation Art. 30(1)(e) requires.")},
    {"documentReference", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Document reference"), nullptr},
    {"assessmentDate", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Transfer impact assessment date"), nullptr},
    {"scope", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "What the policy covers"), nullptr},
    {"version", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Version"), nullptr},
    {"lastUpdated", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Last updated"), nullptr},
    {"published", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Published"), nullptr},
    {"governingLaw", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Governing law"), nullptr},
    {"venue", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Venue"), nullptr},
    {"responseDays", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Requests answered within (days)"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "0: within one month, Art. 12(3).")},
    {"contactEmail", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Privacy contact e-mail"), nullptr},
    {"contactPhone", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Privacy contact phone"), nullptr},
    {"cookiePolicyUrl", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Cookie policy link"), nullptr},
    {"cookieWithdrawal", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Consent to cookies is withdrawn in"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "The policy tells visitors where; left empty, it says nothing about it and the checks ask.")},
    {"changeNotice", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "How readers are told of changes"), nullptr},
    {"sections", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Your own sections"), nullptr},
    {"body", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Text"), QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Blank lines separate paragraphs; lines starting with \"- \" make a list.")},
    {"anchor", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Placed next to"), nullptr},
    {"placement", QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Placement"), nullptr},
};

const Entry codes[] = {
    {"controller", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Controller"), nullptr},
    {"joint-controller", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Joint controller"), nullptr},
    {"processor", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Processor"), nullptr},
    {"sub-processor", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Sub-processor"), nullptr},
    {"client-controller", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Client controller"), nullptr},
    {"public-authority", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Public authority"), nullptr},
    {"draft", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Draft"), nullptr},
    {"active", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Active"), nullptr},
    {"retired", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Retired"), nullptr},
    {"ordinary", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Ordinary"), nullptr},
    {"special", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Special category (Art. 9)"), nullptr},
    {"criminal", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Criminal offences (Art. 10)"), nullptr},
    {"national-id", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "CPR or national identity number"), nullptr},
    {"days", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Days"), nullptr},
    {"weeks", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Weeks"), nullptr},
    {"months", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Months"), nullptr},
    {"years", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Years"), nullptr},
    {"necessary", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Necessary"), nullptr},
    {"functional", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Functional"), nullptr},
    {"statistics", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Statistics"), nullptr},
    {"marketing", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Marketing"), nullptr},
    {"not-required", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Not required"), nullptr},
    {"not-assessed", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Not assessed"), nullptr},
    {"voluntary", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Voluntary"), nullptr},
    {"no", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "No"), nullptr},
    {"yes", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Yes"), nullptr},
    {"statutory", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Required by law"), nullptr},
    {"contractual", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Required by contract"), nullptr},
    {"contract-prerequisite", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Needed to enter into a contract"), nullptr},
    {"technical", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Technical"), nullptr},
    {"organisational", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Organisational"), nullptr},
    {"before", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "Before"), nullptr},
    {"after", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "After"), nullptr},
};

struct Named
{
    const char *key;
    const char *text;
};

const char *const unnamedTransfer = QT_TRANSLATE_NOOP("Fortegnelse::Fields", "Transfer %1");

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

const Named cookieWithdrawals[] = {
    {"banner", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "The website's cookie settings")},
    {"browser", QT_TRANSLATE_NOOP("Fortegnelse::Codes", "The visitor's browser settings")},
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
    {"legalBasis", CodeList::Art6},
    {"specialCondition", CodeList::Art9},
    {"criminalBasis", CodeList::Art10},
    {"cprGround", CodeList::Cpr},
    {"country", CodeList::Country},
    {"supervisoryAuthority", CodeList::Country},
    {"governingLaw", CodeList::Country},
    {"language", CodeList::Language},
    {"anchor", CodeList::PolicySection},
    {"cookieWithdrawal", CodeList::CookieWithdrawal},
    {"destination", CodeList::Destination},
    {"mechanism", CodeList::Mechanism},
};

template <std::size_t N> const char *lookup(const Named (&table)[N], const QString &key)
{
    for (const Named &n : table)
        if (key == QLatin1String(n.key))
            return n.text;
    return nullptr;
}

const Entry *find(const Entry *begin, const Entry *end, const QString &key)
{
    for (const Entry *e = begin; e != end; ++e)
        if (key == QLatin1String(e->key))
            return e;
    return nullptr;
}

} // namespace

QString fieldLabel(const QString &key)
{
    const Entry *e = find(std::begin(fields), std::end(fields), key);
    return e ? QCoreApplication::translate("Fortegnelse::Fields", e->label) : key;
}

QString fieldHelp(const QString &key)
{
    const Entry *e = find(std::begin(fields), std::end(fields), key);
    return e && e->help ? QCoreApplication::translate("Fortegnelse::Fields", e->help) : QString();
}

QString codeLabel(const QString &code)
{
    const Entry *e = find(std::begin(codes), std::end(codes), code);
    return e ? QCoreApplication::translate("Fortegnelse::Codes", e->label) : code;
}

bool hasFieldLabel(const QString &key)
{
    return find(std::begin(fields), std::end(fields), key) != nullptr;
}

bool hasCodeLabel(const QString &code)
{
    return find(std::begin(codes), std::end(codes), code) != nullptr;
}

QString kindTitle(EntityKind kind)
{
    return QCoreApplication::translate("Fortegnelse::Kinds", kindInfo(kind).title);
}

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
    case CodeList::CookieWithdrawal:
        if (const char *text = lookup(cookieWithdrawals, code))
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
    const Transfer *t = kind == EntityKind::Transfer ? reg.transfers.find(id) : nullptr;
    if (!t) {
        const QString name = displayName(reg, kind, id);
        if (name.trimmed().isEmpty() || name == id)
            return QCoreApplication::translate("Fortegnelse::Pickers", "Unnamed %1").arg(kindLabel(kind));
        return name;
    }
    const QString lang = reg.organisation.language;
    QString recipient = t->recipient.resolve(lang, QStringLiteral("en"));
    if (!t->party.isEmpty())
        recipient = displayName(reg, EntityKind::Party, t->party);
    const QString country = referenceLabel(CodeList::Destination, t->destination);
    if (!recipient.isEmpty() && !country.isEmpty())
        return QStringLiteral("%1 (%2)").arg(recipient, country);
    if (!recipient.isEmpty() || !country.isEmpty())
        return recipient.isEmpty() ? country : recipient;
    return QCoreApplication::translate("Fortegnelse::Fields", unnamedTransfer).arg(reg.transfers.indexOf(id) + 1);
}

QList<LabelText> labelTexts()
{
    QList<LabelText> out;
    const auto add = [&](const QString &key, const char *context, const char *source) {
        out.append({key, context, source});
    };
    for (const Entry &e : fields)
        add(QLatin1String("field:") + QLatin1String(e.key), "Fortegnelse::Fields", e.label);
    for (const Entry &e : codes)
        add(QLatin1String("code:") + QLatin1String(e.key), "Fortegnelse::Codes", e.label);
    for (const Named &n : elements)
        add(QLatin1String("element:") + QLatin1String(n.key), "Fortegnelse::Fields", n.text);
    for (const Named &n : languages)
        add(QLatin1String("language:") + QLatin1String(n.key), "Fortegnelse::Codes", n.text);
    for (const Named &n : policySections)
        add(QLatin1String("section:") + QLatin1String(n.key), "Fortegnelse::Codes", n.text);
    add(QStringLiteral("transfer"), "Fortegnelse::Fields", unnamedTransfer);
    return out;
}

} // namespace Fortegnelse
