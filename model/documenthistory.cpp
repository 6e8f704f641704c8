// Document's side of the register's history (issue 16): reading the journal, and keeping and
// reading snapshots, through its storage. The steps themselves are in document.cpp.

#include "document.h"

#include "commands.h"
#include "storage.h"

namespace Fortegnelse {

bool Document::readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) const
{
    return m_storage->readJournal(query, page, error);
}

bool Document::readJournalActors(QStringList *actors, QString *error) const
{
    return m_storage->readJournalActors(actors, error);
}

bool Document::updatePolicyKeeping(const std::function<void(PolicySettings &)> &edit, const QString &text,
                                   const Snapshot &snapshot)
{
    PolicySettings after = m_reg.policy;
    edit(after);
    if (after == m_reg.policy)
        return keepSnapshot(snapshot);
    if (refuseWhenReadOnly())
        return false;
    m_keep = &snapshot;
    const bool ok = perform({ItemChange::policy(m_reg.policy, after)}, text);
    m_keep = nullptr;
    if (ok)
        emit snapshotKept();
    return ok;
}

bool Document::keepSnapshot(const Snapshot &snapshot)
{
    if (refuseWhenReadOnly())
        return false;
    QString error;
    bool ok = m_storage->begin(&error) && m_storage->appendSnapshot(snapshot, &error);
    if (ok)
        ok = m_storage->commit(&error);
    else
        m_storage->rollback();
    if (!ok) {
        reportWriteFailure(error);
        noticeUnavailable();
    } else {
        emit snapshotKept();
    }
    return ok;
}

bool Document::readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error) const
{
    return m_storage->readSnapshots(query, list, error);
}

} // namespace Fortegnelse
