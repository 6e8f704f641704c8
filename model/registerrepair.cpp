#include "registerrepair.h"

#include "references.h"

#include <QSet>

namespace Fortegnelse {

namespace {

/// Clears the references that point at nothing, through an item's field list.
class DanglingStripper : public ReferenceWalker<DanglingStripper>
{
public:
    explicit DanglingStripper(const Register &reg)
        : m_reg(reg)
    {
    }
    bool changed = false;

    void ref(const char *, QString &value, EntityKind kind)
    {
        if (!value.isEmpty() && !known(kind, value)) {
            value.clear();
            changed = true;
        }
    }
    void ref(const char *, QStringList &value, EntityKind kind)
    {
        if (value.removeIf([&](const QString &id) { return !known(kind, id); }) > 0)
            changed = true;
    }

private:
    bool known(EntityKind kind, const QString &id) const
    {
        bool found = false;
        withList(m_reg, kind, [&](const auto &list) { found = list.contains(id); });
        return found;
    }
    const Register &m_reg;
};

} // namespace

Step referenceRepairs(const Register &reg)
{
    Step step;
    {
        Organisation organisation = reg.organisation;
        DanglingStripper s(reg);
        organisation.describe(s);
        if (s.changed)
            step.append(ItemChange::organisation(reg.organisation, organisation));
        PolicySettings policy = reg.policy;
        DanglingStripper p(reg);
        policy.describe(p);
        if (p.changed)
            step.append(ItemChange::policy(reg.policy, policy));
    }
    // Items repaired so far, by kind and id, so a loop cut below builds on them.
    QHash<QString, int> repairedParty;
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (int i = 0; i < list.size(); ++i) {
            T item = list.at(i);
            DanglingStripper s(reg);
            item.describe(s);
            if constexpr (std::is_same_v<T, ProcessingActivity>)
                pruneDangling(item);
            if (s.changed || !(item == list.at(i))) {
                if constexpr (std::is_same_v<T, Party>)
                    repairedParty.insert(item.id, int(step.size()));
                step.append(ItemChange::replace(list.at(i), item, list.positionAt(i)));
            }
        }
    });

    // Sub-processor chains: follow each party's parents; where a chain comes back to a
    // party already on it, that link is cut.
    const auto parentOf = [&](const QString &id) -> QString {
        if (repairedParty.contains(id))
            return std::get<Party>(*step.at(repairedParty.value(id)).after).parent;
        const Party *p = reg.parties.find(id);
        return p ? p->parent : QString();
    };
    for (int i = 0; i < reg.parties.size(); ++i) {
        QSet<QString> seen{reg.parties.at(i).id};
        for (QString current = reg.parties.at(i).id;;) {
            const QString parent = parentOf(current);
            if (parent.isEmpty() || !reg.parties.contains(parent))
                break;
            if (seen.contains(parent)) {
                // Cut the link from current to its parent.
                const int index = reg.parties.indexOf(current);
                if (repairedParty.contains(current)) {
                    std::get<Party>(*step[repairedParty.value(current)].after).parent.clear();
                } else {
                    Party cut = reg.parties.at(index);
                    cut.parent.clear();
                    repairedParty.insert(current, int(step.size()));
                    step.append(ItemChange::replace(reg.parties.at(index), cut, reg.parties.positionAt(index)));
                }
                break;
            }
            seen.insert(parent);
            current = parent;
        }
    }
    return step;
}

} // namespace Fortegnelse
