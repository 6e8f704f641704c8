#include "step.h"

#include "jsonfields.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Fortegnelse {

QByteArray storedBody(const AnyItem &item)
{
    return std::visit([](const auto &value) {
        return QJsonDocument(Json::Writer::write(value)).toJson(QJsonDocument::Compact);
    }, item);
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
