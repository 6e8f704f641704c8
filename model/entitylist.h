#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace Fortegnelse {

/// The items of one kind, in the order the officer gave them, with O(1) lookup by id.
/// Each item carries its position: a sort key that is stable across undo, so an item
/// deleted and restored comes back where it was.
template <class T> class EntityList
{
public:
    using value_type = T;

    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const T &at(int index) const { return m_items.at(index); }
    const QList<T> &items() const { return m_items; }
    auto begin() const { return m_items.cbegin(); }
    auto end() const { return m_items.cend(); }

    qint64 positionAt(int index) const { return m_positions.at(index); }
    qint64 nextPosition() const { return m_positions.isEmpty() ? 1 : m_positions.last() + 1; }

    int indexOf(const QString &id) const
    {
        if (m_indexDirty) {
            m_index.clear();
            m_index.reserve(m_items.size());
            for (int i = 0; i < m_items.size(); ++i)
                m_index.insert(m_items.at(i).id, i);
            m_indexDirty = false;
        }
        return m_index.value(id, -1);
    }
    const T *find(const QString &id) const
    {
        const int i = indexOf(id);
        return i < 0 ? nullptr : &m_items.at(i);
    }
    bool contains(const QString &id) const { return indexOf(id) >= 0; }

    /// Inserts keeping the list sorted by position; returns the index.
    int insert(T item, qint64 position)
    {
        const auto it = std::upper_bound(m_positions.cbegin(), m_positions.cend(), position);
        const int index = int(it - m_positions.cbegin());
        m_items.insert(index, std::move(item));
        m_positions.insert(index, position);
        invalidateFrom(index);
        return index;
    }
    void append(T item) { insert(std::move(item), nextPosition()); }
    void replace(int index, T item)
    {
        const bool sameId = m_items.at(index).id == item.id;
        m_items[index] = std::move(item);
        if (!sameId)
            m_indexDirty = true;
    }
    T takeAt(int index)
    {
        m_positions.removeAt(index);
        T item = m_items.takeAt(index);
        invalidateFrom(index);
        return item;
    }
    void reserve(qsizetype n)
    {
        m_items.reserve(n);
        m_positions.reserve(n);
    }
    void clear()
    {
        m_items.clear();
        m_positions.clear();
        m_indexDirty = true;
    }

private:
    void invalidateFrom(int index)
    {
        // Appending keeps the index valid; anything else shifts the rows after it.
        if (!m_indexDirty && index == m_items.size() - 1 && m_index.size() == index)
            m_index.insert(m_items.at(index).id, index);
        else
            m_indexDirty = true;
    }

    QList<T> m_items;
    QList<qint64> m_positions;
    mutable QHash<QString, int> m_index;
    mutable bool m_indexDirty = true;
};

} // namespace Fortegnelse
