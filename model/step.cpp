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

QString LoadReport::summary() const
{
    if (damage.isEmpty())
        return {};
    const Damage &first = damage.first();
    QString line = first.where + QStringLiteral(": ") + first.message;
    if (damage.size() > 1)
        line += QCoreApplication::translate("Fortegnelse::Store", " (and %n more)", nullptr, int(damage.size() - 1));
    return line;
}

} // namespace Fortegnelse
