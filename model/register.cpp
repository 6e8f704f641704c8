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
} // namespace

QString displayName(const Register &reg, EntityKind kind, const QString &id)
{
    const QString lang = reg.organisation.language;
    switch (kind) {
    case EntityKind::Organisation: return reg.organisation.name;
    case EntityKind::Policy: return reg.policy.title.resolve(lang, QStringLiteral("en"));
    case EntityKind::SubjectCategory: return nameOf(reg.subjectCategories, id, lang);
    case EntityKind::DataCategory: return nameOf(reg.dataCategories, id, lang);
    case EntityKind::Activity: return nameOf(reg.activities, id, lang);
    case EntityKind::Party: return nameOf(reg.parties, id, lang);
    case EntityKind::Measure: return nameOf(reg.measures, id, lang);
    case EntityKind::Cookie: return nameOf(reg.cookies, id, lang);
    case EntityKind::Transfer: {
        const Transfer *t = reg.transfers.find(id);
        if (!t)
            return id;
        const QString recipient = t->party.isEmpty()
            ? t->recipient.resolve(lang, QStringLiteral("en"))
            : nameOf(reg.parties, t->party, lang);
        if (recipient.isEmpty())
            return t->destination.isEmpty() ? id : t->destination;
        return t->destination.isEmpty() ? recipient : recipient + QStringLiteral(" (") + t->destination + QLatin1Char(')');
    }
    }
    return id;
}

} // namespace Fortegnelse
