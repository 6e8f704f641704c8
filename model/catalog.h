#pragma once

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QStringList>

namespace Fortegnelse {

// The register-wide catalogues that activities refer to by id.

struct SubjectCategory
{
    static constexpr EntityKind kind = EntityKind::SubjectCategory;
    QString id;
    QString ref; ///< key of a shipped common category, when it is one
    LocalText name;
    LocalText description;
    bool children = false; ///< the category includes children (consent age, DBL § 6(2))

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("ref", ref);
        v("name", name);
        v("description", description);
        v("children", children);
    }
    friend bool operator==(const SubjectCategory &, const SubjectCategory &) = default;
};

struct DataCategory
{
    static constexpr EntityKind kind = EntityKind::DataCategory;
    QString id;
    QString ref;
    LocalText name;
    DataKind dataKind = DataKind::Ordinary;
    LocalText description;

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("ref", ref);
        v("name", name);
        v("kind", dataKind);
        v("description", description);
    }
    friend bool operator==(const DataCategory &, const DataCategory &) = default;
};

/// One technical or organisational measure (Art. 32) in the register's catalogue.
struct SecurityMeasure
{
    static constexpr EntityKind kind = EntityKind::Measure;
    QString id;
    LocalText name;
    MeasureType type = MeasureType::Technical;
    LocalText description;

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("name", name);
        v("type", type);
        v("description", description);
    }
    friend bool operator==(const SecurityMeasure &, const SecurityMeasure &) = default;
};

struct Cookie
{
    static constexpr EntityKind kind = EntityKind::Cookie;
    QString id;
    QString name;
    QString provider; ///< free text; or see party
    QString party; ///< the provider as a party of the register, when it is one
    CookieCategory category = CookieCategory::Necessary;
    LocalText purpose;
    bool session = false; ///< expires when the browser closes
    int durationAmount = 0;
    PeriodUnit durationUnit = PeriodUnit::Days;
    QString country; ///< where the provider is

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("name", name);
        v("provider", provider);
        v.ref("party", party, EntityKind::Party);
        v("category", category);
        v("purpose", purpose);
        v("session", session);
        v("durationAmount", durationAmount);
        v("durationUnit", durationUnit);
        v.code("country", country, CodeList::Country);
    }
    friend bool operator==(const Cookie &, const Cookie &) = default;

    /// Whether the cookie may be set only with the visitor's consent (ePrivacy Art. 5(3)):
    /// every category but the strictly necessary.
    bool needsConsent() const { return category != CookieCategory::Necessary; }
};

} // namespace Fortegnelse
