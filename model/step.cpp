#include "step.h"

#include "jsonfields.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse {

QByteArray storedBody(const AnyItem &item)
{
    return std::visit([](const auto &value) {
        return QJsonDocument(Json::Writer::write(value)).toJson(QJsonDocument::Compact);
    },
                      item);
}

Step stepBetween(const Register &before, const Register &after, bool *reordered, qsizetype limit)
{
    Step changes;
    bool moved = false;
    const auto room = [&] { return limit < 0 || changes.size() <= limit; };
    if (!(before.organisation == after.organisation))
        changes.append(ItemChange::organisation(before.organisation, after.organisation));
    if (!(before.policy == after.policy))
        changes.append(ItemChange::policy(before.policy, after.policy));
    const_cast<Register &>(before).forEachList([&](const auto &mine) {
        using T = typename std::decay_t<decltype(mine)>::value_type;
        const EntityList<T> &theirs = after.template list<T>();
        for (int i = 0; i < mine.size() && room(); ++i) {
            if (!theirs.contains(mine.at(i).id))
                changes.append(ItemChange::remove(mine.at(i), mine.positionAt(i)));
        }
        for (int i = 0; i < theirs.size() && room(); ++i) {
            const T &item = theirs.at(i);
            const int at = mine.indexOf(item.id);
            if (at < 0)
                changes.append(ItemChange::insert(item, theirs.positionAt(i)));
            else if (mine.positionAt(at) != theirs.positionAt(i))
                moved = true;
            else if (!(mine.at(at) == item))
                changes.append(ItemChange::replace(mine.at(at), item, theirs.positionAt(i)));
        }
    });
    if (reordered)
        *reordered = moved;
    return changes;
}

QStringList changedFields(const AnyItem &before, const AnyItem &after)
{
    const auto object = [](const AnyItem &item) {
        return std::visit([](const auto &value) { return Json::Writer::write(value); }, item);
    };
    const QJsonObject a = object(before);
    const QJsonObject b = object(after);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.removeIf([&](const QString &key) { return a.value(key) == b.value(key); });
    keys.sort();
    return keys;
}

QString summarizeDamage(const QList<Damage> &damage)
{
    if (damage.isEmpty())
        return {};
    const Damage &first = damage.first();
    QString line = first.where + QStringLiteral(": ") + first.message;
    // (The count is worked out first: lupdate 6.4 hangs on a cast inside the call.)
    const int more = int(damage.size()) - 1;
    if (more > 0)
        line += QCoreApplication::translate("Fortegnelse::Store", " (and %n more)", nullptr, more);
    return line;
}

} // namespace Fortegnelse
