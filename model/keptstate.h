#pragma once

#include "register.h"
#include "storage.h"

namespace Fortegnelse {

/// The register as a snapshot kept it (model/snapshot.h), opened to be read: the state a
/// policy was published from or a record submitted with, shown in a window of its own.
/// Every write is refused with the reason the window's banner shows; nothing of it is kept
/// anywhere but in memory. saveCopy() makes a new, editable .ropa of it.
class KeptState : public Storage
{
public:
    /// \a location is the register the snapshot belongs to; \a reason says what the state
    /// is and why it cannot be changed; \a at is when it was kept.
    KeptState(QString location, Register reg, QString reason, QDateTime at);

    QString location() const override { return m_location; }
    bool begin(QString *error) override;
    bool put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
             QString *error) override;
    bool erase(EntityKind kind, const QString &id, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override {}
    bool appendJournal(const QList<JournalEntry> &entries, QString *error) override;
    bool readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) override;
    QDateTime lastChange() const override { return m_at; }
    bool changedElsewhere() override { return false; }
    bool reload(Register *reg, LoadReport *report, QString *error) override;
    bool isEditable() const override { return false; }
    QString readOnlyReason() const override { return m_reason; }
    bool saveCopy(const QString &path, QString *error) override;

private:
    bool refuse(QString *error) const;

    QString m_location;
    Register m_reg;
    QString m_reason;
    QDateTime m_at;
};

} // namespace Fortegnelse
