#pragma once

// Template members of Document: each builds one step and hands it to perform().

#include "references.h"

#include <QCoreApplication>

namespace Fortegnelse {

template <class T> QString Document::newId() const
{
    const EntityList<T> &list = m_reg.list<T>();
    const QString prefix = idPrefix(T::kind) + QLatin1Char('-');
    for (int n = list.size() + 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!list.contains(id))
            return id;
    }
}

template <class T>
bool Document::update(const QString &id, const std::function<void(T &)> &edit, const QString &text,
                      const QString &field)
{
    const EntityList<T> &list = m_reg.list<T>();
    const int index = list.indexOf(id);
    if (index < 0)
        return false;
    const T &current = list.at(index);
    T after = current;
    edit(after);
    after.id = id; // an edit never renames; ids are what references hold
    if (after == current)
        return true;
    if (refuseWhenReadOnly())
        return false;
    // The step names the item as it was, so the officer sees which one the step changes.
    const QString name = stepItemName(m_reg, T::kind, id);
    const QString named = text.isEmpty()
        ? (name.isEmpty() ? QCoreApplication::translate("Undo Commands", "Edit %1").arg(kindLabel(T::kind))
                          : QCoreApplication::translate("Undo Commands", "Edit %1 “%2”").arg(kindLabel(T::kind), name))
        : namedStepText(text, name);
    return perform({ItemChange::replace(current, after, list.positionAt(index))}, named,
                   field.isEmpty() ? QString() : idPrefix(T::kind) + QLatin1Char('/') + id + QLatin1Char('/') + field);
}

template <class T> QString Document::add(T item, const QString &text)
{
    if (refuseWhenReadOnly())
        return {};
    if (item.id.isEmpty() || m_reg.list<T>().contains(item.id))
        item.id = newId<T>();
    const QString id = item.id;
    const qint64 position = m_reg.list<T>().nextPosition();
    if (!perform({ItemChange::insert(item, position)},
                 text.isEmpty() ? QCoreApplication::translate("Undo Commands", "Add %1").arg(kindLabel(T::kind)) : text))
        return {};
    return id;
}

template <class T> QString Document::duplicate(const QString &id)
{
    const T *source = m_reg.list<T>().find(id);
    if (!source)
        return {};
    T copy = *source;
    copy.id.clear();
    const QString name = stepItemName(m_reg, T::kind, id);
    return add(std::move(copy), name.isEmpty() ? QCoreApplication::translate("Undo Commands", "Duplicate %1").arg(kindLabel(T::kind)) : QCoreApplication::translate("Undo Commands", "Duplicate %1 “%2”").arg(kindLabel(T::kind), name));
}

template <class T> bool Document::remove(const QString &id)
{
    const EntityList<T> &list = m_reg.list<T>();
    const int index = list.indexOf(id);
    if (index < 0)
        return false;
    if (refuseWhenReadOnly())
        return false;
    // One step, one transaction: every reference goes with the item.
    Step step;
    for (const Referrer &r : referrers(T::kind, id)) {
        withList(m_reg, r.kind, [&](const auto &referrers) {
            using R = typename std::decay_t<decltype(referrers)>::value_type;
            const int at = referrers.indexOf(r.id);
            R after = referrers.at(at);
            ReferenceStripper stripper(T::kind, id);
            after.describe(stripper);
            if constexpr (std::is_same_v<R, ProcessingActivity>)
                pruneDangling(after);
            step.append(ItemChange::replace(referrers.at(at), after, referrers.positionAt(at)));
        });
    }
    step.append(ItemChange::remove(list.at(index), list.positionAt(index)));
    const QString name = stepItemName(m_reg, T::kind, id);
    return perform(step, name.isEmpty() ? QCoreApplication::translate("Undo Commands", "Delete %1").arg(kindLabel(T::kind)) : QCoreApplication::translate("Undo Commands", "Delete %1 “%2”").arg(kindLabel(T::kind), name));
}

} // namespace Fortegnelse
