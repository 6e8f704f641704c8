#pragma once

// The two visitors that turn the describe() field lists of the register's structs into
// JSON and back. One field list per struct drives both directions, so what is written
// is exactly what can be read: the round trip is lossless by construction.

#include "codes.h"
#include "entitykind.h"
#include "jsonerror.h"
#include "localtext.h"
#include "referencedata.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

#include <concepts>
#include <type_traits>

namespace Fortegnelse::Json {

/// Values of format 1 that the reader still accepts, mapped to what they meant. Format 1
/// wrote defaults as if they were answers (a `false` DPIA requirement, "not-required"),
/// so those migrate to "not assessed": nobody can tell whether anyone decided them.
template <class E> struct LegacyValue
{
    static std::optional<E> from(const QJsonValue &) { return std::nullopt; }
};
template <> struct LegacyValue<Answer>
{
    static std::optional<Answer> from(const QJsonValue &v)
    {
        if (!v.isBool())
            return std::nullopt;
        return v.toBool() ? Answer::Yes : Answer::NotAssessed;
    }
};
template <> struct LegacyValue<ProvisionRequirement>
{
    static std::optional<ProvisionRequirement> from(const QJsonValue &v)
    {
        if (v.toString() == u"not-required")
            return ProvisionRequirement::NotAssessed;
        return std::nullopt;
    }
};

/// Writes a struct as a canonical JSON object: empty and default values are left out,
/// enums are always written, keys are sorted by QJsonObject.
class Writer
{
public:
    QJsonObject object;

    void id(QString &value) { object.insert(QStringLiteral("id"), value); }
    void ref(const char *key, QString &value, EntityKind) { (*this)(key, value); }
    void ref(const char *key, QStringList &value, EntityKind) { (*this)(key, value); }
    void code(const char *key, QString &value, CodeList) { (*this)(key, value); }

    template <class T> void operator()(const char *key, T &value)
    {
        // toValue() answers null for "leave out": null is never a value of the format.
        QJsonValue v = toValue(value);
        if (!v.isNull())
            object.insert(QLatin1String(key), v);
    }

    template <class T> static QJsonObject write(const T &value)
    {
        Writer w;
        const_cast<T &>(value).describe(w);
        return w.object;
    }

private:
    static QJsonValue toValue(const QString &s) { return s.isEmpty() ? QJsonValue() : s; }
    static QJsonValue toValue(bool b) { return b ? QJsonValue(true) : QJsonValue(); }
    static QJsonValue toValue(int i) { return i == 0 ? QJsonValue() : QJsonValue(i); }
    static QJsonValue toValue(const QDate &d)
    {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    }
    static QJsonValue toValue(const QDateTime &d)
    {
        return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
    }
    static QJsonValue toValue(const QStringList &l)
    {
        return l.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(l));
    }
    static QJsonValue toValue(const LocalText &t)
    {
        if (t.isEmpty())
            return {};
        QJsonObject o;
        for (auto it = t.texts().cbegin(); it != t.texts().cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
    template <class E>
    requires std::is_enum_v<E>
    static QJsonValue toValue(E e)
    {
        return toCode(e);
    }
    template <class T> static QJsonValue toValue(const QList<T> &list)
    {
        if (list.isEmpty())
            return {};
        QJsonArray a;
        for (const T &item : list)
            a.append(write(item));
        return a;
    }
    template <class T>
    requires std::is_class_v<T>
    static QJsonValue toValue(const T &value)
    {
        if (value == T{})
            return {};
        return write(value);
    }
};

/// What reading one document collects: the errors, each with its JSON path.
struct ReadContext
{
    QString language = QStringLiteral("da"); ///< for LocalText given as a plain string
    QList<Error> errors;
    /// A value of a closed list (CodeList) that the list does not have.
    struct UnknownCode
    {
        QString path;
        QString value;
        CodeList list;
    };
    /// When set, an unknown code is no error: it goes to unknownCodes and the field is
    /// read as empty, which every document shows as a gap (docs/integrity.md, "A value the
    /// reader refuses"). A stored register is read so; an imported file is not.
    bool lenientCodes = false;
    QList<UnknownCode> unknownCodes;

    void fail(const QString &path, const QString &message) { errors.append({path, message}); }
};

/// Where a value is in a document: "$.activities[3].purposes[0].legalBasis". Paths are
/// only spelled out when there is an error to report, since reading a large register
/// visits millions of values and almost never fails; each step is a node on the stack
/// of the reader that visits it.
class Path
{
public:
    explicit Path(const QString &root)
        : m_root(&root)
    {
    }
    explicit Path(QString &&) = delete; // the root string must outlive the path
    Path(const Path &parent, const char *key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    Path(const Path &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }
    Path(const Path &) = delete;
    Path &operator=(const Path &) = delete;

    QString toString() const
    {
        if (m_root)
            return *m_root;
        QString out = m_parent->toString();
        if (m_key)
            out += QLatin1Char('.') + QLatin1String(m_key);
        else
            out += QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return out;
    }

private:
    const QString *m_root = nullptr;
    const Path *m_parent = nullptr;
    const char *m_key = nullptr;
    qsizetype m_index = -1;
};

/// Reads a JSON object into a struct, reporting every problem with its path. Unknown
/// fields are errors: a typo must not silently drop data. References are checked once
/// every item is known, by checkIntegrity().
class Reader
{
public:
    Reader(const QJsonObject &object, const Path &path, ReadContext &context)
        : m_object(object)
        , m_path(path)
        , m_ctx(context)
    {
    }

    void id(QString &value)
    {
        const QJsonValue v = take("id");
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail("id", QStringLiteral("expected a non-empty string (every item needs an id)"));
            return;
        }
        value = v.toString();
        if (value.size() > 200 || value.contains(QLatin1Char('\n')))
            fail("id", QStringLiteral("an id must be one line of at most 200 characters"));
    }

    void ref(const char *key, QString &value, EntityKind) { (*this)(key, value); }
    void ref(const char *key, QStringList &value, EntityKind) { (*this)(key, value); }
    void code(const char *key, QString &value, CodeList list)
    {
        (*this)(key, value);
        if (!value.isEmpty() && !ReferenceData::instance().contains(list, value)) {
            if (m_ctx.lenientCodes) {
                m_ctx.unknownCodes.append({Path(m_path, key).toString(), value, list});
                value.clear();
                return;
            }
            QString message = QStringLiteral("\"%1\" is not a known %2")
                                  .arg(value, ReferenceData::listName(list));
            const QStringList known = ReferenceData::instance().codes(list);
            if (known.size() <= 25)
                message += QStringLiteral("; expected one of: ") + known.join(QStringLiteral(", "));
            fail(key, message);
        }
    }

    template <class T> void operator()(const char *key, T &value)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        read(v, value, Path(m_path, key));
    }

    /// Reports the fields the struct does not have.
    void finish()
    {
        if (m_found == m_object.size())
            return; // every field of the object was asked for
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const QString key = it.key();
            const bool known = std::any_of(m_asked.cbegin(), m_asked.cend(),
                                           [&](const char *k) { return key == QLatin1String(k); });
            if (!known)
                m_ctx.fail(m_path.toString() + QLatin1Char('.') + key, QStringLiteral("unknown field"));
        }
    }

    template <class T> static void readObject(const QJsonValue &v, T &out, const QString &path,
                                              ReadContext &ctx)
    {
        readObject(v, out, Path(path), ctx);
    }
    template <class T> static void readObject(const QJsonValue &v, T &out, const Path &path,
                                              ReadContext &ctx)
    {
        if (!v.isObject()) {
            ctx.fail(path.toString(), QStringLiteral("expected an object"));
            return;
        }
        Reader r(v.toObject(), path, ctx);
        out.describe(r);
        r.finish();
    }

private:
    /// The value of a field the struct has; remembers that it was asked for.
    QJsonValue take(const char *key)
    {
        m_asked.append(key);
        QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined())
            ++m_found;
        return v;
    }
    void fail(const char *key, const QString &message)
    {
        m_ctx.fail(Path(m_path, key).toString(), message);
    }

    void read(const QJsonValue &v, QString &out, const Path &path)
    {
        if (v.isString())
            out = v.toString();
        else
            m_ctx.fail(path.toString(), QStringLiteral("expected a string"));
    }
    void read(const QJsonValue &v, bool &out, const Path &path)
    {
        if (v.isBool())
            out = v.toBool();
        else
            m_ctx.fail(path.toString(), QStringLiteral("expected true or false"));
    }
    void read(const QJsonValue &v, int &out, const Path &path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1000000 || d != double(qint64(d)))
            m_ctx.fail(path.toString(), QStringLiteral("expected a whole number from 0 to 1000000"));
        else
            out = int(d);
    }
    void read(const QJsonValue &v, QDate &out, const Path &path)
    {
        const QString s = v.toString();
        out = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || s.size() != 10 || !out.isValid()) {
            out = {};
            m_ctx.fail(path.toString(), QStringLiteral("expected a date as YYYY-MM-DD"));
        }
    }
    void read(const QJsonValue &v, QDateTime &out, const Path &path)
    {
        out = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !out.isValid()) {
            out = {};
            m_ctx.fail(path.toString(),
                       QStringLiteral("expected a date and time as YYYY-MM-DDThh:mm:ssZ"));
        }
        out = out.toUTC();
    }
    void read(const QJsonValue &v, QStringList &out, const Path &path)
    {
        if (!v.isArray()) {
            m_ctx.fail(path.toString(), QStringLiteral("expected an array of strings"));
            return;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            if (item.isString())
                out.append(item.toString());
            else
                m_ctx.fail(Path(path, i).toString(), QStringLiteral("expected a string"));
        }
    }
    void read(const QJsonValue &v, LocalText &out, const Path &path)
    {
        if (v.isString()) {
            out.set(m_ctx.language, v.toString());
            return;
        }
        if (!v.isObject()) {
            m_ctx.fail(path.toString(),
                       QStringLiteral("expected a string, or an object of texts by language "
                                      "(\"da\", \"nb\", \"sv\", \"en\")"));
            return;
        }
        const QJsonObject o = v.toObject();
        const QStringList &languages = ReferenceData::languages();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const qsizetype language = languages.indexOf(key);
            if (language < 0)
                m_ctx.fail(path.toString() + QLatin1Char('.') + key,
                           QStringLiteral("unknown language; expected da, nb, sv or en"));
            else if (!it.value().isString())
                m_ctx.fail(path.toString() + QLatin1Char('.') + key,
                           QStringLiteral("expected a string"));
            else // the shared key: a register holds a great many texts
                out.set(languages.at(language), it.value().toString());
        }
    }
    template <class E>
    requires std::is_enum_v<E>
    void read(const QJsonValue &v, E &out, const Path &path)
    {
        const auto e = fromCode<E>(v.toString());
        if (v.isString() && e)
            out = *e;
        else if (const auto legacy = LegacyValue<E>::from(v))
            out = *legacy;
        else
            m_ctx.fail(path.toString(), QStringLiteral("expected ") + codeList<E>());
    }
    template <class T> void read(const QJsonValue &v, QList<T> &out, const Path &path)
    {
        if (!v.isArray()) {
            m_ctx.fail(path.toString(), QStringLiteral("expected an array"));
            return;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            T item;
            readObject(a.at(i), item, Path(path, i), m_ctx);
            out.append(std::move(item));
        }
    }
    template <class T>
    requires std::is_class_v<T>
    void read(const QJsonValue &v, T &out, const Path &path)
    {
        readObject(v, out, path, m_ctx);
    }

    const QJsonObject m_object; // by value: callers pass temporaries (v.toObject())
    const Path &m_path;
    ReadContext &m_ctx;
    /// The fields asked for, to name the unknown ones; no struct has more than 32.
    QVarLengthArray<const char *, 32> m_asked;
    qsizetype m_found = 0; ///< how many of them the object has
};

} // namespace Fortegnelse::Json
