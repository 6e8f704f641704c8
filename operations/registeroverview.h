#pragma once

#include "entitykind.h"
#include "reviews.h"
#include "snapshot.h"

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

    /// The reviews due by reviewHorizon days from today, soonest (and overdue) first.
    QList<ReviewDate> reviewsDue;
    int reviewsOverdue = 0;
    static constexpr int reviewHorizon = 30;
    /// The newest record kept as submitted to the authority (without its contents), or
    /// none; unknown when the snapshots could not be read.
    std::optional<Snapshot> lastSubmission;
    bool submissionsKnown = false;

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

/// Counts the register's items, lists the reviews due, finds the last submission, and reads,
/// from its journal, whether anything changed since the policy was published (publishing
/// itself does not count).
/// \a today decides which reviews are due (the UI passes the current date).
RegisterOverview registerOverview(const Document &doc, const QDate &today);

} // namespace Fortegnelse
