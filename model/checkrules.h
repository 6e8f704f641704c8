#pragma once

#include "checks.h"

namespace Fortegnelse {

/// A check kept in a file of its own: it checks the item \a id of \a kind (an empty id
/// for the organisation and the policy) and returns that item's problems.
///
/// The per-kind checks run the rules registered for their kind, so a rule added here
/// shows in checkRegister(), in the live problem list (Checker), in `fortegnelse check`
/// and inline in the item's form. Rules for subject and data categories, measures and
/// cookies run with the policy's register-wide pass.
struct CheckRule
{
    EntityKind kind;
    QList<Problem> (*check)(const Register &reg, EntityKind kind, const QString &id,
                            const CheckContext &ctx);
};

/// Every registered rule, in the order they run: one line per rule, in checkrules.cpp.
const QList<CheckRule> &checkRules();

/// The problems the registered rules find on the item \a id of \a kind.
QList<Problem> runCheckRules(const Register &reg, EntityKind kind, const QString &id,
                             const CheckContext &ctx);

// The rules of formatchecks.cpp.
/// E-mail addresses and web addresses that are not written as one (FieldTrait).
QList<Problem> checkFieldFormats(const Register &reg, EntityKind kind, const QString &id,
                                 const CheckContext &ctx);
/// An item of a list without a name.
QList<Problem> checkItemName(const Register &reg, EntityKind kind, const QString &id,
                             const CheckContext &ctx);

} // namespace Fortegnelse
