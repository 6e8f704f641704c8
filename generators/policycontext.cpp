#include "policycontext.h"

#include "gapmarker.h"

#include "referencedata.h"
#include "templatedata.h"

#include <QJsonArray>
#include <QLocale>

namespace Fortegnelse {

namespace {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

using TemplateData::clause;
using TemplateData::lines;
using TemplateData::list;

Data str(const QString &s)
{
    return TemplateData::text(s);
}

template <class T> QStringList names(const Register &reg, const EntityList<T> &, const QStringList &ids,
                                     const LanguageFormats &f)
{
    QStringList out;
    for (const QString &id : ids)
        if (const T *item = reg.list<T>().find(id))
            out.append(f.text(item->name));
    return out;
}

} // namespace

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

namespace {

/// The organisation exports from an EEA/EFTA state, and the adequacy decision for
/// \a destination is not yet part of the EEA Agreement.
bool adequacyNotInEea(const Register &reg, const QString &destination)
{
    const auto *c = ReferenceData::instance().country(destination);
    return c && c->notInEea && ReferenceData::isEeaEfta(reg.organisation.country);
}

Data basisData(CodeList list, const QString &code, const QString &citation, const LanguageFormats &f)
{
    if (code.isEmpty())
        return false;
    const auto *e = ReferenceData::instance().entry(list, code);
    Data d;
    d.set("label", str(e ? f.text(e->label) : code));
    d.set("citation", str(citation));
    return d;
}

Data purposeData(const Purpose &p, const LanguageFormats &f)
{
    Data d;
    d.set("description", clause(f.text(p.description)));
    d.set("basis", basisData(CodeList::Art6, p.legalBasis, f.art6(p.legalBasis), f));
    for (const char *letter : {"a", "b", "c", "d", "e", "f"})
        d.set(std::string("basis_") + letter, p.legalBasis == QLatin1String(letter));
    d.set("legitimateInterest", clause(f.text(p.legitimateInterest)));
    d.set("directMarketing", p.directMarketing);
    d.set("special", basisData(CodeList::Art9, p.specialCondition, f.art9(p.specialCondition), f));
    d.set("criminal", basisData(CodeList::Art10, p.criminalBasis, f.citation(p.criminalBasis), f));
    Data cpr = basisData(CodeList::Cpr, p.cprGround, f.citation(p.cprGround), f);
    if (!p.cprGround.isEmpty()) {
        // The number is named by the country whose law the ground is (item 9).
        const QString country = ReferenceData::instance().groundCountry(CodeList::Cpr, p.cprGround);
        cpr.set("dk", country == u"DK");
        cpr.set("no", country == u"NO");
        cpr.set("se", country == u"SE");
        cpr.set("other", country != u"DK" && country != u"NO" && country != u"SE");
    }
    d.set("cpr", cpr);
    QStringList laws;
    for (const QString &key : p.lawReferences)
        laws.append(f.citation(key));
    d.set("law", str(f.join(laws)));
    return d;
}

Data partyData(const Register &reg, const Party &p, const LanguageFormats &f)
{
    Data d;
    d.set("name", str(p.name));
    d.set("country", str(p.country.isEmpty() ? QString() : f.country(p.country)));
    const auto *c = ReferenceData::instance().country(p.country);
    d.set("outsideEea", c && !c->isEea());
    d.set("service", clause(f.text(p.service)));
    d.set("website", str(p.website));
    d.set("privacyPolicyUrl", str(p.privacyPolicyUrl));
    d.set("arrangement", str(f.text(p.arrangement)));
    d.set("processing", str(f.text(p.processing)));
    d.set("email", str(p.email));
    List links;
    for (const Link &l : p.links) {
        Data link;
        link.set("title", str(l.title.isEmpty() ? l.url : l.title));
        link.set("url", str(l.url));
        links.push_back(link);
    }
    d.set("links", list(std::move(links)));
    List subs;
    for (const Party &s : reg.parties)
        if (s.parent == p.id) {
            Data sub;
            sub.set("name", str(s.name));
            sub.set("country", str(s.country.isEmpty() ? QString() : f.country(s.country)));
            sub.set("service", clause(f.text(s.service)));
            subs.push_back(sub);
        }
    QStringList subNames;
    for (const Party &sp : reg.parties)
        if (sp.parent == p.id)
            subNames.append(sp.country.isEmpty() ? sp.name
                                                 : QStringLiteral("%1 (%2)").arg(sp.name, f.country(sp.country)));
    d.set("hasSubProcessors", !subs.empty());
    d.set("subProcessorList", str(f.join(subNames)));
    d.set("subProcessors", list(std::move(subs)));
    return d;
}

} // namespace

MustacheData policyContext(const Register &reg, const PolicyFacts &facts, const TemplateSet &set)
{
    const LanguageFormats f(set, reg.organisation.language);
    const Organisation &o = reg.organisation;
    const PolicySettings &p = reg.policy;
    Data ctx;

    // Who we are.
    Data org;
    org.set("name", str(o.name));
    org.set("registrationNumber", str(o.registrationNumber));
    org.set("address", lines(o.address));
    org.set("country", str(o.country.isEmpty() ? QString() : f.country(o.country)));
    org.set("email", str(o.email));
    org.set("phone", str(o.phone));
    org.set("website", str(o.website));
    const QString registrationLabel = set.string(QStringLiteral("registrationLabels.") + o.country);
    org.set("registrationLabel", str(registrationLabel.isEmpty()
                                         ? set.string(QStringLiteral("registrationLabels.default"))
                                         : registrationLabel));
    ctx.set("org", org);
    const auto person = [&](const ContactPerson &c) -> Data {
        if (c == ContactPerson{})
            return false;
        Data d;
        d.set("name", str(c.name));
        d.set("email", str(c.email));
        d.set("phone", str(c.phone));
        d.set("address", lines(c.address));
        return d;
    };
    ctx.set("dpo", person(o.dpo));
    ctx.set("representative", person(o.representative));
    Data contact;
    contact.set("name", str(p.contactName));
    contact.set("email", str(p.contactEmail.isEmpty() ? o.email : p.contactEmail));
    contact.set("phone", str(p.contactPhone.isEmpty() ? o.phone : p.contactPhone));
    contact.set("page", str(o.contactPage));
    ctx.set("contact", contact);

    // The document.
    ctx.set("title", str(f.text(p.title)));
    ctx.set("scope", str(f.text(p.scope)));
    ctx.set("version", str(p.version));
    ctx.set("lastUpdated", str(f.date(p.lastUpdated)));
    ctx.set("changeNotice", clause(f.text(p.changeNotice)));
    ctx.set("responseTime", str(p.responseDays > 0 ? f.period(p.responseDays, QStringLiteral("days")) : QString()));
    const SubjectCategory *audience = reg.subjectCategories.find(facts.audience);
    ctx.set("audience", str(audience ? f.text(audience->name) : QString()));

    // What we do, and on which basis.
    List activities, allPurposes;
    QStringList purposeNames;
    for (const ProcessingActivity *a : facts.activities) {
        Data d;
        d.set("name", str(f.text(a->name)));
        d.set("description", clause(f.text(a->description)));
        List purposes;
        for (const Purpose &purpose : a->purposes)
            purposes.push_back(purposeData(purpose, f));
        d.set("purposes", list(std::move(purposes)));
        QStringList subjects;
        for (const MatrixRow &row : a->matrix)
            if (const SubjectCategory *s = reg.subjectCategories.find(row.subject))
                subjects.append(f.text(s->name));
        d.set("subjects", str(f.join(subjects)));
        d.set("data", str(f.join(names(reg, reg.dataCategories, a->data, f))));
        activities.push_back(d);
        purposeNames.append(f.text(a->name));
    }
    ctx.set("hasActivities", !activities.empty());
    ctx.set("activities", list(std::move(activities)));
    ctx.set("activityNames", str(f.join(purposeNames)));

    // What data, about whom.
    const auto categoryList = [&](DataKind kind) {
        List out;
        for (const QString &id : facts.data) {
            const DataCategory *c = reg.dataCategories.find(id);
            if (c->dataKind != kind)
                continue;
            Data d;
            d.set("name", str(f.text(c->name)));
            d.set("description", str(f.text(c->description)));
            out.push_back(d);
        }
        return list(std::move(out));
    };
    ctx.set("hasData", !facts.data.isEmpty() || !facts.subjects.isEmpty());
    for (const auto &[key, kind] : {std::pair{"ordinaryData", DataKind::Ordinary},
                                    std::pair{"specialData", DataKind::Special},
                                    std::pair{"criminalData", DataKind::Criminal},
                                    std::pair{"nationalIdData", DataKind::NationalId}}) {
        Data items = categoryList(kind);
        std::string flag = std::string("has") + key;
        flag[3] = char(std::toupper(flag[3]));
        ctx.set(flag, items.is_list());
        ctx.set(key, items);
    }
    List subjects;
    for (const QString &id : facts.subjects) {
        Data d;
        d.set("name", str(f.text(reg.subjectCategories.find(id)->name)));
        subjects.push_back(d);
    }
    ctx.set("subjects", list(std::move(subjects)));
    ctx.set("subjectNames", str(f.join(names(reg, reg.subjectCategories, facts.subjects, f))));

    // Where it comes from (Art. 14).
    List sources;
    bool indirectOnly = false;
    for (const ProcessingActivity *a : facts.activities) {
        indirectOnly |= a->indirectOnly;
        for (const Source &s : a->sources) {
            Data d;
            d.set("activity", str(f.text(a->name)));
            d.set("description", clause(f.text(s.description)));
            d.set("publiclyAvailable", s.publiclyAvailable);
            sources.push_back(d);
        }
    }
    ctx.set("hasSources", !sources.empty());
    ctx.set("sources", list(std::move(sources)));
    ctx.set("indirectOnly", indirectOnly);

    // Who receives it.
    // A joint-controller statement names the activities it concerns (item 12).
    const auto jointData = [&](const Party &party) {
        Data d = partyData(reg, party, f);
        QStringList concerned;
        for (const ProcessingActivity *a : facts.activities)
            if (a->jointControllers.contains(party.id))
                concerned.append(f.text(a->name));
        d.set("jointActivities", str(f.join(concerned)));
        return d;
    };
    List processors, controllers, authorities, joint;
    bool processorsAgreed = true; // "we have agreements with them" only if each is recorded
    for (const QString &id : facts.recipients) {
        const Party *party = reg.parties.find(id);
        Data d = partyData(reg, *party, f);
        switch (party->role) {
        case PartyRole::Processor:
        case PartyRole::SubProcessor:
            processorsAgreed &= party->agreement.isRecorded();
            processors.push_back(d);
            break;
        case PartyRole::PublicAuthority: authorities.push_back(d); break;
        case PartyRole::JointController: joint.push_back(jointData(*party)); break;
        default: controllers.push_back(d); break;
        }
    }
    for (const QString &id : facts.jointControllers)
        if (!facts.recipients.contains(id))
            joint.push_back(jointData(*reg.parties.find(id)));
    List recipientCategories;
    for (const LocalText &t : facts.recipientCategories) {
        Data d;
        d.set("name", str(f.text(t)));
        recipientCategories.push_back(d);
    }
    const bool anyRecipients = !processors.empty() || !controllers.empty() || !authorities.empty()
        || !recipientCategories.empty();
    ctx.set("hasProcessors", !processors.empty());
    ctx.set("processorsAgreed", processorsAgreed);
    ctx.set("hasControllers", !controllers.empty());
    ctx.set("hasAuthorities", !authorities.empty());
    ctx.set("hasRecipientCategories", !recipientCategories.empty());
    ctx.set("hasNamedRecipients", !processors.empty() || !controllers.empty() || !authorities.empty());
    ctx.set("processors", list(std::move(processors)));
    ctx.set("controllers", list(std::move(controllers)));
    ctx.set("authorities", list(std::move(authorities)));
    ctx.set("jointControllers", list(std::move(joint)));
    ctx.set("recipientCategories", list(std::move(recipientCategories)));
    ctx.set("hasRecipients", anyRecipients);

    // Transfers out of the EU/EEA: stated only as the register supports (transferstate.h).
    const QString lang = set.language();
    List transfers;
    QStringList transferCountries;
    for (const QString &id : facts.transfers) {
        const Transfer *t = reg.transfers.find(id);
        Data d;
        // A transfer whose country the officer has not recorded shows the gap, never a
        // guess such as "a country outside the EU/EEA", and no adequacy sentence.
        const QString country = t->destination.isEmpty() ? gapMarker(Gap::ThirdCountry, lang)
                                                         : f.country(t->destination);
        d.set("country", str(country));
        d.set("countryGap", t->destination.isEmpty());
        if (!transferCountries.contains(country))
            transferCountries.append(country);
        const Party *party = reg.parties.find(t->party);
        d.set("recipient", str(party ? party->name : f.text(t->recipient)));
        // An exporter in Norway, Iceland or Liechtenstein cannot rely on an adequacy decision
        // the EEA Agreement has not yet incorporated (Brazil): no adequacy sentence, a gap (item 9).
        const bool unusableAdequacy = t->mechanism == u"art45" && adequacyNotInEea(reg, t->destination);
        const auto *mechanism = unusableAdequacy ? nullptr : ReferenceData::instance().entry(CodeList::Mechanism, t->mechanism);
        const bool mechanismGap = t->mechanism.isEmpty() || unusableAdequacy;
        d.set("mechanism", str(mechanism ? f.text(mechanism->label)
                                         : mechanismGap ? gapMarker(Gap::Mechanism, lang) : QString()));
        d.set("mechanismGap", mechanismGap);
        d.set("adequacy", t->mechanism == u"art45" && !t->destination.isEmpty() && !unusableAdequacy);
        d.set("art45", str(set.string(QStringLiteral("citation.art45"))));
        d.set("derogation", mechanism && mechanism->extra == u"derogation");
        d.set("scc", t->mechanism == u"art46-2-c"); // cited with the decision that adopted them
        // Adequacy for the US covers certified organisations only: say "certified" only
        // when the register records the certification and when it was checked (item 4).
        d.set("dpf", t->mechanism == u"art45" && t->destination == u"US" && party && party->dpfCertified
                         && party->dpfChecked.isValid());
        // The US decision covers only certified organisations: the adequacy sentence always
        // names the Data Privacy Framework as the mechanism relied on, never the country alone.
        d.set("dpfScope", t->mechanism == u"art45" && t->destination == u"US");
        d.set("safeguards", str(f.text(t->safeguards)));
        d.set("copyAvailable", !t->mechanism.isEmpty() && t->mechanism != u"art45"
                                   && !(mechanism && mechanism->extra == u"derogation"));
        transfers.push_back(d);
    }
    // Recipients outside the EU/EEA with no transfer recorded for them: named, with the
    // missing mechanism shown as a gap.
    for (const ReachedRecipient &r : facts.transferFindings.unrecorded) {
        const QString country = f.country(r.country);
        Data d;
        d.set("country", str(country));
        d.set("recipient", str(r.name));
        d.set("mechanism", str(gapMarker(Gap::Mechanism, lang)));
        d.set("mechanismGap", true);
        if (!transferCountries.contains(country))
            transferCountries.append(country);
        transfers.push_back(d);
    }
    const TransferState transferState = facts.transferFindings.state;
    if (transferState == TransferState::Exist && transfers.empty()) { // the officer said yes, nothing more
        Data d;
        d.set("country", str(gapMarker(Gap::ThirdCountry, lang)));
        d.set("mechanism", str(gapMarker(Gap::Mechanism, lang)));
        d.set("mechanismGap", true);
        transfers.push_back(d);
    }
    ctx.set("hasTransfers", transferState == TransferState::Exist);
    ctx.set("noTransfers", transferState == TransferState::NoneConfirmed);
    ctx.set("transfersUnknown", transferState == TransferState::Unknown);
    ctx.set("transferCountries", str(f.join(transferCountries)));
    ctx.set("transfers", list(std::move(transfers)));

    // How long: one list per activity. Besides reading better, it keeps text layout
    // linear, since QTextDocument pays for each list item in proportion to the list.
    List retention;
    for (const ProcessingActivity *a : facts.activities) {
        List rules;
        for (const RetentionRule &r : a->retention) {
            Data d;
            d.set("data", str(f.join(names(reg, reg.dataCategories, r.data, f))));
            d.set("period", str(r.amount > 0 ? f.period(r.amount, toCode(r.unit)) : QString()));
            d.set("trigger", clause(f.text(r.trigger)));
            d.set("criterion", clause(f.text(r.criterion)));
            QStringList laws;
            for (const QString &key : r.lawReferences) {
                // A provision with a statutory period states it where the rule has none (item 11).
                QString law = f.citation(key);
                if (const auto *t = ReferenceData::instance().statutoryPeriod(key); t && r.amount == 0)
                    law += QStringLiteral(" (%1)").arg(f.period(t->amount, t->unit));
                laws.append(law);
            }
            d.set("law", str(f.join(laws)));
            d.set("deletion", clause(f.text(r.deletion)));
            d.set("gap", false);
            rules.push_back(d);
        }
        // A data category no rule covers is named with a gap, never silently left out (item 12).
        const bool coversAll = std::any_of(a->retention.cbegin(), a->retention.cend(),
                                           [](const RetentionRule &r) { return r.data.isEmpty(); });
        QStringList unretained;
        for (const QString &id : a->data)
            if (!coversAll && std::none_of(a->retention.cbegin(), a->retention.cend(),
                                           [&](const RetentionRule &r) { return r.data.contains(id); }))
                unretained.append(id);
        if (!unretained.isEmpty()) {
            Data d;
            d.set("data", str(f.join(names(reg, reg.dataCategories, unretained, f))));
            for (const char *key : {"period", "trigger", "criterion", "law", "deletion"})
                d.set(key, false);
            d.set("gap", str(gapMarker(Gap::Retention, lang)));
            rules.push_back(d);
        }
        if (rules.empty())
            continue;
        Data group;
        group.set("activity", str(f.text(a->name)));
        group.set("rules", Data(rules));
        retention.push_back(group);
    }
    ctx.set("hasRetention", !retention.empty());
    ctx.set("retention", list(std::move(retention)));

    // Automated decisions and the duty to provide data: an answer is stated only where
    // the officer recorded one; an unanswered activity shows a gap.
    List automated, provision;
    QStringList automatedGaps, provisionGaps;
    bool allAutomatedAnswered = true;
    for (const ProcessingActivity *a : facts.activities) {
        if (a->automated.used == Answer::Yes) {
            Data d;
            d.set("activity", str(f.text(a->name)));
            d.set("profiling", a->automated.profiling);
            d.set("logic", clause(f.text(a->automated.logic)));
            d.set("significance", clause(f.text(a->automated.significance)));
            automated.push_back(d);
        } else if (a->automated.used == Answer::NotAssessed) {
            allAutomatedAnswered = false;
            automatedGaps.append(f.text(a->name));
        }
        const bool obliged = a->provision == ProvisionRequirement::Statutory
            || a->provision == ProvisionRequirement::Contractual
            || a->provision == ProvisionRequirement::ContractPrerequisite;
        if (obliged) {
            Data d;
            d.set("activity", str(f.text(a->name)));
            d.set("statutory", a->provision == ProvisionRequirement::Statutory);
            d.set("contractual", a->provision == ProvisionRequirement::Contractual);
            d.set("prerequisite", a->provision == ProvisionRequirement::ContractPrerequisite);
            d.set("consequence", clause(f.text(a->provisionConsequence)));
            provision.push_back(d);
        } else if (a->provision == ProvisionRequirement::NotAssessed && !a->indirectOnly) {
            provisionGaps.append(f.text(a->name));
        }
    }
    const auto gapData = [&](Gap gap, const QStringList &activities) -> Data {
        if (activities.isEmpty())
            return false;
        Data d;
        d.set("marker", str(gapMarker(gap, lang)));
        d.set("activities", str(f.join(activities)));
        return d;
    };
    ctx.set("hasAutomated", !automated.empty());
    ctx.set("noAutomated", automated.empty() && allAutomatedAnswered && !facts.activities.isEmpty());
    ctx.set("automatedGap", gapData(Gap::Automated, automatedGaps));
    ctx.set("hasProvision", !provision.empty() || !provisionGaps.isEmpty());
    ctx.set("provisionOthersVoluntary", provisionGaps.isEmpty());
    ctx.set("provisionGap", gapData(Gap::Provision, provisionGaps));
    ctx.set("automated", list(std::move(automated)));
    ctx.set("provision", list(std::move(provision)));

    // Rights, derived from the bases.
    Data rights;
    rights.set("portability", facts.rights.portability);
    rights.set("objection", facts.rights.objection);
    rights.set("objectMarketing", facts.rights.objectMarketing);
    rights.set("withdrawConsent", facts.rights.withdrawConsent);
    rights.set("erasureLimited", facts.rights.erasureLimited);
    ctx.set("rights", rights);

    // Security.
    List measures;
    for (const SecurityMeasure &m : reg.measures) {
        Data d;
        d.set("name", str(f.text(m.name)));
        d.set("description", str(f.text(m.description)));
        measures.push_back(d);
    }
    ctx.set("hasSecurity", !o.securityOverview.isEmpty() || !measures.empty());
    ctx.set("hasMeasures", !measures.empty());
    ctx.set("securityOverview", str(f.text(o.securityOverview)));
    ctx.set("measures", list(std::move(measures)));

    // Complaints: the controller's own authority, and the reader's.
    const QString authorityCountry = o.supervisoryAuthority.isEmpty() ? o.country : o.supervisoryAuthority;
    if (const auto *a = ReferenceData::instance().authority(authorityCountry)) {
        Data d;
        d.set("name", str(f.text(a->name)));
        d.set("address", str(a->address));
        d.set("phone", str(a->phone));
        d.set("email", str(a->email));
        d.set("website", str(a->website));
        ctx.set("authority", d);
    } else {
        ctx.set("authority", false);
    }
    ctx.set("edpbMembers", str(ReferenceData::instance().edpbMembersUrl()));
    // Art. 77: a reader may complain where they live or work, too.
    ctx.set("foreignAuthority", true);

    // Cookies.
    List cookies;
    if (facts.includeCookies) {
        for (const Cookie &c : reg.cookies) {
            Data d;
            d.set("name", str(c.name));
            const Party *provider = reg.parties.find(c.party);
            d.set("provider", str(provider ? provider->name : c.provider));
            d.set("category", str(set.string(QStringLiteral("cookieCategories.") + toCode(c.category))));
            d.set("purpose", str(f.text(c.purpose)));
            d.set("duration", str(c.session ? set.string(QStringLiteral("session"))
                                  : c.durationAmount > 0 ? f.period(c.durationAmount, toCode(c.durationUnit))
                                                         : QString()));
            d.set("country", str(c.country.isEmpty() ? QString() : f.country(c.country)));
            cookies.push_back(d);
        }
    }
    ctx.set("hasCookies", facts.includeCookies);
    ctx.set("hasCookieList", !cookies.empty());
    ctx.set("cookies", list(std::move(cookies)));
    ctx.set("cookiePolicyUrl", str(facts.includeCookies ? p.cookiePolicyUrl : QString()));

    // Law and venue.
    ctx.set("governingLaw", str(p.governingLaw.isEmpty() ? QString() : f.country(p.governingLaw)));
    ctx.set("venue", str(f.text(p.venue)));

    // Where we are the processor.
    List clients;
    bool clientsAgreed = !facts.clients.isEmpty();
    for (const QString &id : facts.clients) {
        const Party *c = reg.parties.find(id);
        clientsAgreed &= c && c->agreement.isRecorded();
        if (c)
            clients.push_back(partyData(reg, *c, f));
    }
    ctx.set("clientsAgreed", clientsAgreed);
    List processorActivities;
    for (const ProcessingActivity *a : facts.processorActivities) {
        Data d;
        d.set("name", str(f.text(a->name)));
        d.set("description", str(f.text(a->description)));
        processorActivities.push_back(d);
    }
    const bool isProcessor = !facts.processorActivities.isEmpty();
    ctx.set("isProcessor", isProcessor);
    ctx.set("clients", list(std::move(clients)));
    ctx.set("processorActivities", list(std::move(processorActivities)));
    return ctx;
}

} // namespace Fortegnelse
