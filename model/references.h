#pragma once

#include "entitykind.h"

#include <QStringList>

#include <type_traits>

namespace Fortegnelse {

/// Walks an item's field list into its nested structs and lists, calling the derived
/// visitor's ref() for every reference it holds (CRTP, so ref() is not virtual).
template <class Derived> class ReferenceWalker
{
public:
    void id(QString &) {}
    void code(const char *, QString &, CodeList) {}
    template <class T> void operator()(const char *, T &value)
    {
        Derived &self = static_cast<Derived &>(*this);
        if constexpr (requires { value.first().describe(self); }) {
            for (auto &item : value)
                item.describe(self);
        } else if constexpr (requires { value.describe(self); }) {
            value.describe(self);
        }
    }
};

/// Removes every reference to one item from a struct, through its describe() field list.
/// changed says whether there was any.
class ReferenceStripper : public ReferenceWalker<ReferenceStripper>
{
public:
    ReferenceStripper(EntityKind kind, QString id)
        : m_kind(kind)
        , m_id(std::move(id))
    {
    }
    bool changed = false;

    void ref(const char *, QString &value, EntityKind kind)
    {
        if (kind == m_kind && value == m_id) {
            value.clear();
            changed = true;
        }
    }
    void ref(const char *, QStringList &value, EntityKind kind)
    {
        if (kind == m_kind && value.removeAll(m_id) > 0)
            changed = true;
    }

private:
    EntityKind m_kind;
    QString m_id;
};

struct ProcessingActivity;
/// Drops the matrix rows and disclosures that lost what they were about.
void pruneDangling(ProcessingActivity &activity);

} // namespace Fortegnelse
