#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <type_traits>

namespace Fortegnelse {

/// What kind of text a field holds, beyond its type in describe(): the editors choose
/// their widget by it (multi-line), and the checks validate by it (e-mail, web address).
/// Keyed by the field's key, which means the same thing in every struct.
enum class FieldTrait
{
    Plain,
    MultiLine,
    Email,
    Url
};

FieldTrait fieldTrait(const QString &key);

namespace Detail {

template <class T> struct IsList : std::false_type
{
};
template <class T> struct IsList<QList<T>> : std::true_type
{
    using Element = T;
};

/// Calls f(path, key, value) for each plain text field (QString) of an item's describe()
/// list, nested structs and lists of structs included ("dpo.email", "links[0].url").
template <class F> class TextFieldVisitor
{
public:
    TextFieldVisitor(F &f, QString prefix)
        : m_f(f)
        , m_prefix(std::move(prefix))
    {}

    void id(QString &) {}
    void ref(const char *, QString &, EntityKind) {}
    void ref(const char *, QStringList &, EntityKind) {}
    void code(const char *, QString &, CodeList) {}

    template <class T> void operator()(const char *key, T &value)
    {
        const QString path = m_prefix + QLatin1String(key);
        if constexpr (std::is_same_v<T, QString>) {
            m_f(path, QLatin1String(key), value);
        } else if constexpr (IsList<T>::value) {
            using Element = typename IsList<T>::Element;
            if constexpr (requires(Element & e, TextFieldVisitor & v) { e.describe(v); })
                for (qsizetype i = 0; i < value.size(); ++i) {
                    TextFieldVisitor inner(m_f, path + QStringLiteral("[%1].").arg(i));
                    value[i].describe(inner);
                }
        } else if constexpr (requires(T & t, TextFieldVisitor & v) { t.describe(v); }) {
            TextFieldVisitor inner(m_f, path + QLatin1Char('.'));
            value.describe(inner);
        }
    }

private:
    F &m_f;
    QString m_prefix;
};

} // namespace Detail

/// Calls f(path, key, text) for every plain text field of \a item, at any depth.
template <class T, class F> void forEachTextField(const T &item, F &&f)
{
    T copy = item; // describe() takes its fields by reference; the item stays as it is
    Detail::TextFieldVisitor<std::remove_reference_t<F>> visitor(f, QString());
    copy.describe(visitor);
}

} // namespace Fortegnelse
