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
};

/// Counts the register's items, lists the reviews due, finds the last submission, and reads,
/// from its journal, whether anything changed since the policy was published (publishing
/// itself does not count).
/// \a today decides which reviews are due (the UI passes the current date).
RegisterOverview registerOverview(const Document &doc, const QDate &today);

} // namespace Fortegnelse
