#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>

namespace Fortegnelse {

enum class Severity
{
    Error,
    Warning,
    Advice
};

/// One finding of the checks: what is wrong, where, and why it matters in law.
struct Problem
{
    Severity severity = Severity::Warning;
    QString rule; ///< stable code, e.g. "purpose-without-basis"
    EntityKind kind = EntityKind::Organisation; ///< the item it is about
    QString itemId; ///< empty for the organisation and the policy
    QString field; ///< the field within the item, e.g. "purposes[0].legalBasis"
    QString message; ///< a plain explanation citing the article or section, translated

    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace Fortegnelse
