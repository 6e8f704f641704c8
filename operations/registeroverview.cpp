#include "registeroverview.h"

#include "document.h"
#include "journal.h"
#include "policydrift.h"

#include <algorithm>

namespace Fortegnelse {

namespace {

/// The fields publishing the policy sets: a step touching only these is the publishing.
bool isPublishing(const JournalEntry &entry)
{
    if (entry.itemKind != EntityKind::Policy)
        return false;
    for (const QString &field : entry.fields)
        if (field != u"version" && field != u"lastUpdated" && field != u"published")
            return false;
    return true;
}

} // namespace

RegisterOverview registerOverview(const Document &doc, const QDate &today)
{
    const Register &reg = doc.reg();
    RegisterOverview overview;
    overview.counts = {{EntityKind::Activity, int(reg.activities.size())},
                       {EntityKind::Party, int(reg.parties.size())},
                       {EntityKind::SubjectCategory, int(reg.subjectCategories.size())},
                       {EntityKind::DataCategory, int(reg.dataCategories.size())},
                       {EntityKind::Transfer, int(reg.transfers.size())},
                       {EntityKind::Measure, int(reg.measures.size())},
                       {EntityKind::Cookie, int(reg.cookies.size())}};
    overview.reviewsDue = reviewsDue(reg, today, RegisterOverview::reviewHorizon);
    overview.reviewsOverdue = int(std::count_if(overview.reviewsDue.cbegin(), overview.reviewsDue.cend(),
                                                [&today](const ReviewDate &r) { return r.due < today; }));
    SnapshotQuery submitted;
    submitted.kind = Snapshot::Submitted;
    submitted.limit = 1;
    QList<Snapshot> newest;
    QString snapshotError;
    overview.submissionsKnown = doc.readSnapshots(submitted, &newest, &snapshotError);
    if (overview.submissionsKnown && !newest.isEmpty())
        overview.lastSubmission = newest.constFirst();

    overview.policyVersion = reg.policy.published.isValid() ? reg.policy.version : QString();
    overview.policyPublished = reg.policy.published;
    if (!reg.policy.published.isValid())
        return overview;
    if (reg.activities.size() <= driftOverviewActivityLimit)
        overview.driftSections = policyDriftSections(doc);
    // The newest entry since publishing decides: the publishing itself (or nothing)
    // means the published text was made from the register as it is; any other step
    // means it may no longer match. Creating the register from a file is no change.
    JournalQuery query;
    query.since = reg.policy.published;
    query.limit = 50;
    QList<JournalEntry> page;
    QString error;
    if (!doc.readJournal(query, &page, &error))
        return overview;
    overview.changedSincePublished = RegisterOverview::Since::Unchanged;
    for (const JournalEntry &entry : std::as_const(page)) {
        if (entry.kind == JournalEntry::Import)
            continue;
        if (!isPublishing(entry))
            overview.changedSincePublished = RegisterOverview::Since::Changed;
        break;
    }
    return overview;
}

} // namespace Fortegnelse
