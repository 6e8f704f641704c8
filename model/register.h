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
        if constexpr (std::is_same_v<T, SubjectCategory>) return subjectCategories;
        else if constexpr (std::is_same_v<T, DataCategory>) return dataCategories;
        else if constexpr (std::is_same_v<T, ProcessingActivity>) return activities;
        else if constexpr (std::is_same_v<T, Party>) return parties;
        else if constexpr (std::is_same_v<T, Transfer>) return transfers;
        else if constexpr (std::is_same_v<T, SecurityMeasure>) return measures;
        else return cookies;
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

/// The display name of an item in the register's language, for lists and messages.
QString displayName(const Register &reg, EntityKind kind, const QString &id);

} // namespace Fortegnelse
