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
    /// How many sections of the published policy (in the register's language) would read
    /// differently now (policydrift.h); -1 when unknown: never published, no snapshot kept,
    /// the policy cannot be made, or the register is too large to work it out at once
    /// (driftOverviewActivityLimit), when the caller may do it in the background.
    int driftSections = -1;
};

/// The most activities for which registerOverview() works the drift out at once: it costs
/// about 17 ms for the OESYN example's 9 activities, 75 ms for 100 and 1.1 s for 1,000
/// (bench_drift, RelWithDebInfo), besides reading the snapshot (6 ms, 16 ms, 240 ms).
constexpr int driftOverviewActivityLimit = 25;

/// Counts the register's items and reads, from its journal, whether anything changed
/// since the policy was published (publishing itself does not count).
RegisterOverview registerOverview(const Document &doc);

} // namespace Fortegnelse
