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
#include <QSet>
#include <QStringList>

#include <concepts>
#include <type_traits>

namespace Fortegnelse::Json {

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

/// What reading one document collects: errors with their JSON paths, and the references
/// to check once every item is known.
struct ReadContext
{
    QString language = QStringLiteral("da"); ///< for LocalText given as a plain string
    QList<Error> errors;
    struct PendingRef
    {
        QString path;
        EntityKind kind;
        QString id;
    };
    QList<PendingRef> refs;

    void fail(const QString &path, const QString &message) { errors.append({path, message}); }
};

/// Reads a JSON object into a struct, reporting every problem with its path. Unknown
/// fields are errors: a typo must not silently drop data.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, ReadContext &context)
        : m_object(object)
        , m_path(std::move(path))
        , m_ctx(context)
    {
    }

    void id(QString &value)
    {
        m_seen.insert(QStringLiteral("id"));
        const QJsonValue v = m_object.value(QLatin1String("id"));
        const QString path = m_path + QStringLiteral(".id");
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            m_ctx.fail(path, QStringLiteral("expected a non-empty string (every item needs an id)"));
            return;
        }
        value = v.toString();
        if (value.size() > 200 || value.contains(QLatin1Char('\n')))
            m_ctx.fail(path, QStringLiteral("an id must be one line of at most 200 characters"));
    }

    void ref(const char *key, QString &value, EntityKind kind)
    {
        (*this)(key, value);
        if (!value.isEmpty())
            m_ctx.refs.append({child(key), kind, value});
    }
    void ref(const char *key, QStringList &value, EntityKind kind)
    {
        (*this)(key, value);
        for (int i = 0; i < value.size(); ++i)
            m_ctx.refs.append({child(key) + index(i), kind, value.at(i)});
    }
    void code(const char *key, QString &value, CodeList list)
    {
        (*this)(key, value);
        if (!value.isEmpty() && !ReferenceData::instance().contains(list, value)) {
            QString message = QStringLiteral("\"%1\" is not a known %2")
                                  .arg(value, ReferenceData::listName(list));
            const QStringList known = ReferenceData::instance().codes(list);
            if (known.size() <= 25)
                message += QStringLiteral("; expected one of: ") + known.join(QStringLiteral(", "));
            m_ctx.fail(child(key), message);
        }
    }

    template <class T> void operator()(const char *key, T &value)
    {
        m_seen.insert(QLatin1String(key));
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        read(v, value, child(key));
    }

    /// Reports the fields the struct does not have.
    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                m_ctx.fail(m_path + QLatin1Char('.') + it.key(), QStringLiteral("unknown field"));
    }

    template <class T> static void readObject(const QJsonValue &v, T &out, const QString &path,
                                              ReadContext &ctx)
    {
        if (!v.isObject()) {
            ctx.fail(path, QStringLiteral("expected an object"));
            return;
        }
        Reader r(v.toObject(), path, ctx);
        out.describe(r);
        r.finish();
    }

    static QString index(qsizetype i) { return QStringLiteral("[%1]").arg(i); }

private:
    QString child(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }

    void read(const QJsonValue &v, QString &out, const QString &path)
    {
        if (v.isString())
            out = v.toString();
        else
            m_ctx.fail(path, QStringLiteral("expected a string"));
    }
    void read(const QJsonValue &v, bool &out, const QString &path)
    {
        if (v.isBool())
            out = v.toBool();
        else
            m_ctx.fail(path, QStringLiteral("expected true or false"));
    }
    void read(const QJsonValue &v, int &out, const QString &path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1000000 || d != double(qint64(d)))
            m_ctx.fail(path, QStringLiteral("expected a whole number from 0 to 1000000"));
        else
            out = int(d);
    }
    void read(const QJsonValue &v, QDate &out, const QString &path)
    {
        const QString s = v.toString();
        out = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || s.size() != 10 || !out.isValid()) {
            out = {};
            m_ctx.fail(path, QStringLiteral("expected a date as YYYY-MM-DD"));
        }
    }
    void read(const QJsonValue &v, QDateTime &out, const QString &path)
    {
        out = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !out.isValid()) {
            out = {};
            m_ctx.fail(path, QStringLiteral("expected a date and time as YYYY-MM-DDThh:mm:ssZ"));
        }
        out = out.toUTC();
    }
    void read(const QJsonValue &v, QStringList &out, const QString &path)
    {
        if (!v.isArray()) {
            m_ctx.fail(path, QStringLiteral("expected an array of strings"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isString())
                out.append(a.at(i).toString());
            else
                m_ctx.fail(path + index(i), QStringLiteral("expected a string"));
        }
    }
    void read(const QJsonValue &v, LocalText &out, const QString &path)
    {
        if (v.isString()) {
            out.set(m_ctx.language, v.toString());
            return;
        }
        if (!v.isObject()) {
            m_ctx.fail(path, QStringLiteral("expected a string, or an object of texts by language "
                                            "(\"da\", \"nb\", \"sv\", \"en\")"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!ReferenceData::languages().contains(it.key()))
                m_ctx.fail(path + QLatin1Char('.') + it.key(),
                           QStringLiteral("unknown language; expected da, nb, sv or en"));
            else if (!it.value().isString())
                m_ctx.fail(path + QLatin1Char('.') + it.key(), QStringLiteral("expected a string"));
            else
                out.set(it.key(), it.value().toString());
        }
    }
    template <class E>
        requires std::is_enum_v<E>
    void read(const QJsonValue &v, E &out, const QString &path)
    {
        const auto e = fromCode<E>(v.toString());
        if (v.isString() && e)
            out = *e;
        else
            m_ctx.fail(path, QStringLiteral("expected ") + codeList<E>());
    }
    template <class T> void read(const QJsonValue &v, QList<T> &out, const QString &path)
    {
        if (!v.isArray()) {
            m_ctx.fail(path, QStringLiteral("expected an array"));
            return;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            T item;
            readObject(a.at(i), item, path + index(i), m_ctx);
            out.append(std::move(item));
        }
    }
    template <class T>
        requires std::is_class_v<T>
    void read(const QJsonValue &v, T &out, const QString &path)
    {
        readObject(v, out, path, m_ctx);
    }

    const QJsonObject m_object; // by value: callers pass temporaries (v.toObject())
    QString m_path;
    ReadContext &m_ctx;
    QSet<QString> m_seen;
};

} // namespace Fortegnelse::Json
