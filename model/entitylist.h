#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace Fortegnelse {

namespace Detail {
/// Guards the rare rebuild of a lookup index; reads of a valid index take no lock.
inline std::mutex &entityIndexMutex()
{
    static std::mutex mutex;
    return mutex;
}
} // namespace Detail

/// The items of one kind, in the order the officer gave them, with O(1) lookup by id.
/// Each item carries its position: a sort key that is stable across undo, so an item
/// deleted and restored comes back where it was.
///
/// The const members are safe to call from several threads at once (the record and the
/// loader look items up from a thread pool): the lookup index is built lazily, once, under
/// a lock, and published with release/acquire. The non-const members need the list to
/// themselves, as for any Qt container.
template <class T> class EntityList
{
public:
    using value_type = T;

    EntityList() = default;
    EntityList(const EntityList &other)
        : m_items(other.m_items)
        , m_positions(other.m_positions)
    {
        copyIndexFrom(other);
    }
    EntityList(EntityList &&other) noexcept
        : m_items(std::move(other.m_items))
        , m_positions(std::move(other.m_positions))
        , m_index(std::move(other.m_index))
        , m_indexValid(other.m_indexValid.load(std::memory_order_relaxed))
    {
        other.m_indexValid.store(false, std::memory_order_relaxed);
    }
    EntityList &operator=(const EntityList &other)
    {
        if (this != &other) {
            m_items = other.m_items;
            m_positions = other.m_positions;
            copyIndexFrom(other);
        }
        return *this;
    }
    EntityList &operator=(EntityList &&other) noexcept
    {
        if (this != &other) {
            m_items = std::move(other.m_items);
            m_positions = std::move(other.m_positions);
            m_index = std::move(other.m_index);
            m_indexValid.store(other.m_indexValid.load(std::memory_order_relaxed), std::memory_order_relaxed);
            other.m_indexValid.store(false, std::memory_order_relaxed);
        }
        return *this;
    }
    ~EntityList() = default;

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
        if (!m_indexValid.load(std::memory_order_acquire))
            buildIndex();
        return std::as_const(m_index).value(id, -1);
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
            m_indexValid.store(false, std::memory_order_relaxed);
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
        m_indexValid.store(false, std::memory_order_relaxed);
    }

private:
    void buildIndex() const
    {
        const std::lock_guard lock(Detail::entityIndexMutex());
        if (m_indexValid.load(std::memory_order_relaxed))
            return; // another thread built it while this one waited
        QHash<QString, int> index;
        index.reserve(m_items.size());
        for (int i = 0; i < m_items.size(); ++i)
            index.insert(m_items.at(i).id, i);
        m_index = std::move(index);
        m_indexValid.store(true, std::memory_order_release);
    }
    void copyIndexFrom(const EntityList &other)
    {
        // A valid index is never written again until a non-const member runs, so reading
        // it here needs no lock; an invalid one is not copied but rebuilt on first use.
        if (other.m_indexValid.load(std::memory_order_acquire)) {
            m_index = other.m_index;
            m_indexValid.store(true, std::memory_order_relaxed);
        } else {
            m_index.clear();
            m_indexValid.store(false, std::memory_order_relaxed);
        }
    }
    void invalidateFrom(int index)
    {
        // Appending keeps the index valid; anything else shifts the rows after it.
        if (m_indexValid.load(std::memory_order_relaxed) && index == m_items.size() - 1 && m_index.size() == index)
            m_index.insert(m_items.at(index).id, index);
        else
            m_indexValid.store(false, std::memory_order_relaxed);
    }

    QList<T> m_items;
    QList<qint64> m_positions;
    mutable QHash<QString, int> m_index;
    mutable std::atomic<bool> m_indexValid = false;
};

} // namespace Fortegnelse
