#pragma once

#include "register.h"

#include <QList>

#include <algorithm>

namespace Fortegnelse {

// The role of a relationship, not of a party (issue 12, item 7). A party that processes data
// for us is our processor in the activities we carry out as controller, and a sub-processor
// in the chain for client data, where we are the processor (Art. 28(2) and (4)). The party's
// own role says only that it processes on someone's behalf; the activity says for whom.

/// The role \a party has in \a activity, where it receives data.
inline PartyRole relationshipRole(const ProcessingActivity &activity, const Party &party)
{
    if (party.role != PartyRole::Processor && party.role != PartyRole::SubProcessor)
        return party.role;
    if (activity.role == ActivityRole::Processor)
        return PartyRole::SubProcessor;
    // In our own activity: our processor, unless it sits below another processor of ours.
    const bool belowOurProcessor = !party.parent.isEmpty()
        && std::any_of(activity.recipients.cbegin(), activity.recipients.cend(),
                       [&](const Disclosure &d) { return d.party == party.parent; });
    return belowOurProcessor ? PartyRole::SubProcessor : PartyRole::Processor;
}

/// Every role \a party has across the activities that disclose data to it, in the order
/// processor, sub-processor; its own role when no activity names it.
inline QList<PartyRole> relationshipRoles(const Register &reg, const Party &party)
{
    bool processor = false, subProcessor = false;
    for (const ProcessingActivity &a : reg.activities)
        for (const Disclosure &d : a.recipients)
            if (d.party == party.id) {
                const PartyRole role = relationshipRole(a, party);
                processor = processor || role == PartyRole::Processor;
                subProcessor = subProcessor || role == PartyRole::SubProcessor;
            }
    if (party.role != PartyRole::Processor && party.role != PartyRole::SubProcessor)
        return {party.role};
    if (!processor && !subProcessor)
        return {party.role};
    QList<PartyRole> out;
    if (processor)
        out.append(PartyRole::Processor);
    if (subProcessor)
        out.append(PartyRole::SubProcessor);
    return out;
}

} // namespace Fortegnelse
