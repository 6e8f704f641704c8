#include "checks.h"

#include "checkrules.h"
#include "checksupport.h"
#include "kinds.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

// The register-wide checks (the organisation, the policy and its cookies), the shared
// index, and checkRegister(), which runs every check. The per-item checks are in
// checksactivity.cpp and checksparty.cpp; rules added in files of their own are listed
// in checkrules.cpp.

namespace Fortegnelse {

using namespace CheckSupport;

CheckIndex::CheckIndex(const Register &reg)
    : m_nationalLaw(ReferenceData::nationalLaw(reg.organisation.country))
{
    for (const Party &p : reg.parties)
        if (!p.parent.isEmpty())
            m_children[p.parent].append(p.id);
    for (const ProcessingActivity &a : reg.activities)
        if (a.role == ActivityRole::Processor && a.status != ActivityStatus::Retired)
            for (const Disclosure &d : a.recipients)
                m_ownSubProcessors.insert(d.party);
    for (const Transfer &t : reg.transfers) {
        if (!t.party.isEmpty()) {
            m_transfers.insert(t.party + QLatin1Char('\n') + t.destination);
            m_transfersByParty[t.party].append(t.id);
            if (t.destination == u"US" && t.mechanism == u"art45")
                m_usAdequacy.insert(t.party);
        }
        for (const QString &activity : t.activities)
            m_transfersByActivity[activity].append(t.id);
    }
}

bool CheckIndex::hasTransfer(const QString &party, const QString &country) const
{
    return m_transfers.contains(party + QLatin1Char('\n') + country);
}

QStringList CheckIndex::transfersOfActivity(const QString &activity) const
{
    return m_transfersByActivity.value(activity);
}

QStringList CheckIndex::transfersOfParty(const QString &party) const
{
    return m_transfersByParty.value(party);
}

QList<Problem> checkOrganisation(const Register &reg, const CheckContext &ctx)
{
    const Organisation &o = reg.organisation;
    Sink out{EntityKind::Organisation, {}, {}};
    if (isBlank(o.name))
        out.add(Severity::Error, "organisation-name-missing", QStringLiteral("name"),
                QCoreApplication::translate("Fortegnelse::Checks", "The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a))."));
    if (isBlank(o.address))
        out.add(Severity::Warning, "organisation-contact-missing", QStringLiteral("address"),
                QCoreApplication::translate("Fortegnelse::Checks", "The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice."));
    if (isBlank(o.email) && isBlank(o.phone))
        out.add(Severity::Warning, "organisation-contact-missing", QStringLiteral("email"),
                QCoreApplication::translate("Fortegnelse::Checks", "The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2))."));
    if (isBlank(o.email) && isBlank(o.phone) && isBlank(o.contactPage) && isBlank(reg.policy.contactEmail)
        && isBlank(reg.policy.contactPhone))
        out.add(Severity::Error, "controller-unreachable", QStringLiteral("contactPage"),
                QCoreApplication::translate("Fortegnelse::Checks", "The privacy policy can give no way to contact the controller: there is no e-mail address, phone number or contact page. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details, and Art. 12(2) that people can exercise their rights."));
    if (!isBlank(o.dpo.name) && isBlank(o.dpo.email) && isBlank(o.dpo.phone))
        out.add(Severity::Warning, "dpo-contact-missing", QStringLiteral("dpo.email"),
                QCoreApplication::translate("Fortegnelse::Checks", "The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.")
                    .arg(o.dpo.name));
    out.problems += runCheckRules(reg, EntityKind::Organisation, {}, ctx);
    return out.problems;
}

QList<Problem> checkPolicy(const Register &reg, const CheckContext &ctx)
{
    // Publishing stamps the policy, and that write itself moves Document::lastChange()
    // a moment past the stamp; only a change later than this counts as new content.
    constexpr qint64 publishingGraceSeconds = 60;
    const PolicySettings &p = reg.policy;
    Sink out{EntityKind::Policy, {}, {}};
    if (!p.published.isValid())
        out.add(Severity::Advice, "policy-never-published", QStringLiteral("published"),
                QCoreApplication::translate("Fortegnelse::Checks", "The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected."));
    else if (ctx.lastChange.isValid()
             && p.published.secsTo(ctx.lastChange) > publishingGraceSeconds)
        out.add(Severity::Warning, "policy-outdated", QStringLiteral("published"),
                QCoreApplication::translate("Fortegnelse::Checks", "The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).")
                    .arg(dateText(p.published.date()), dateText(ctx.lastChange.date())));
    const bool consentCookies = std::any_of(reg.cookies.begin(), reg.cookies.end(),
                                            [](const Cookie &c) { return c.needsConsent(); });
    if (consentCookies && p.cookieWithdrawal.isEmpty())
        out.add(Severity::Warning, "cookie-withdrawal-missing", QStringLiteral("cookieWithdrawal"),
                QCoreApplication::translate("Fortegnelse::Checks", "The website sets cookies that need consent, but the register does not say where visitors withdraw it, so the privacy policy says nothing about it. Art. 7(3) requires withdrawing consent to be as easy as giving it, and the notice to say so."));
    // Cookie providers receive data from the website, so the policy's statement on
    // transfers depends on their countries too (transferstate.h).
    for (const Cookie &c : reg.cookies) {
        Sink cookie{EntityKind::Cookie, c.id, {}};
        const Party *provider = reg.parties.find(c.party);
        const QString country = !c.country.isEmpty() ? c.country : provider ? provider->country
                                                                            : QString();
        const QString name = displayName(reg, EntityKind::Cookie, c.id);
        const ReferenceData::Country *where = ReferenceData::instance().country(country);
        if (country.isEmpty()) {
            cookie.add(Severity::Error, "cookie-country-missing", QStringLiteral("country"),
                       QCoreApplication::translate("Fortegnelse::Checks", "The cookie “%1” does not say where its provider is, so the privacy policy cannot say whether data leaves the EU/EEA. Art. 13(1)(f) requires the notice to state transfers to third countries.")
                           .arg(name));
        } else if (where && !where->isEea()) {
            const bool recorded = std::any_of(reg.transfers.begin(), reg.transfers.end(), [&](const Transfer &t) {
                return t.destination == country && (t.party.isEmpty() || t.party == c.party);
            });
            if (!recorded)
                cookie.add(Severity::Error, "cookie-transfer-missing", QStringLiteral("country"),
                           QCoreApplication::translate("Fortegnelse::Checks", "The provider of the cookie “%1” is in %2, but the register records no transfer to %2. Art. 13(1)(f) and 30(1)(e) require the transfer and its mechanism to be recorded.")
                               .arg(name, countryName(country)));
        }
        out.problems += cookie.problems;
    }
    out.problems += runCheckRules(reg, EntityKind::Policy, {}, ctx);
    // The catalogues have no pass of their own: their registered rules run here.
    for (EntityKind kind : {EntityKind::SubjectCategory, EntityKind::DataCategory, EntityKind::Measure,
                            EntityKind::Cookie})
        withList(reg, kind, [&](const auto &list) {
            for (const auto &item : list)
                out.problems += runCheckRules(reg, kind, item.id, ctx);
        });
    return out.problems;
}

void ProblemCollector::reserve(Severity severity, qsizetype size)
{
    m_buckets[int(severity)].reserve(size);
}

void ProblemCollector::add(const QList<Problem> &problems)
{
    for (const Problem &p : problems)
        m_buckets[int(p.severity)].append(p);
}

QList<Problem> ProblemCollector::take()
{
    QList<Problem> out = std::move(m_buckets[0]);
    out.reserve(out.size() + m_buckets[1].size() + m_buckets[2].size());
    out.append(std::move(m_buckets[1]));
    out.append(std::move(m_buckets[2]));
    m_buckets[0] = m_buckets[1] = m_buckets[2] = {};
    return out;
}

QList<Problem> checkRegister(const Register &reg, const CheckContext &ctx)
{
    const CheckIndex index(reg);
    ProblemCollector out;
    out.reserve(Severity::Warning, reg.activities.size());
    out.add(checkOrganisation(reg, ctx));
    out.add(checkTranslations(reg));
    out.add(checkPolicy(reg, ctx));
    for (const ProcessingActivity &a : reg.activities)
        out.add(checkActivity(reg, a, ctx, index));
    for (const Party &p : reg.parties)
        out.add(checkParty(reg, p, ctx, index));
    for (const Transfer &t : reg.transfers)
        out.add(checkTransfer(reg, t, ctx));
    return out.take();
}

QList<Problem> checkItem(const Register &reg, EntityKind kind, const QString &id,
                         const CheckContext &ctx)
{
    QList<Problem> out;
    if (!kindInfo(kind).checkedAlone) {
        // Checked in the policy's register-wide pass.
        for (const Problem &p : checkPolicy(reg, ctx))
            if (p.kind == kind && p.itemId == id)
                out.append(p);
        return out;
    }
    if (kind == EntityKind::Organisation)
        return checkOrganisation(reg, ctx) + checkTranslations(reg);
    withList(reg, kind, [&](const auto &list) {
        using Item = typename std::decay_t<decltype(list)>::value_type;
        const Item *item = list.find(id);
        if (!item)
            return;
        if constexpr (std::is_same_v<Item, ProcessingActivity>)
            out = checkActivity(reg, *item, ctx);
        else if constexpr (std::is_same_v<Item, Party>)
            out = checkParty(reg, *item, ctx);
        else if constexpr (std::is_same_v<Item, Transfer>)
            out = checkTransfer(reg, *item, ctx);
    });
    return out;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Fortegnelse::Checks", "Error");
    case Severity::Warning: return QCoreApplication::translate("Fortegnelse::Checks", "Warning");
    case Severity::Advice: return QCoreApplication::translate("Fortegnelse::Checks", "Advice");
    }
    return {};
}

} // namespace Fortegnelse
