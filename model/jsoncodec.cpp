#include "jsoncodec.h"

#include "historyjson.h"
#include "kinds.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <list>
#include <vector>

namespace Fortegnelse::Json {

namespace {

const char *listKey(EntityKind kind)
{
    return kindInfo(kind).listKey;
}

QString kindName(EntityKind kind)
{
    return QLatin1String(kindInfo(kind).name);
}

bool knownId(const Register &reg, EntityKind kind, const QString &id)
{
    bool known = false;
    withList(reg, kind, [&](const auto &list) { known = list.contains(id); });
    return known;
}

template <class T>
void readList(const QJsonObject &root, Register &reg, ReadContext &ctx)
{
    const QString key = QLatin1String(listKey(T::kind));
    const QString path = QStringLiteral("$.") + key;
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        ctx.fail(path, QStringLiteral("expected an array"));
        return;
    }
    const QJsonArray a = v.toArray();
    EntityList<T> &list = reg.list<T>();
    list.reserve(a.size());
    const Path listPath(path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        T item;
        const Path itemPath(listPath, i);
        const qsizetype errorsBefore = ctx.errors.size();
        Reader::readObject(a.at(i), item, itemPath, ctx);
        if (ctx.errors.size() > errorsBefore)
            continue;
        if (list.contains(item.id)) {
            ctx.fail(itemPath.toString() + QStringLiteral(".id"),
                     QStringLiteral("duplicate id \"%1\": another %2 has it already")
                         .arg(item.id, kindName(T::kind)));
            continue;
        }
        list.append(std::move(item));
    }
}

template <class T> QJsonArray writeList(const EntityList<T> &list)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(Writer::write(item));
    return a;
}

/// Reports the references of a struct that point at no item, with their paths.
class RefChecker
{
public:
    RefChecker(const Register &reg, const Path &path, QList<Error> *errors)
        : m_reg(reg)
        , m_path(path)
        , m_errors(errors)
    {
    }
    void id(QString &) {}
    void code(const char *, QString &, CodeList) {}
    void ref(const char *key, QString &value, EntityKind kind)
    {
        if (!value.isEmpty() && !knownId(m_reg, kind, value))
            unknown(Path(m_path, key), kind, value);
    }
    void ref(const char *key, QStringList &value, EntityKind kind)
    {
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (!knownId(m_reg, kind, value.at(i))) {
                const Path list(m_path, key);
                unknown(Path(list, i), kind, value.at(i));
            }
        }
    }
    template <class T> void operator()(const char *key, T &value)
    {
        if constexpr (requires { value.first().describe(*this); }) {
            const Path list(m_path, key);
            for (qsizetype i = 0; i < value.size(); ++i) {
                const Path item(list, i);
                RefChecker c(m_reg, item, m_errors);
                value[i].describe(c);
            }
        } else if constexpr (requires { value.describe(*this); }) {
            const Path field(m_path, key);
            RefChecker c(m_reg, field, m_errors);
            value.describe(c);
        }
    }

private:
    void unknown(const Path &path, EntityKind kind, const QString &id)
    {
        m_errors->append({path.toString(), QStringLiteral("unknown %1 \"%2\"").arg(kindName(kind), id)});
    }
    const Register &m_reg;
    const Path &m_path;
    QList<Error> *m_errors;
};

} // namespace

QString summarize(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return {};
    QString line = errors.first().toString();
    if (errors.size() > 1)
        line += QStringLiteral(" (and %1 more)").arg(errors.size() - 1);
    return line;
}

QByteArray write(const Register &reg)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("organisation"), Writer::write(reg.organisation));
    root.insert(QStringLiteral("policy"), Writer::write(reg.policy));
    const_cast<Register &>(reg).forEachList([&root](const auto &list) {
        using T = typename std::decay_t<decltype(list.at(0))>;
        root.insert(QLatin1String(listKey(T::kind)), writeList(list));
    });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray write(const Register &reg, const RegisterHistory &history)
{
    if (history.isEmpty())
        return write(reg);
    QJsonObject root = QJsonDocument::fromJson(write(reg)).object();
    root.insert(QStringLiteral("formatVersion"), historyFormatVersion);
    root.insert(QStringLiteral("history"), writeHistory(history));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void checkIntegrity(const Register &reg, QList<Error> *errors)
{
    // Every reference is looked up where it is; a path is spelled out only for one that
    // points at nothing.
    const auto check = [&reg, errors](auto &item, const Path &path) {
        RefChecker c(reg, path, errors);
        item.describe(c);
    };
    const QString organisation = QStringLiteral("$.organisation");
    const QString policy = QStringLiteral("$.policy");
    check(const_cast<Organisation &>(reg.organisation), Path(organisation));
    check(const_cast<PolicySettings &>(reg.policy), Path(policy));
    const_cast<Register &>(reg).forEachList([&](auto &list) {
        using T = typename std::decay_t<decltype(list.at(0))>;
        const QString key = QStringLiteral("$.") + QLatin1String(listKey(T::kind));
        const Path path(key);
        for (int i = 0; i < list.size(); ++i)
            check(const_cast<T &>(list.at(i)), Path(path, i));
    });

    // A sub-processor chain must end at a processor, never loop back on itself.
    for (int i = 0; i < reg.parties.size(); ++i) {
        QSet<QString> seen{reg.parties.at(i).id};
        for (const Party *p = &reg.parties.at(i); !p->parent.isEmpty();) {
            if (seen.contains(p->parent)) {
                errors->append({QStringLiteral("$.parties[%1].parent").arg(i),
                                QStringLiteral("the sub-processor chain of \"%1\" loops back on itself")
                                    .arg(reg.parties.at(i).id)});
                break;
            }
            seen.insert(p->parent);
            p = reg.parties.find(p->parent);
            if (!p)
                break;
        }
    }
}

namespace {

/// One open object or array while checking: the key or index being read, and for an
/// object the keys seen so far (a list while short, a set once long, so a hostile
/// object of 100,000 keys stays linear).
struct Frame
{
    bool object = false;
    qsizetype index = 0;
    QByteArrayView key;
    std::vector<QByteArrayView> keys;
    QSet<QByteArrayView> keySet;

    bool insert(QByteArrayView k)
    {
        if (!keySet.isEmpty()) {
            if (keySet.contains(k))
                return false;
            keySet.insert(k);
            return true;
        }
        for (const QByteArrayView seen : keys)
            if (seen == k)
                return false;
        keys.push_back(k);
        if (keys.size() > 16) {
            for (const QByteArrayView seen : keys)
                keySet.insert(seen);
            keys.clear();
        }
        return true;
    }
};

QString pathOf(const std::vector<Frame> &stack, bool withLastKey)
{
    QString path = QStringLiteral("$");
    for (size_t i = 0; i < stack.size(); ++i) {
        const Frame &f = stack[i];
        if (!f.object)
            path += QStringLiteral("[%1]").arg(f.index);
        else if (i + 1 < stack.size() || withLastKey)
            path += QLatin1Char('.') + QString::fromUtf8(f.key.data(), f.key.size());
    }
    return path;
}

/// A key as its characters, so "a" and "\u0061" are the same key. Only called for the
/// rare key with a backslash; the text is valid JSON.
QByteArray decodeKey(const QByteArray &raw)
{
    const QJsonDocument one = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return one.array().at(0).toString().toUtf8();
}

} // namespace

bool checkStrict(const QByteArray &json, QList<Error> *errors)
{
    const auto fail = [&](const QString &path, const QString &message) {
        errors->append({path, message});
        return false;
    };
    std::vector<Frame> stack;
    std::list<QByteArray> decodedKeys; // the keys the frames' views point to, when escaped
    bool expectKey = false;
    const char *data = json.constData();
    const qsizetype n = json.size();
    for (qsizetype pos = 0; pos < n;) {
        const char c = data[pos];
        switch (c) {
        case '{':
            stack.push_back({true, 0, {}, {}, {}});
            expectKey = true;
            ++pos;
            break;
        case '[':
            stack.push_back({false, 0, {}, {}, {}});
            expectKey = false;
            ++pos;
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            ++pos;
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().object)
                    expectKey = true;
                else
                    ++stack.back().index;
            }
            ++pos;
            break;
        case '"': {
            const qsizetype start = ++pos;
            bool escapes = false;
            while (pos < n && data[pos] != '"') {
                const uchar b = uchar(data[pos]);
                if (b < 0x20) {
                    if (expectKey && !stack.empty())
                        stack.back().key = QByteArrayView(data + start, pos - start);
                    return fail(pathOf(stack, true),
                                QCoreApplication::translate(
                                    "Fortegnelse::Json",
                                    "raw control character U+%1 at byte %2 in a string; write it as \\u%1")
                                    .arg(uint(b), 4, 16, QLatin1Char('0'))
                                    .arg(pos));
                }
                if (b == '\\') {
                    escapes = true;
                    ++pos;
                }
                ++pos;
            }
            // The text ends inside the string (a last backslash may even have stepped past
            // its end): broken JSON, which the parser reports with its line and column.
            if (pos >= n)
                return true;
            if (expectKey && !stack.empty()) {
                Frame &f = stack.back();
                f.key = QByteArrayView(data + start, pos - start);
                if (escapes)
                    f.key = decodedKeys.emplace_back(decodeKey(f.key.toByteArray()));
                if (!f.insert(f.key))
                    return fail(pathOf(stack, true),
                                QCoreApplication::translate("Fortegnelse::Json",
                                                            "the key \"%1\" is given more than once in this object")
                                    .arg(QString::fromUtf8(f.key.data(), f.key.size())));
                expectKey = false;
            }
            ++pos;
            break;
        }
        default: ++pos; break; // white space, ':', numbers, true, false, null
        }
    }
    return true;
}

bool read(const QByteArray &json, Register *out, QList<Error> *errors, RegisterHistory *history)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument stops at some raw control characters (NUL) with a vaguer message.
        checkStrict(json, errors);
        // Say where, as a line and column, since there is no path in broken JSON.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - before.lastIndexOf('\n');
        errors->append({QStringLiteral("line %1, column %2").arg(line).arg(column),
                        QStringLiteral("not valid JSON: ") + parseError.errorString()});
        return false;
    }
    if (!checkStrict(json, errors))
        return false;
    if (!doc.isObject()) {
        errors->append({QStringLiteral("$"), QStringLiteral("expected an object")});
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        errors->append({QStringLiteral("$.format"),
                        QStringLiteral("not a Fortegnelse register: expected \"format\": \"%1\"")
                            .arg(QLatin1String(formatName))});
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1) {
        errors->append({QStringLiteral("$.formatVersion"), QStringLiteral("expected a whole number")});
        return false;
    }
    if (version.toInt() > historyFormatVersion) {
        errors->append({QStringLiteral("$.formatVersion"),
                        QStringLiteral("written by a newer version of Fortegnelse (format %1; this "
                                       "version reads up to %2)")
                            .arg(version.toInt())
                            .arg(historyFormatVersion)});
        return false;
    }

    ReadContext ctx;
    const QString language = root.value(QStringLiteral("organisation"))
                                 .toObject()
                                 .value(QStringLiteral("language"))
                                 .toString();
    if (ReferenceData::languages().contains(language))
        ctx.language = language;

    Register reg;
    static const QSet<QString> rootKeys{
        QStringLiteral("format"), QStringLiteral("formatVersion"),
        QStringLiteral("organisation"), QStringLiteral("policy"),
        QStringLiteral("subjectCategories"), QStringLiteral("dataCategories"),
        QStringLiteral("activities"), QStringLiteral("parties"),
        QStringLiteral("transfers"), QStringLiteral("measures"),
        QStringLiteral("cookies"), QStringLiteral("history")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!rootKeys.contains(it.key()))
            ctx.fail(QStringLiteral("$.") + it.key(), QStringLiteral("unknown field"));
    if (root.contains(QStringLiteral("organisation")))
        Reader::readObject(root.value(QStringLiteral("organisation")), reg.organisation,
                           QStringLiteral("$.organisation"), ctx);
    if (root.contains(QStringLiteral("policy")))
        Reader::readObject(root.value(QStringLiteral("policy")), reg.policy,
                           QStringLiteral("$.policy"), ctx);
    readList<SubjectCategory>(root, reg, ctx);
    readList<DataCategory>(root, reg, ctx);
    readList<SecurityMeasure>(root, reg, ctx);
    readList<Party>(root, reg, ctx);
    readList<ProcessingActivity>(root, reg, ctx);
    readList<Transfer>(root, reg, ctx);
    readList<Cookie>(root, reg, ctx);

    RegisterHistory kept;
    if (root.contains(QStringLiteral("history")))
        readHistory(root.value(QStringLiteral("history")), &kept, &ctx.errors);

    if (ctx.errors.isEmpty())
        checkIntegrity(reg, &ctx.errors);
    if (!ctx.errors.isEmpty()) {
        *errors += ctx.errors;
        return false;
    }
    *out = std::move(reg);
    if (history)
        *history = std::move(kept);
    return true;
}

} // namespace Fortegnelse::Json
