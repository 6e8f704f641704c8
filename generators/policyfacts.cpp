#include "policyfacts.h"

namespace Fortegnelse {

namespace {

/// Orders ids as they stand in the register, so the policy follows the officer's order.
template <class T> QStringList inRegisterOrder(const EntityList<T> &list, const QSet<QString> &ids)
{
    QStringList out;
    for (const T &item : list)
        if (ids.contains(item.id))
            out.append(item.id);
    return out;
}

} // namespace

QString PolicyFacts::resolveAudience(const Register &reg, const QString &audience)
{
    if (audience.isEmpty())
        return {};
    for (const SubjectCategory &s : reg.subjectCategories) {
        if (s.id == audience || (!s.ref.isEmpty() && s.ref == audience))
            return s.id;
        for (const QString &name : s.name.texts())
            if (name.compare(audience, Qt::CaseInsensitive) == 0)
                return s.id;
    }
    return {};
}

PolicyFacts PolicyFacts::derive(const Register &reg, const QString &audience)
{
    PolicyFacts f;
    f.audience = resolveAudience(reg, audience);

    QSet<QString> subjects, data, recipients, transferIds, joint, clients;
    QSet<QString> activityIds;
    for (const ProcessingActivity &a : reg.activities) {
        if (a.status != ActivityStatus::Active)
            continue;
        if (!f.audience.isEmpty() && !a.subjects().contains(f.audience))
            continue;
        if (a.role == ActivityRole::Processor) {
            f.processorActivities.append(&a);
            clients.insert(a.client);
            continue;
        }
        f.activities.append(&a);
        activityIds.insert(a.id);
        for (const MatrixRow &row : a.matrix)
            if (f.audience.isEmpty() || row.subject == f.audience) {
                subjects.insert(row.subject);
                // A row an import generated does not say these data concern these people
                // (U1): a notice for them names only what the officer confirmed.
                if (!row.unconfirmed)
                    for (const QString &d : row.data)
                        data.insert(d);
            }
        if (f.audience.isEmpty())
            for (const QString &d : a.data)
                data.insert(d);
        for (const Disclosure &d : a.recipients) {
            // A notice for one audience names only the recipients of that audience's data;
            // a disclosure that does not say whose data it carries is left out there (the
            // check "disclosure-incomplete" says so) rather than read as everyone's; so is
            // one whose subjects an import generated ("recipients-unconfirmed", U1).
            if (!f.audience.isEmpty() && (d.unconfirmed || !d.subjects.contains(f.audience)))
                continue;
            if (!d.party.isEmpty())
                recipients.insert(d.party);
            else if (!d.recipientCategory.isEmpty() && !f.recipientCategories.contains(d.recipientCategory))
                f.recipientCategories.append(d.recipientCategory);
        }
        for (const QString &j : a.jointControllers)
            joint.insert(j);
        for (const Purpose &p : a.purposes) {
            const QString &b = p.legalBasis;
            f.rights.portability |= b == u"a" || b == u"b";
            f.rights.objection |= b == u"e" || b == u"f";
            // Consent is also the ground of DBL § 8(3) and § 11(2) nr. 2 (item 11).
            f.rights.withdrawConsent |= b == u"a" || p.specialCondition == u"a"
                || p.criminalBasis == u"dbl-8-3-consent" || p.cprGround == u"dbl-11-2-2";
            f.rights.erasureLimited |= b == u"c";
            f.rights.objectMarketing |= p.directMarketing;
        }
        f.hasSources |= !a.sources.isEmpty();
        f.hasAutomated |= a.automated.used == Answer::Yes;
        f.hasProvision |= a.provision != ProvisionRequirement::NotRequired;
    }

    // Sub-processors travel with the processor above them.
    QSet<QString> subs;
    for (const Party &p : reg.parties) {
        for (const Party *up = &p; up && !up->parent.isEmpty(); up = reg.parties.find(up->parent)) {
            if (recipients.contains(up->parent)) {
                subs.insert(p.id);
                break;
            }
            if (up->parent == p.id)
                break;
        }
    }

    // Transfers that concern the activities: named for one of them, or going to a
    // recipient or sub-processor of them, or for the whole register. In a notice for
    // one audience, a transfer named for activities counts only through them.
    for (const Transfer &t : reg.transfers) {
        const bool forTheseActivities = std::any_of(t.activities.cbegin(), t.activities.cend(),
                                                    [&](const QString &a) { return activityIds.contains(a); });
        const bool throughRecipients = (t.activities.isEmpty() && t.party.isEmpty())
            || recipients.contains(t.party) || subs.contains(t.party);
        const bool relevant = forTheseActivities
            || (throughRecipients && (f.audience.isEmpty() || t.activities.isEmpty()));
        if (relevant)
            transferIds.insert(t.id);
    }

    // A transfer on explicit consent (Art. 49(1)(a)) can be withdrawn like any consent.
    for (const QString &id : std::as_const(transferIds))
        f.rights.withdrawConsent |= reg.transfers.find(id)->mechanism == u"art49-1-a";
    f.subjects = inRegisterOrder(reg.subjectCategories, subjects);
    f.data = inRegisterOrder(reg.dataCategories, data);
    f.recipients = inRegisterOrder(reg.parties, recipients);
    f.subProcessors = inRegisterOrder(reg.parties, subs);
    f.transfers = inRegisterOrder(reg.transfers, transferIds);
    f.jointControllers = inRegisterOrder(reg.parties, joint);
    f.clients = inRegisterOrder(reg.parties, clients);
    for (const QString &id : std::as_const(f.data)) {
        const DataKind kind = reg.dataCategories.find(id)->dataKind;
        f.hasSpecial |= kind == DataKind::Special;
        f.hasCriminal |= kind == DataKind::Criminal;
        f.hasNationalId |= kind == DataKind::NationalId;
    }
    f.includeCookies = !reg.cookies.isEmpty() || !reg.policy.cookiePolicyUrl.isEmpty();
    if (!f.audience.isEmpty()) {
        const SubjectCategory *s = reg.subjectCategories.find(f.audience);
        f.includeCookies &= s && (s->ref == u"website-visitors" || s->ref == u"users");
    }
    QList<const Transfer *> recorded;
    for (const QString &id : std::as_const(f.transfers))
        recorded.append(reg.transfers.find(id));
    f.transferFindings = TransferDeriver(reg).derive(f.activities, recorded, f.includeCookies);
    return f;
}

} // namespace Fortegnelse
