#include "fieldtraits.h"

#include <QStringList>

namespace Fortegnelse {

FieldTrait fieldTrait(const QString &key)
{
    static const QStringList multiLine{
        QStringLiteral("description"), QStringLiteral("legitimateInterest"), QStringLiteral("arrangement"),
        QStringLiteral("processing"), QStringLiteral("securityOverview"), QStringLiteral("body"),
        QStringLiteral("logic"), QStringLiteral("significance"), QStringLiteral("safeguards"),
        QStringLiteral("criterion"), QStringLiteral("changeNotice"), QStringLiteral("provisionConsequence"),
        QStringLiteral("reason"), QStringLiteral("deletion"), QStringLiteral("service"),
        QStringLiteral("notes"), QStringLiteral("address"), QStringLiteral("purpose")};
    if (key == u"email" || key == u"contactEmail")
        return FieldTrait::Email;
    if (key == u"website" || key == u"url" || key.endsWith(u"Url"))
        return FieldTrait::Url;
    if (multiLine.contains(key))
        return FieldTrait::MultiLine;
    return FieldTrait::Plain;
}

} // namespace Fortegnelse
