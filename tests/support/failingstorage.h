#pragma once

// A storage that fails at a chosen write, over a real one: each user step must then leave
// the register, the undo stack and the views exactly as they were.

#include "storage.h"

#include <memory>

namespace Fortegnelse::Test {

class FailingStorage : public Storage
{
public:
    explicit FailingStorage(std::unique_ptr<Storage> inner)
        : m_inner(std::move(inner))
    {
    }

    /// The call (1 = the first begin, put, erase, appendJournal or commit from now on) that fails;
    /// 0 never fails.
    void failAt(int call)
    {
        m_failAt = call;
        m_calls = 0;
    }
    /// How many begin, put, erase, appendJournal and commit calls were made since failAt().
    int calls() const { return m_calls; }

    QString location() const override { return m_inner->location(); }
    bool begin(QString *error) override { return fails(error) ? false : m_inner->begin(error); }
    bool put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
             QString *error) override
    {
        return fails(error) ? false : m_inner->put(kind, id, position, body, error);
    }
    bool erase(EntityKind kind, const QString &id, QString *error) override
    {
        return fails(error) ? false : m_inner->erase(kind, id, error);
    }
    bool commit(QString *error) override
    {
        if (fails(error)) {
            m_inner->rollback(); // a failed commit leaves nothing behind
            return false;
        }
        return m_inner->commit(error);
    }
    bool appendJournal(const QList<JournalEntry> &entries, QString *error) override
    {
        return fails(error) ? false : m_inner->appendJournal(entries, error);
    }
    bool readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) override
    {
        return m_inner->readJournal(query, page, error);
    }
    bool appendSnapshot(const Snapshot &snapshot, QString *error) override
    {
        return fails(error) ? false : m_inner->appendSnapshot(snapshot, error);
    }
    bool readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error) override
    {
        return m_inner->readSnapshots(query, list, error);
    }
    void rollback() override { m_inner->rollback(); }
    QDateTime lastChange() const override { return m_inner->lastChange(); }
    bool changedElsewhere() override { return m_inner->changedElsewhere(); }
    bool reload(Register *reg, LoadReport *report, QString *error) override
    {
        return m_inner->reload(reg, report, error);
    }

private:
    bool fails(QString *error)
    {
        if (++m_calls != m_failAt)
            return false;
        *error = QStringLiteral("injected failure at call %1").arg(m_calls);
        return true;
    }
    std::unique_ptr<Storage> m_inner;
    int m_failAt = 0;
    int m_calls = 0;
};

} // namespace Fortegnelse::Test
