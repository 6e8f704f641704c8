#include "kinds.h"

#include <QtGlobal>

#include <array>

namespace Fortegnelse {

namespace {

// In the order of EntityKind, which kindInfo() indexes by.
constexpr std::array<KindInfo, 9> kinds{{
    {EntityKind::Organisation, true, "organisation", "organisation",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Organisation"), "", "name"},
    {EntityKind::Policy, true, "policy", "policy",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Policy settings"), "", "title"},
    {EntityKind::SubjectCategory, false, "subjectCategories", "subject category",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Subject categories"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New subject category"), "name"},
    {EntityKind::DataCategory, false, "dataCategories", "data category",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Data categories"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New data category"), "name"},
    {EntityKind::Activity, false, "activities", "processing activity",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Processing activities"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New processing activity"), "name"},
    {EntityKind::Party, false, "parties", "party",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Parties"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New party"), "name"},
    {EntityKind::Transfer, false, "transfers", "transfer",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Transfers"), "", "destination"},
    {EntityKind::Measure, false, "measures", "security measure",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Security measures"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New security measure"), "name"},
    {EntityKind::Cookie, false, "cookies", "cookie",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Cookies"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New cookie"), "name"},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (int(kinds[i].kind) != int(i))
            return false;
    return true;
}
static_assert(inEnumOrder(), "the kind table must follow the order of EntityKind");

} // namespace

const KindInfo &kindInfo(EntityKind kind)
{
    return kinds.at(std::size_t(kind));
}

} // namespace Fortegnelse
