#pragma once

#include <QString>

namespace Fortegnelse {

/// The kinds of item a register holds. Lists are ordered; singletons have one item each.
enum class EntityKind
{
    Organisation,
    Policy,
    SubjectCategory,
    DataCategory,
    Activity,
    Party,
    Transfer,
    Measure,
    Cookie
};

/// Closed vocabularies that live in the shipped reference data (resources/reference/).
enum class CodeList
{
    Art6, ///< Art. 6(1) letters a-f
    Art9, ///< Art. 9(2) letters a-j
    Art10, ///< criminal-offence data bases (DBL § 8)
    Cpr, ///< DBL § 11 grounds for CPR numbers
    Mechanism, ///< transfer mechanisms, Art. 45 / 46 / 49
    Country, ///< ISO 3166-1 alpha-2
    Destination, ///< a country or an international organisation ("INTL:EPO")
    Language, ///< da, nb, sv, en
    PolicySection, ///< standard sections of the generated policy
    CookieWithdrawal ///< where a visitor withdraws consent to cookies
};

} // namespace Fortegnelse
