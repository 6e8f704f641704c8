#pragma once

#include "activity.h"
#include "catalog.h"
#include "entitylist.h"
#include "organisation.h"
#include "party.h"
#include "policysettings.h"
#include "transfer.h"

#include <type_traits>

namespace Fortegnelse {

/// The whole register in memory: the organisation, its policy settings and the lists.
/// A plain value; Document owns the one that is open and keeps it in step with the file.
struct Register
{
    Organisation organisation;
    PolicySettings policy;
    EntityList<SubjectCategory> subjectCategories;
    EntityList<DataCategory> dataCategories;
    EntityList<ProcessingActivity> activities;
    EntityList<Party> parties;
    EntityList<Transfer> transfers;
    EntityList<SecurityMeasure> measures;
    EntityList<Cookie> cookies;

    template <class T> EntityList<T> &list()
    {
        if constexpr (std::is_same_v<T, SubjectCategory>)
            return subjectCategories;
        else if constexpr (std::is_same_v<T, DataCategory>)
            return dataCategories;
        else if constexpr (std::is_same_v<T, ProcessingActivity>)
            return activities;
        else if constexpr (std::is_same_v<T, Party>)
            return parties;
        else if constexpr (std::is_same_v<T, Transfer>)
            return transfers;
        else if constexpr (std::is_same_v<T, SecurityMeasure>)
            return measures;
        else
            return cookies;
    }
    template <class T> const EntityList<T> &list() const
    {
        return const_cast<Register *>(this)->list<T>();
    }

    /// Calls f(list) for every list, in the order of the file format.
    template <class F> void forEachList(F &&f)
    {
        f(subjectCategories);
        f(dataCategories);
        f(measures);
        f(parties);
        f(activities);
        f(transfers);
        f(cookies);
    }

    /// A new, empty register with the defaults a Danish organisation starts from.
    static Register createEmpty(const QString &language = QStringLiteral("da"));
};

/// Calls f(list) with the register's list of items of \a kind (nothing for the
/// singletons), so code holding a kind reaches the list and its item type,
/// EntityList::value_type, without a switch of its own. \a reg may be const.
template <class R, class F> void withList(R &reg, EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::SubjectCategory: f(reg.subjectCategories); break;
    case EntityKind::DataCategory: f(reg.dataCategories); break;
    case EntityKind::Activity: f(reg.activities); break;
    case EntityKind::Party: f(reg.parties); break;
    case EntityKind::Transfer: f(reg.transfers); break;
    case EntityKind::Measure: f(reg.measures); break;
    case EntityKind::Cookie: f(reg.cookies); break;
    case EntityKind::Organisation:
    case EntityKind::Policy: break;
    }
}

/// The display name of an item in the register's language, for lists and messages.
QString displayName(const Register &reg, EntityKind kind, const QString &id);

} // namespace Fortegnelse
