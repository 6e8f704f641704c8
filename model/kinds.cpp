#include "kinds.h"

#include <QtGlobal>

#include <array>

namespace Fortegnelse {

namespace {

// In the order of EntityKind, which kindInfo() indexes by.
constexpr std::array<KindInfo, 9> kinds{{
    {EntityKind::Organisation, true, "organisation", "organisation",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Organisation"), "", "name",
     "organisation", QT_TRANSLATE_NOOP("Undo Commands", "organisation"), "singletons", true, false},
    {EntityKind::Policy, true, "policy", "policy",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Policy settings"), "", "title",
     "policy", QT_TRANSLATE_NOOP("Undo Commands", "policy settings"), "singletons", false, false},
    {EntityKind::SubjectCategory, false, "subjectCategories", "subject category",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Subject categories"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New subject category"), "name",
     "subject", QT_TRANSLATE_NOOP("Undo Commands", "subject category"), "subject_categories", false, true},
    {EntityKind::DataCategory, false, "dataCategories", "data category",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Data categories"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New data category"), "name",
     "data", QT_TRANSLATE_NOOP("Undo Commands", "data category"), "data_categories", false, true},
    {EntityKind::Activity, false, "activities", "processing activity",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Processing activities"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New processing activity"), "name",
     "activity", QT_TRANSLATE_NOOP("Undo Commands", "processing activity"), "activities", true, false},
    {EntityKind::Party, false, "parties", "party",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Parties"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New party"), "name",
     "party", QT_TRANSLATE_NOOP("Undo Commands", "party"), "parties", true, false},
    {EntityKind::Transfer, false, "transfers", "transfer",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Transfers"), "", "destination",
     "transfer", QT_TRANSLATE_NOOP("Undo Commands", "transfer"), "transfers", true, false},
    {EntityKind::Measure, false, "measures", "security measure",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Security measures"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New security measure"), "name",
     "measure", QT_TRANSLATE_NOOP("Undo Commands", "security measure"), "measures", false, false},
    {EntityKind::Cookie, false, "cookies", "cookie",
     QT_TRANSLATE_NOOP("Fortegnelse::Kinds", "Cookies"),
     QT_TRANSLATE_NOOP("Fortegnelse::ListPage", "New cookie"), "name",
     "cookie", QT_TRANSLATE_NOOP("Undo Commands", "cookie"), "cookies", false, false},
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

const std::array<EntityKind, 9> &allKinds()
{
    static constexpr std::array<EntityKind, 9> all{
        EntityKind::Organisation, EntityKind::Policy, EntityKind::SubjectCategory,
        EntityKind::DataCategory, EntityKind::Activity, EntityKind::Party,
        EntityKind::Transfer, EntityKind::Measure, EntityKind::Cookie};
    return all;
}

} // namespace Fortegnelse
