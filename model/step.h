#pragma once

// A step: what one user action changes, item by item, with the state before and after.
// The document writes a step in one transaction and undoes it by writing it backwards.

#include "register.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

namespace Fortegnelse {

/// Any one item of a register, a list item or a singleton.
using AnyItem = std::variant<Organisation, PolicySettings, SubjectCategory, DataCategory,
                             ProcessingActivity, Party, Transfer, SecurityMeasure, Cookie>;

/// One item's change within a step. An absent side means the item does not exist on that
/// side: no `before` is an addition, no `after` a deletion.
struct ItemChange
{
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the singletons
    qint64 position = 0;
    std::optional<AnyItem> before;
    std::optional<AnyItem> after;
    /// A stored row that could not be decoded, erased by a repair; undo puts it back.
    QByteArray rawBefore;

    template <class T> static ItemChange replace(const T &before, const T &after, qint64 position)
    {
        return {T::kind, before.id, position, AnyItem(before), AnyItem(after), {}};
    }
    template <class T> static ItemChange insert(const T &item, qint64 position)
    {
        return {T::kind, item.id, position, std::nullopt, AnyItem(item), {}};
    }
    template <class T> static ItemChange remove(const T &item, qint64 position)
    {
        return {T::kind, item.id, position, AnyItem(item), std::nullopt, {}};
    }
    static ItemChange organisation(const Organisation &before, const Organisation &after)
    {
        return {EntityKind::Organisation, {}, 0, AnyItem(before), AnyItem(after), {}};
    }
    static ItemChange policy(const PolicySettings &before, const PolicySettings &after)
    {
        return {EntityKind::Policy, {}, 0, AnyItem(before), AnyItem(after), {}};
    }
};

using Step = QList<ItemChange>;

/// What turns \a before into \a after, item by item: removals, then additions (at their
/// positions in \a after) and replacements, list by list in the file's order, the
/// organisation and policy settings first. An item at another position than before is not
/// a change a step can make: *reordered says so, and such items are left out. The walk stops
/// once the step holds more than \a limit changes (none: no limit).
Step stepBetween(const Register &before, const Register &after, bool *reordered = nullptr, qsizetype limit = -1);

/// The stored form of an item: its JSON body, as the file and the JSON format hold it.
QByteArray storedBody(const AnyItem &item);

/// The keys of the fields that differ between two states of one item, in its JSON form
/// (so in the format's terms: "dpo", not "dpo.email"), sorted.
QStringList changedFields(const AnyItem &before, const AnyItem &after);

} // namespace Fortegnelse
