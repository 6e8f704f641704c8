#include "journal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <pwd.h>
#include <unistd.h>

namespace Fortegnelse {

namespace {

constexpr struct
{
    JournalEntry::Kind kind;
    const char *name;
} kindNames[] = {
    {JournalEntry::Edit, "edit"},
    {JournalEntry::Undo, "undo"},
    {JournalEntry::Redo, "redo"},
    {JournalEntry::Repair, "repair"},
    {JournalEntry::Import, "import"},
};

constexpr struct
{
    EntityKind kind;
    const char *name;
} itemNames[] = {
    {EntityKind::Organisation, "organisation"},
    {EntityKind::Policy, "policy"},
    {EntityKind::SubjectCategory, "subject"},
    {EntityKind::DataCategory, "data"},
    {EntityKind::Activity, "activity"},
    {EntityKind::Party, "party"},
    {EntityKind::Transfer, "transfer"},
    {EntityKind::Measure, "measure"},
    {EntityKind::Cookie, "cookie"},
};

QJsonObject objectOf(const QByteArray &body)
{
    return body.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(body).object();
}

} // namespace

QString journalKindName(JournalEntry::Kind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<JournalEntry::Kind> journalKindFromName(const QString &name)
{
    for (const auto &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString itemKindName(EntityKind kind)
{
    for (const auto &k : itemNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<EntityKind> itemKindFromName(const QString &name)
{
    for (const auto &k : itemNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QStringList changedFields(const QByteArray &before, const QByteArray &after)
{
    const QJsonObject a = objectOf(before);
    const QJsonObject b = objectOf(after);
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            changed.append(key);
    }
    changed.sort();
    return changed;
}

bool continuesTyping(const JournalEntry &older, const JournalEntry &newer)
{
    return older.step == newer.step && older.seq < newer.seq && older.kind == newer.kind
        && older.itemKind == newer.itemKind && older.itemId == newer.itemId && !older.after.isEmpty()
        && older.after == newer.before;
}

void foldTyping(JournalEntry *newer, const JournalEntry &older)
{
    QByteArray after = std::move(newer->after);
    *newer = older;
    newer->after = std::move(after);
}

bool foldTypingInto(QList<JournalEntry> *newestFirst, const JournalEntry &older)
{
    if (newestFirst->isEmpty() || !continuesTyping(older, newestFirst->last()))
        return false;
    foldTyping(&newestFirst->last(), older);
    return true;
}

QString currentOsUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QString::number(::geteuid()) : user;
}

} // namespace Fortegnelse
