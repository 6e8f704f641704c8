#pragma once

#include "entitykind.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Fortegnelse {

class Document;

/// What the start page says about an open register: only what the register knows.
struct RegisterOverview
{
    QList<QPair<EntityKind, int>> counts; ///< items per part, in the navigator's order
    QString policyVersion; ///< the published version, empty when never published
    QDateTime policyPublished; ///< when it was published (UTC), invalid when never
    /// Whether a step changed the register after the policy was published; unknown when
    /// the journal could not be read or the policy was never published.
    enum class Since
    {
        Unknown,
        Unchanged,
        Changed
    };
    Since changedSincePublished = Since::Unknown;
};

/// Counts the register's items and reads, from its journal, whether anything changed
/// since the policy was published (publishing itself does not count).
RegisterOverview registerOverview(const Document &doc);

} // namespace Fortegnelse
