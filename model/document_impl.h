#pragma once

// Template members of Document.

#include "commands.h"
#include "references.h"
#include "store.h"

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
    const T *current = m_reg.list<T>().find(id);
    if (!current)
        return false;
    T after = *current;
    edit(after);
    after.id = id; // an edit never renames; ids are what references hold
    if (after == *current)
        return true;
    m_undo->push(new ChangeItem<T>(this, *current, std::move(after),
                                   text.isEmpty() ? QCoreApplication::translate("Undo Commands", "Edit %1").arg(kindLabel(T::kind)) : text,
                                   field.isEmpty() ? QString() : id + QLatin1Char('/') + field));
    return true;
}

template <class T> QString Document::add(T item, const QString &text)
{
    if (item.id.isEmpty() || m_reg.list<T>().contains(item.id))
        item.id = newId<T>();
    const QString id = item.id;
    const qint64 position = m_reg.list<T>().nextPosition();
    m_undo->push(new AddItem<T>(this, std::move(item), position,
                                text.isEmpty() ? QCoreApplication::translate("Undo Commands", "Add %1").arg(kindLabel(T::kind)) : text));
    return m_reg.list<T>().contains(id) ? id : QString();
}

template <class T> QString Document::duplicate(const QString &id)
{
    const T *source = m_reg.list<T>().find(id);
    if (!source)
        return {};
    T copy = *source;
    copy.id.clear();
    return add(std::move(copy), QCoreApplication::translate("Undo Commands", "Duplicate %1").arg(kindLabel(T::kind)));
}

template <class T> bool Document::remove(const QString &id)
{
    const EntityList<T> &list = m_reg.list<T>();
    const int index = list.indexOf(id);
    if (index < 0)
        return false;
    const QString text = QCoreApplication::translate("Undo Commands", "Delete %1").arg(kindLabel(T::kind));
    const QList<Referrer> refs = referrers(T::kind, id);
    if (refs.isEmpty()) {
        m_undo->push(new RemoveItem<T>(this, list.at(index), list.positionAt(index), text));
        return true;
    }
    // One step: first every reference goes, then the item.
    m_undo->beginMacro(text);
    for (const Referrer &r : refs) {
        withList(m_reg, r.kind, [&](const auto &referrers) {
            using R = typename std::decay_t<decltype(referrers)>::value_type;
            update<R>(r.id, std::function<void(R &)>([&](R &item) {
                          ReferenceStripper stripper(T::kind, id);
                          item.describe(stripper);
                          if constexpr (std::is_same_v<R, ProcessingActivity>)
                              pruneDangling(item);
                      }),
                      text);
        });
    }
    const int at = list.indexOf(id);
    m_undo->push(new RemoveItem<T>(this, list.at(at), list.positionAt(at), text));
    m_undo->endMacro();
    return true;
}

template <class T> bool Document::applyReplace(const T &item)
{
    EntityList<T> &list = m_reg.list<T>();
    const int index = list.indexOf(item.id);
    QString error;
    if (index < 0 || !m_store->write(item, list.positionAt(index), &error)) {
        reportWriteFailure(error);
        return false;
    }
    list.replace(index, item);
    emit changed({Change::Modified, T::kind, item.id});
    return true;
}

template <class T> bool Document::applyInsert(const T &item, qint64 position)
{
    QString error;
    if (!m_store->write(item, position, &error)) {
        reportWriteFailure(error);
        return false;
    }
    m_reg.list<T>().insert(item, position);
    emit changed({Change::Added, T::kind, item.id});
    return true;
}

template <class T> bool Document::applyRemove(const QString &id)
{
    EntityList<T> &list = m_reg.list<T>();
    const int index = list.indexOf(id);
    QString error;
    if (index < 0 || !m_store->remove<T>(id, &error)) {
        reportWriteFailure(error);
        return false;
    }
    list.takeAt(index);
    emit changed({Change::Removed, T::kind, id});
    return true;
}

} // namespace Fortegnelse
