#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Fortegnelse {

// The closed vocabularies of the register. Each has a stable code used in the .ropa file
// and in JSON; labels for people come from translations, never from these codes.

enum class ActivityRole
{
    Controller,
    JointController,
    Processor
};
enum class ActivityStatus
{
    Draft,
    Active,
    Retired
};
enum class PartyRole
{
    Processor,
    SubProcessor,
    Controller, ///< independent controller receiving data
    JointController, ///< Art. 26
    ClientController, ///< the controller we act for as processor, Art. 30(2)
    PublicAuthority
};
enum class DataKind
{
    Ordinary,
    Special,
    Criminal,
    NationalId
};
enum class PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years
};
enum class CookieCategory
{
    Necessary,
    Functional,
    Statistics,
    Marketing
};
/// Whether the data subject must provide the data (Art. 13(2)(e)). NotAssessed is the
/// default: nobody has answered, and no document may state an answer.
enum class ProvisionRequirement
{
    NotAssessed,
    NotRequired,
    Statutory,
    Contractual,
    ContractPrerequisite
};
/// An answer the officer records, or its absence: a document states only Yes or No.
enum class Answer
{
    NotAssessed,
    No,
    Yes
};
enum class MeasureType
{
    Technical,
    Organisational
};
enum class SectionPlacement
{
    Before,
    After
};

template <typename E> struct EnumCodes;

#define FORTEGNELSE_CODES(E, ...)                                                               \
    template <> struct EnumCodes<E>                                                             \
    {                                                                                           \
        static constexpr auto table = std::to_array<std::pair<E, const char *>>({__VA_ARGS__}); \
    };

FORTEGNELSE_CODES(ActivityRole, {ActivityRole::Controller, "controller"},
                  {ActivityRole::JointController, "joint-controller"},
                  {ActivityRole::Processor, "processor"})
FORTEGNELSE_CODES(ActivityStatus, {ActivityStatus::Draft, "draft"},
                  {ActivityStatus::Active, "active"}, {ActivityStatus::Retired, "retired"})
FORTEGNELSE_CODES(PartyRole, {PartyRole::Processor, "processor"},
                  {PartyRole::SubProcessor, "sub-processor"}, {PartyRole::Controller, "controller"},
                  {PartyRole::JointController, "joint-controller"},
                  {PartyRole::ClientController, "client-controller"},
                  {PartyRole::PublicAuthority, "public-authority"})
FORTEGNELSE_CODES(DataKind, {DataKind::Ordinary, "ordinary"}, {DataKind::Special, "special"},
                  {DataKind::Criminal, "criminal"}, {DataKind::NationalId, "national-id"})
FORTEGNELSE_CODES(PeriodUnit, {PeriodUnit::Days, "days"}, {PeriodUnit::Weeks, "weeks"},
                  {PeriodUnit::Months, "months"}, {PeriodUnit::Years, "years"})
FORTEGNELSE_CODES(CookieCategory, {CookieCategory::Necessary, "necessary"},
                  {CookieCategory::Functional, "functional"},
                  {CookieCategory::Statistics, "statistics"},
                  {CookieCategory::Marketing, "marketing"})
// "not-required" was the default of format 1 and so says nothing: the reader maps it to
// "not-assessed" (jsonfields.h, LegacyValue), and an answer is now "voluntary".
FORTEGNELSE_CODES(ProvisionRequirement, {ProvisionRequirement::NotAssessed, "not-assessed"},
                  {ProvisionRequirement::NotRequired, "voluntary"},
                  {ProvisionRequirement::Statutory, "statutory"},
                  {ProvisionRequirement::Contractual, "contractual"},
                  {ProvisionRequirement::ContractPrerequisite, "contract-prerequisite"})
FORTEGNELSE_CODES(Answer, {Answer::NotAssessed, "not-assessed"}, {Answer::No, "no"},
                  {Answer::Yes, "yes"})
FORTEGNELSE_CODES(MeasureType, {MeasureType::Technical, "technical"},
                  {MeasureType::Organisational, "organisational"})
FORTEGNELSE_CODES(SectionPlacement, {SectionPlacement::Before, "before"},
                  {SectionPlacement::After, "after"})

#undef FORTEGNELSE_CODES

template <typename E> QString toCode(E value)
{
    for (const auto &[e, code] : EnumCodes<E>::table)
        if (e == value)
            return QLatin1String(code);
    return {};
}

template <typename E> std::optional<E> fromCode(const QString &code)
{
    for (const auto &[e, c] : EnumCodes<E>::table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

/// All codes of an enum joined for messages: "a, b or c".
template <typename E> QString codeList()
{
    QString out;
    const auto &t = EnumCodes<E>::table;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0)
            out += i + 1 == t.size() ? QLatin1String(" or ") : QLatin1String(", ");
        out += QLatin1Char('"') + QLatin1String(t[i].second) + QLatin1Char('"');
    }
    return out;
}

} // namespace Fortegnelse
