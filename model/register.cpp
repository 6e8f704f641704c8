#include "register.h"

#include "referencedata.h"

namespace Fortegnelse {

QStringList ProcessingActivity::subjects() const
{
    QStringList out;
    out.reserve(matrix.size());
    for (const MatrixRow &row : matrix)
        out.append(row.subject);
    return out;
}

Register Register::createEmpty(const QString &language)
{
    Register reg;
    reg.organisation.language = language;
    reg.organisation.country = QStringLiteral("DK");
    reg.organisation.supervisoryAuthority = QStringLiteral("DK");
    reg.policy.governingLaw = QStringLiteral("DK");
    return reg;
}

namespace {
template <class T> QString nameOf(const EntityList<T> &list, const QString &id, const QString &lang)
{
    const T *item = list.find(id);
    if (!item)
        return id;
    if constexpr (std::is_same_v<decltype(item->name), LocalText>)
        return item->name.resolve(lang, QStringLiteral("en"));
    else
        return item->name.isEmpty() ? id : item->name;
}

/// A transfer is called by its recipient and destination: "Mailgun (US)".
QString transferName(const Register &reg, const Transfer *t, const QString &id, const QString &lang)
{
    if (!t)
        return id;
    const QString recipient = t->party.isEmpty() ? t->recipient.resolve(lang, QStringLiteral("en"))
                                                 : nameOf(reg.parties, t->party, lang);
    if (recipient.isEmpty())
        return t->destination.isEmpty() ? id : t->destination;
    return t->destination.isEmpty() ? recipient : recipient + QStringLiteral(" (") + t->destination + QLatin1Char(')');
}
} // namespace

QString displayName(const Register &reg, EntityKind kind, const QString &id)
{
    const QString lang = reg.organisation.language;
    if (kind == EntityKind::Organisation)
        return reg.organisation.name;
    if (kind == EntityKind::Policy)
        return reg.policy.title.resolve(lang, QStringLiteral("en"));
    QString name = id;
    withList(reg, kind, [&](const auto &list) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(list)>::value_type, Transfer>)
            name = transferName(reg, list.find(id), id, lang);
        else
            name = nameOf(list, id, lang);
    });
    return name;
}

} // namespace Fortegnelse
