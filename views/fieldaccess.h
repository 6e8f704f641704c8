#pragma once

// Generic access to the fields of the register's structs, through the same describe()
// field lists the file format uses: what fields an item has (for building its form), and
// reading or writing one field by its path ("purposes[2].legalBasis").

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <type_traits>

namespace Fortegnelse {

struct FieldSpec
{
    enum Type
    {
        Text,
        LocalTextField,
        Bool,
        Number,
        Date,
        DateTime,
        Enum,
        Code,
        Ref,
        RefList,
        StringList,
        Group,
        List
    };
    Type type = Text;
    QString key; ///< JSON key: "legalBasis"
    QStringList enumCodes; ///< Enum: the codes in order
    CodeList codeList = CodeList::Country;
    EntityKind refKind = EntityKind::Party;
    QList<FieldSpec> children; ///< Group and List: the fields of the nested struct
};

namespace FieldDetail {

template <class T> struct IsQList : std::false_type
{
};
template <class T> struct IsQList<QList<T>> : std::true_type
{
    using Item = T;
};

class SpecVisitor
{
public:
    QList<FieldSpec> specs;
    void id(QString &) {}
    void ref(const char *key, QString &, EntityKind kind) { add(FieldSpec::Ref, key).refKind = kind; }
    void ref(const char *key, QStringList &, EntityKind kind) { add(FieldSpec::RefList, key).refKind = kind; }
    void code(const char *key, QString &, CodeList list) { add(FieldSpec::Code, key).codeList = list; }
    template <class T> void operator()(const char *key, T &value)
    {
        if constexpr (std::is_same_v<T, QString>)
            add(FieldSpec::Text, key);
        else if constexpr (std::is_same_v<T, LocalText>)
            add(FieldSpec::LocalTextField, key);
        else if constexpr (std::is_same_v<T, bool>)
            add(FieldSpec::Bool, key);
        else if constexpr (std::is_same_v<T, int>)
            add(FieldSpec::Number, key);
        else if constexpr (std::is_same_v<T, QDate>)
            add(FieldSpec::Date, key);
        else if constexpr (std::is_same_v<T, QDateTime>)
            add(FieldSpec::DateTime, key);
        else if constexpr (std::is_same_v<T, QStringList>)
            add(FieldSpec::StringList, key);
        else if constexpr (std::is_enum_v<T>) {
            FieldSpec &s = add(FieldSpec::Enum, key);
            for (const auto &e : EnumCodes<T>::table)
                s.enumCodes.append(QLatin1String(e.second));
        } else if constexpr (IsQList<T>::value) {
            typename IsQList<T>::Item item;
            SpecVisitor inner;
            item.describe(inner);
            add(FieldSpec::List, key).children = inner.specs;
        } else {
            SpecVisitor inner;
            value.describe(inner);
            add(FieldSpec::Group, key).children = inner.specs;
        }
    }

private:
    FieldSpec &add(FieldSpec::Type type, const char *key)
    {
        specs.append({type, QLatin1String(key), {}, CodeList::Country, EntityKind::Party, {}});
        return specs.last();
    }
};

/// Walks a path and reads, writes, counts, appends or removes at its end.
class PathVisitor
{
public:
    enum Op
    {
        Get,
        Set,
        Count,
        Append,
        Remove
    };
    PathVisitor(Op op, QStringList parts, QString language, QVariant value = {})
        : m_op(op)
        , m_parts(std::move(parts))
        , m_language(std::move(language))
        , m_value(std::move(value))
    {
    }
    QVariant result;
    bool found = false;

    void id(QString &value) { (*this)("id", value); }
    void ref(const char *key, QString &value, EntityKind) { (*this)(key, value); }
    void ref(const char *key, QStringList &value, EntityKind) { (*this)(key, value); }
    void code(const char *key, QString &value, CodeList) { (*this)(key, value); }

    template <class T> void operator()(const char *key, T &value)
    {
        if (found || m_parts.isEmpty() || m_parts.first() != QLatin1String(key))
            return;
        if constexpr (IsQList<T>::value && !std::is_same_v<T, QStringList>) {
            using Item = typename IsQList<T>::Item;
            if (m_parts.size() == 1) {
                found = true;
                if (m_op == Count)
                    result = int(value.size());
                else if (m_op == Append)
                    value.append(Item{});
                else if (m_op == Remove && m_value.toInt() >= 0 && m_value.toInt() < value.size())
                    value.removeAt(m_value.toInt());
                return;
            }
            bool ok = false;
            const int index = m_parts.at(1).toInt(&ok);
            if (!ok || index < 0 || index >= value.size())
                return;
            PathVisitor inner(m_op, m_parts.mid(2), m_language, m_value);
            value[index].describe(inner);
            found = inner.found;
            result = inner.result;
        } else if constexpr (requires { value.describe(*this); }) {
            PathVisitor inner(m_op, m_parts.mid(1), m_language, m_value);
            value.describe(inner);
            found = inner.found;
            result = inner.result;
        } else {
            if (m_parts.size() != 1)
                return;
            found = true;
            if (m_op == Get)
                result = get(value);
            else if (m_op == Set)
                set(value);
        }
    }

private:
    template <class T> QVariant get(const T &v)
    {
        if constexpr (std::is_same_v<T, LocalText>)
            return v.text(m_language);
        else if constexpr (std::is_enum_v<T>)
            return toCode(v);
        else
            return QVariant::fromValue(v);
    }
    template <class T> void set(T &v)
    {
        if constexpr (std::is_same_v<T, LocalText>)
            v.set(m_language, m_value.toString());
        else if constexpr (std::is_enum_v<T>) {
            if (auto e = fromCode<T>(m_value.toString()))
                v = *e;
        } else
            v = m_value.value<T>();
    }
    Op m_op;
    QStringList m_parts;
    QString m_language;
    QVariant m_value;
};

} // namespace FieldDetail

template <class T> QList<FieldSpec> fieldSpecs()
{
    T item;
    FieldDetail::SpecVisitor v;
    item.describe(v);
    return v.specs;
}

/// "purposes[2].legalBasis" -> {"purposes", "2", "legalBasis"}
inline QStringList splitPath(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
    return p.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

template <class T> QVariant getField(const T &item, const QString &path, const QString &language)
{
    FieldDetail::PathVisitor v(FieldDetail::PathVisitor::Get, splitPath(path), language);
    const_cast<T &>(item).describe(v);
    return v.result;
}

template <class T> bool setField(T &item, const QString &path, const QVariant &value, const QString &language)
{
    FieldDetail::PathVisitor v(FieldDetail::PathVisitor::Set, splitPath(path), language, value);
    item.describe(v);
    return v.found;
}

template <class T> int countField(const T &item, const QString &path)
{
    FieldDetail::PathVisitor v(FieldDetail::PathVisitor::Count, splitPath(path), {});
    const_cast<T &>(item).describe(v);
    return v.result.toInt();
}

template <class T> bool appendToField(T &item, const QString &path)
{
    FieldDetail::PathVisitor v(FieldDetail::PathVisitor::Append, splitPath(path), {});
    item.describe(v);
    return v.found;
}

template <class T> bool removeFromField(T &item, const QString &path, int index)
{
    FieldDetail::PathVisitor v(FieldDetail::PathVisitor::Remove, splitPath(path), {}, index);
    item.describe(v);
    return v.found;
}

} // namespace Fortegnelse
