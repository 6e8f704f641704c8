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
