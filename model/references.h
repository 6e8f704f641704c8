#pragma once

#include "entitykind.h"

#include <QStringList>

#include <type_traits>

namespace Fortegnelse {

/// Removes every reference to one item from a struct, through its describe() field list.
/// changed says whether there was any.
class ReferenceStripper
{
public:
    ReferenceStripper(EntityKind kind, QString id)
        : m_kind(kind)
        , m_id(std::move(id))
    {
    }
    bool changed = false;

    void id(QString &) {}
    void code(const char *, QString &, CodeList) {}
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
    template <class T> void operator()(const char *, T &value)
    {
        if constexpr (requires { value.first().describe(*this); }) {
            for (auto &item : value)
                item.describe(*this);
        } else if constexpr (requires { value.describe(*this); }) {
            value.describe(*this);
        }
    }

private:
    EntityKind m_kind;
    QString m_id;
};

struct ProcessingActivity;
/// Drops the matrix rows and disclosures that lost what they were about.
void pruneDangling(ProcessingActivity &activity);

} // namespace Fortegnelse
