// The policy's template data for transfers, retention, obligations, rights and cookies
// (see policysections.h).

#include "policysections.h"

#include "gapmarker.h"

#include "referencedata.h"
#include "templatedata.h"

namespace Fortegnelse::PolicySections {

namespace {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

using TemplateData::clause;
using TemplateData::list;

Data str(const QString &s)
{
    return TemplateData::text(s);
}

/// The organisation exports from an EEA/EFTA state, and the adequacy decision for
/// \a destination is not yet part of the EEA Agreement.
bool adequacyNotInEea(const Register &reg, const QString &destination)
{
    const auto *c = ReferenceData::instance().country(destination);
    return c && c->notInEea && ReferenceData::isEeaEfta(reg.organisation.country);
}

/// One line of the transfer list: recipients going to the same country on the same
/// mechanism share it, so the adequacy sentence is said once per country (item 2).
struct TransferLine
{
    QString country;
    QString countryInText; ///< for running text: "the United States"
    bool countryGap = false;
    QString mechanism;
    bool mechanismGap = false;
    bool adequacy = false, derogation = false, scc = false, dpf = false, dpfScope = false, copyAvailable = false;
    QString safeguards;
    QStringList recipients;

    bool sameAs(const TransferLine &o) const
    {
        return country == o.country && countryGap == o.countryGap && mechanism == o.mechanism
            && mechanismGap == o.mechanismGap && adequacy == o.adequacy && derogation == o.derogation
            && scc == o.scc && dpf == o.dpf && dpfScope == o.dpfScope && copyAvailable == o.copyAvailable
            && safeguards == o.safeguards;
    }
    Data toData(const LanguageFormats &f, const QString &art45) const
    {
        Data d;
        d.set("country", str(country));
        d.set("countryGap", countryGap);
        d.set("recipient", str(f.join(recipients)));
        d.set("mechanism", str(mechanism));
        d.set("mechanismGap", mechanismGap);
        d.set("adequacy", adequacy);
        d.set("art45", str(art45));
        d.set("derogation", derogation);
        d.set("scc", scc);
        d.set("dpf", dpf);
        d.set("dpfScope", dpfScope);
        d.set("safeguards", str(safeguards));
        d.set("copyAvailable", copyAvailable);
        return d;
    }
};

} // namespace

void transfers(MustacheData &ctx, const Input &in)
{
    const Register &reg = in.reg;
    const LanguageFormats &f = in.f;
    const QString lang = in.set.language();
    QList<TransferLine> lines;
    const auto add = [&](TransferLine line, const QString &recipient) {
        if (!recipient.isEmpty())
            line.recipients.append(recipient);
        for (TransferLine &l : lines)
            if (l.sameAs(line)) {
                l.recipients.append(line.recipients);
                return;
            }
        lines.append(line);
    };
    for (const QString &id : in.facts.transfers) {
        const Transfer *t = reg.transfers.find(id);
        TransferLine l;
        // A transfer whose country the officer has not recorded shows the gap, never a
        // guess such as "a country outside the EU/EEA", and no adequacy sentence.
        l.country = t->destination.isEmpty() ? gapMarker(Gap::ThirdCountry, lang) : f.country(t->destination);
        l.countryInText = t->destination.isEmpty() ? l.country : f.countryInText(t->destination);
        l.countryGap = t->destination.isEmpty();
        const Party *party = reg.parties.find(t->party);
        // An exporter in Norway, Iceland or Liechtenstein cannot rely on an adequacy decision
        // the EEA Agreement has not yet incorporated (Brazil): no adequacy sentence, a gap (item 9).
        const bool unusableAdequacy = t->mechanism == u"art45" && adequacyNotInEea(reg, t->destination);
        const auto *mechanism = unusableAdequacy ? nullptr : ReferenceData::instance().entry(CodeList::Mechanism, t->mechanism);
        l.mechanismGap = t->mechanism.isEmpty() || unusableAdequacy;
        l.mechanism = mechanism ? f.text(mechanism->label) : l.mechanismGap ? gapMarker(Gap::Mechanism, lang)
                                                                            : QString();
        l.adequacy = t->mechanism == u"art45" && !t->destination.isEmpty() && !unusableAdequacy;
        l.derogation = mechanism && mechanism->extra == u"derogation";
        l.scc = t->mechanism == u"art46-2-c"; // cited with the decision that adopted them
        // Adequacy for the US covers certified organisations only: say "certified" only
        // when the register records the certification and when it was checked (item 4).
        l.dpf = t->mechanism == u"art45" && t->destination == u"US" && party && party->dpfCertified
            && party->dpfChecked.isValid();
        // The adequacy sentence for the US always names the Data Privacy Framework.
        l.dpfScope = t->mechanism == u"art45" && t->destination == u"US";
        l.safeguards = f.text(t->safeguards);
        l.copyAvailable = !t->mechanism.isEmpty() && t->mechanism != u"art45" && !l.derogation;
        add(l, party ? f.party(*party) : f.text(t->recipient));
    }
    // Recipients outside the EU/EEA with no transfer recorded for them: named, with the
    // missing mechanism shown as a gap.
    for (const ReachedRecipient &r : in.facts.transferFindings.unrecorded) {
        TransferLine l;
        l.country = f.country(r.country);
        l.countryInText = f.countryInText(r.country);
        l.mechanism = gapMarker(Gap::Mechanism, lang);
        l.mechanismGap = true;
        const Party *party = r.party.isEmpty() ? nullptr : in.reg.parties.find(r.party);
        add(l, party ? f.party(*party) : r.name);
    }
    const TransferState state = in.facts.transferFindings.state;
    if (state == TransferState::Exist && lines.isEmpty()) { // the officer said yes, nothing more
        TransferLine l;
        l.country = gapMarker(Gap::ThirdCountry, lang);
        l.countryInText = l.country;
        l.mechanism = gapMarker(Gap::Mechanism, lang);
        l.mechanismGap = true;
        lines.append(l);
    }
    List transfers;
    QStringList countries;
    const QString art45 = in.set.string(QStringLiteral("citation.art45"));
    for (const TransferLine &l : std::as_const(lines)) {
        transfers.push_back(l.toData(f, art45));
        if (!countries.contains(l.countryInText))
            countries.append(l.countryInText);
    }
    ctx.set("hasTransfers", state == TransferState::Exist);
    ctx.set("noTransfers", state == TransferState::NoneConfirmed);
    ctx.set("transfersUnknown", state == TransferState::Unknown);
    ctx.set("transferCountries", str(f.join(countries)));
    ctx.set("transfers", list(std::move(transfers)));
}

void retention(MustacheData &ctx, const Input &in)
{
    const Register &reg = in.reg;
    const LanguageFormats &f = in.f;
    const QStringList nouns = properNouns(reg);
    const auto dataNames = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            if (const DataCategory *c = reg.dataCategories.find(id))
                out.append(inRunningText(f.text(c->name), nouns));
        QString joined = f.join(out);
        if (!joined.isEmpty())
            joined[0] = joined.at(0).toUpper(); // it opens a table cell
        return joined;
    };
    // One table for the whole policy: purpose, data, how long. A rule that covers every
    // category of its activity says so instead of naming them all again (item 2).
    List rows;
    List groups; // one list per activity, the form earlier templates use
    for (const ProcessingActivity *a : in.facts.activities) {
        const QSet<QString> all(a->data.cbegin(), a->data.cend());
        bool first = true;
        List rules;
        const auto row = [&](Data d) {
            d.set("activity", str(first ? f.text(a->name) : QString()));
            first = false;
            rows.push_back(d);
            rules.push_back(d);
        };
        for (const RetentionRule &r : a->retention) {
            Data d;
            const bool everything = r.data.isEmpty() || QSet<QString>(r.data.cbegin(), r.data.cend()) == all;
            d.set("allData", everything);
            d.set("data", str(everything ? QString() : dataNames(r.data)));
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
            row(d);
        }
        // A data category no rule covers is named with a gap, never silently left out (item 12).
        const bool coversAll = std::any_of(a->retention.cbegin(), a->retention.cend(),
                                           [](const RetentionRule &r) { return r.data.isEmpty(); });
        QStringList unretained;
        for (const QString &id : a->data)
            if (!coversAll && std::none_of(a->retention.cbegin(), a->retention.cend(), [&](const RetentionRule &r) { return r.data.contains(id); }))
                unretained.append(id);
        if (!unretained.isEmpty()) {
            Data d;
            d.set("allData", false);
            d.set("data", str(dataNames(unretained)));
            for (const char *key : {"period", "trigger", "criterion", "law", "deletion"})
                d.set(key, false);
            d.set("gap", str(gapMarker(Gap::Retention, in.set.language())));
            row(d);
        }
        if (!rules.empty()) {
            Data group;
            group.set("activity", str(f.text(a->name)));
            group.set("rules", Data(rules));
            groups.push_back(group);
        }
    }
    ctx.set("retention", list(std::move(groups)));
    ctx.set("hasRetention", !rows.empty());
    ctx.set("retentionRows", list(std::move(rows)));
}

void obligations(MustacheData &ctx, const Input &in)
{
    const LanguageFormats &f = in.f;
    const QString lang = in.set.language();
    // An answer is stated only where the officer recorded one; an unanswered activity
    // shows a gap.
    List automated, provision;
    QStringList automatedGaps, provisionGaps;
    bool allAutomatedAnswered = true;
    for (const ProcessingActivity *a : in.facts.activities) {
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
    // A gap that concerns every purpose says so rather than naming them all again.
    const auto gapData = [&](Gap gap, const QStringList &activities, qsizetype of) -> Data {
        if (activities.isEmpty())
            return false;
        Data d;
        d.set("marker", str(gapMarker(gap, lang)));
        d.set("activities", str(activities.size() > 1 && activities.size() == of ? in.set.string(QStringLiteral("allPurposes")) : f.join(activities)));
        return d;
    };
    const auto direct = std::count_if(in.facts.activities.cbegin(), in.facts.activities.cend(),
                                      [](const ProcessingActivity *a) { return !a->indirectOnly; });
    ctx.set("hasAutomated", !automated.empty());
    ctx.set("noAutomated", automated.empty() && allAutomatedAnswered && !in.facts.activities.isEmpty());
    ctx.set("automatedGap", gapData(Gap::Automated, automatedGaps, in.facts.activities.size()));
    ctx.set("hasProvision", !provision.empty() || !provisionGaps.isEmpty());
    ctx.set("provisionOthersVoluntary", provisionGaps.isEmpty());
    ctx.set("provisionGap", gapData(Gap::Provision, provisionGaps, direct));
    ctx.set("automated", list(std::move(automated)));
    ctx.set("provision", list(std::move(provision)));
}

void rights(MustacheData &ctx, const Input &in)
{
    const Organisation &o = in.reg.organisation;
    const LanguageFormats &f = in.f;
    Data rights;
    rights.set("portability", in.facts.rights.portability);
    rights.set("objection", in.facts.rights.objection);
    rights.set("objectMarketing", in.facts.rights.objectMarketing);
    rights.set("withdrawConsent", in.facts.rights.withdrawConsent);
    rights.set("erasureLimited", in.facts.rights.erasureLimited);
    ctx.set("rights", rights);

    List measures;
    for (const SecurityMeasure &m : in.reg.measures) {
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

    const PolicySettings &p = in.reg.policy;
    ctx.set("governingLaw", str(p.governingLaw.isEmpty() ? QString() : f.country(p.governingLaw)));
    // "dansk ret", "svensk rätt": the law named as the language names it, where it can.
    ctx.set("governingLawPhrase", str(p.governingLaw.isEmpty() ? QString() : in.set.string(QStringLiteral("lawOf.") + p.governingLaw)));
    ctx.set("venue", str(f.text(p.venue)));
}

void cookies(MustacheData &ctx, const Input &in)
{
    const LanguageFormats &f = in.f;
    // Cookies as real policies describe them: by group under a plural heading, each
    // provider with what it does and for how long, without technical names, and without
    // a label for a value the register does not hold (item 5).
    List groups;
    List all; // the flat list earlier templates use
    // What the intro says follows the groups listed: necessary cookies are set so the site
    // works, the others with consent.
    bool necessary = false;
    bool consent = false;
    if (in.facts.includeCookies) {
        for (const CookieCategory category : {CookieCategory::Necessary, CookieCategory::Functional,
                                              CookieCategory::Statistics, CookieCategory::Marketing}) {
            List items;
            for (const Cookie &c : in.reg.cookies) {
                if (c.category != category)
                    continue;
                Data d;
                d.set("name", str(c.name));
                const Party *provider = in.reg.parties.find(c.party);
                d.set("provider", str(provider ? f.party(*provider) : c.provider));
                d.set("category", str(in.set.string(QStringLiteral("cookieCategories.") + toCode(c.category))));
                d.set("purpose", clause(f.text(c.purpose)));
                d.set("duration", str(c.session ? in.set.string(QStringLiteral("session")) : c.durationAmount > 0 ? f.period(c.durationAmount, toCode(c.durationUnit))
                                                                                                                  : QString()));
                d.set("country", str(c.country.isEmpty() ? QString() : f.country(c.country)));
                items.push_back(d);
                all.push_back(d);
            }
            if (items.empty())
                continue;
            (category == CookieCategory::Necessary ? necessary : consent) = true;
            Data g;
            g.set("heading", str(in.set.string(QStringLiteral("cookieGroups.") + toCode(category))));
            g.set("cookies", Data(items));
            groups.push_back(g);
        }
    }
    ctx.set("hasCookies", in.facts.includeCookies);
    ctx.set("necessaryCookies", necessary);
    ctx.set("consentCookies", consent);
    // Where consent is withdrawn only as the register says.
    ctx.set("withdrawInBanner", in.reg.policy.cookieWithdrawal == u"banner");
    ctx.set("withdrawInBrowser", in.reg.policy.cookieWithdrawal == u"browser");
    ctx.set("hasCookieList", !all.empty());
    ctx.set("cookies", list(std::move(all)));
    ctx.set("cookieGroups", list(std::move(groups)));
    ctx.set("cookiePolicyUrl", str(in.facts.includeCookies ? in.reg.policy.cookiePolicyUrl : QString()));
}

} // namespace Fortegnelse::PolicySections
