#include "transferstate.h"

#include "referencedata.h"

namespace Fortegnelse {

TransferDeriver::TransferDeriver(const Register &reg)
    : m_reg(reg)
{
    for (const Party &p : reg.parties)
        if (!p.parent.isEmpty())
            m_children[p.parent].append(p.id);
    for (const Transfer &t : reg.transfers) // register-wide ones cover every activity
        if (!t.party.isEmpty() && t.activities.isEmpty())
            m_transfers.insert(t.party + QLatin1Char('\n') + t.destination);
}

QStringList TransferDeriver::chainOf(const QString &party) const
{
    QStringList out{party};
    for (const Party *p = m_reg.parties.find(party); p && !p->parent.isEmpty() && !out.contains(p->parent);
         p = m_reg.parties.find(p->parent))
        out.append(p->parent);
    QStringList below{party};
    for (qsizetype i = 0; i < below.size(); ++i)
        for (const QString &child : m_children.value(below.at(i)))
            if (!below.contains(child) && !out.contains(child))
                below.append(child);
    out += below.mid(1);
    return out;
}

bool TransferDeriver::covered(const ReachedRecipient &r, const QList<const Transfer *> &recorded) const
{
    if (!r.party.isEmpty() && m_transfers.contains(r.party + QLatin1Char('\n') + r.country))
        return true;
    for (const Transfer *t : recorded)
        if (t->destination == r.country && (t->party.isEmpty() || t->party == r.party))
            return true;
    return false;
}

TransferFindings TransferDeriver::derive(const QList<const ProcessingActivity *> &activities,
                                         const QList<const Transfer *> &recorded, bool cookies) const
{
    const ReferenceData &refs = ReferenceData::instance();
    const QString language = m_reg.organisation.language;
    TransferFindings f;
    bool exist = !recorded.isEmpty();
    QSet<QString> seenUnknown, seenThird;
    const auto reach = [&](const ReachedRecipient &r, const ProcessingActivity *a) {
        const bool answeredNo = a && a->thirdCountryTransfers == Answer::No;
        const QString key = r.party.isEmpty() ? QStringLiteral("name:") + r.name : r.party;
        if (r.country.isEmpty()) {
            if (!answeredNo && !seenUnknown.contains(key)) {
                seenUnknown.insert(key);
                f.unknownCountry.append(r);
            }
            return;
        }
        const ReferenceData::Country *c = refs.country(r.country);
        if (c && c->isEea())
            return;
        exist = true; // a recipient outside the EU/EEA is a transfer, recorded or not
        if (answeredNo && !f.contradicted.contains(a->id))
            f.contradicted.append(a->id);
        if (!covered(r, recorded) && !seenThird.contains(key + QLatin1Char('\n') + r.country)) {
            seenThird.insert(key + QLatin1Char('\n') + r.country);
            f.unrecorded.append(r);
        }
    };
    for (const ProcessingActivity *a : activities) {
        exist |= a->thirdCountryTransfers == Answer::Yes;
        for (const Disclosure &d : a->recipients) {
            if (d.party.isEmpty()) {
                reach({d.recipientCategory.resolve(language, QStringLiteral("en")), {}, d.country, a->id}, a);
                continue;
            }
            for (const QString &id : chainOf(d.party))
                if (const Party *p = m_reg.parties.find(id))
                    reach({p->name, p->id, p->country, a->id}, a);
        }
    }
    if (cookies) {
        for (const Cookie &c : m_reg.cookies) {
            const Party *p = m_reg.parties.find(c.party);
            const QString country = !c.country.isEmpty() ? c.country : p ? p->country
                                                                         : QString();
            const QString name = p ? p->name : !c.provider.isEmpty() ? c.provider
                                                                     : c.name;
            reach({name, p ? p->id : QString(), country, {}}, nullptr);
        }
    }
    f.state = exist                  ? TransferState::Exist
        : f.unknownCountry.isEmpty() ? TransferState::NoneConfirmed
                                     : TransferState::Unknown;
    return f;
}

} // namespace Fortegnelse
