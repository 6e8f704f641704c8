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
    /// The next commit loses its answer, as when the connection to a server drops while it
    /// commits: the commit takes effect when \a lands (else it is rolled back) and is
    /// reported failed with its outcome unknown. The storage is then out of reach until the
    /// next changedElsewhere(), which reports a change, as a server that is back does.
    void loseNextCommitsAnswer(bool lands) { m_loseAnswer = lands ? LoseAnswer::Lands : LoseAnswer::RolledBack; }

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
        m_outcomeUnknown = false;
        if (fails(error)) {
            m_inner->rollback(); // a failed commit leaves nothing behind
            return false;
        }
        if (m_loseAnswer != LoseAnswer::No) {
            if (m_loseAnswer == LoseAnswer::Lands && !m_inner->commit(error))
                return false;
            if (m_loseAnswer == LoseAnswer::RolledBack)
                m_inner->rollback();
            m_loseAnswer = LoseAnswer::No;
            m_outcomeUnknown = m_down = true;
            *error = QStringLiteral("the connection to the server was lost");
            return false;
        }
        return m_inner->commit(error);
    }
    bool commitOutcomeUnknown() const override { return m_outcomeUnknown; }
    QString unavailableReason() const override
    {
        return m_down ? QStringLiteral("The connection to the server was lost.") : m_inner->unavailableReason();
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
    bool changedElsewhere() override
    {
        if (m_down) {
            m_down = false;
            return true;
        }
        return m_inner->changedElsewhere();
    }
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
    enum class LoseAnswer
    {
        No,
        Lands,
        RolledBack
    };
    std::unique_ptr<Storage> m_inner;
    LoseAnswer m_loseAnswer = LoseAnswer::No;
    bool m_outcomeUnknown = false;
    bool m_down = false;
    int m_failAt = 0;
    int m_calls = 0;
};

} // namespace Fortegnelse::Test
