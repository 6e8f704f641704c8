#pragma once

#include "conflict.h"
#include "entitykind.h"
#include "journal.h"
#include "snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

namespace Fortegnelse {

struct Register;

/// What was wrong with a register that could still be opened, found while loading it.
/// Each kind is repaired by Document::repair() (and `fortegnelse repair`).
struct Damage
{
    enum Kind
    {
        ForeignObject, ///< a trigger, view or index Fortegnelse never creates
        MalformedTable, ///< a table whose definition is not Fortegnelse's own
        MissingTable, ///< a table of the register is missing
        UndecodableItem, ///< a row whose body is not a valid item
        DuplicateItem, ///< a second row with an id already read
        DanglingReference, ///< an item refers to one that does not exist
        UnknownCode, ///< a field holds a code its list does not have; read as empty
    };
    Kind kind;
    QString where; ///< "activities \"sales\"", "trigger \"evil\""
    QString message; ///< what is wrong, in the UI language
    friend bool operator==(const Damage &, const Damage &) = default;
};

/// The damage found when a register was loaded; empty for a sound register.
struct LoadReport
{
    QList<Damage> damage;
    /// A stored row that could not be decoded, kept so that removing it can be undone.
    struct RawRow
    {
        EntityKind kind;
        QString id;
        qint64 position = 0;
        QByteArray body;
    };
    QList<RawRow> undecodable;
    /// A stored row that was read with an unknown code left out (Damage::UnknownCode): a
    /// repair writes the item as it was read, and undo puts this body back.
    QList<RawRow> recoded;
    /// Whether every damage is an unknown code: the register reads whole, with a gap where
    /// each code was, so a command that only reads goes on (Store::read).
    bool onlyUnknownCodes() const
    {
        return std::all_of(damage.cbegin(), damage.cend(),
                           [](const Damage &d) { return d.kind == Damage::UnknownCode; });
    }
    bool isClean() const { return damage.isEmpty(); }
    /// The first damage and how many more, in one line, for messages and the command line.
    QString summary() const;
};

/// The first of \a damage and how many more, in one line.
QString summarizeDamage(const QList<Damage> &damage);

inline QString LoadReport::summary() const
{
    return summarizeDamage(damage);
}

/// Where a register lives: the interface the document writes through.
///
/// The document turns each user step into one transaction: begin(), any number of put()
/// and erase(), then commit(); on any failure it calls rollback() and nothing of the step
/// remains. The .ropa file (Store) is one implementation; tests wrap it in one that fails
/// at a chosen write.
class Storage
{
public:
    virtual ~Storage() = default;

    /// The file path (or server address) for titles and messages.
    virtual QString location() const = 0;

    virtual bool begin(QString *error) = 0;
    /// Writes one item's body at its position in its list. The singletons
    /// (EntityKind::Organisation and EntityKind::Policy) have no id and no position.
    virtual bool put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
                     QString *error) = 0;
    virtual bool erase(EntityKind kind, const QString &id, QString *error) = 0;
    virtual bool commit(QString *error) = 0;
    virtual void rollback() = 0;

    /// Appends the entries of the step being written to the register's journal, between
    /// begin() and commit(), so they are committed or rolled back with the step. The
    /// storage gives them their seq, the time (UTC), the actor (the OS user, or the
    /// database role on a server) and one step number. The journal is append-only: no
    /// storage offers a way to change or remove an entry.
    virtual bool appendJournal(const QList<JournalEntry> &entries, QString *error) = 0;
    /// Reads one page of the journal, newest first (docs/history.md). Opening a register
    /// never reads the journal; a register that has none yet (an older file opened only
    /// to read) has an empty one.
    virtual bool readJournal(const JournalQuery &query, QList<JournalEntry> *page,
                             QString *error) = 0;
    /// The users the journal names, sorted (for the history's filter); none for a storage
    /// that keeps no journal.
    virtual bool readJournalActors(QStringList *actors, QString *error);

    /// Keeps a snapshot (model/snapshot.h) between begin() and commit(): with the step
    /// that publishes the policy, or in a transaction of its own. The storage gives it its
    /// seq, the time and the actor. Snapshots are only ever added. Refused by a storage
    /// that keeps none.
    virtual bool appendSnapshot(const Snapshot &snapshot, QString *error);
    /// The snapshots \a query asks for, newest first; none for a storage that keeps none.
    virtual bool readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error);

    /// When the register last changed, by anyone.
    virtual QDateTime lastChange() const = 0;
    /// Whether another process committed a change since this one last read or wrote.
    virtual bool changedElsewhere() = 0;
    /// Reads the whole register again, as it now is.
    virtual bool reload(Register *reg, LoadReport *report, QString *error) = 0;

    // What only some homes of a register can do. The defaults say so, so that Document
    // never needs to know which storage it writes through.

    /// The schema version the register had when it was opened (older ones are migrated);
    /// 0 when the storage has no schema of its own.
    virtual int openedSchemaVersion() const { return 0; }
    /// Whether this storage was opened for writing at all.
    virtual bool isEditable() const { return true; }
    /// Why this storage may only be read though it was opened for editing (a server login
    /// that may only read); empty otherwise.
    virtual QString readOnlyReason() const { return {}; }
    /// Why this login may not do what only the register's administrator may (publish the
    /// policy, submit the record); empty when it may. A file has no roles.
    virtual QString administratorOnlyReason() const { return {}; }
    /// Why the storage cannot be reached right now (a server that went away); empty while
    /// it can. changedElsewhere() keeps trying to reach it again and returns true once it
    /// has, so that the register is read again.
    virtual QString unavailableReason() const { return {}; }
    /// Whether the last commit() that failed may have taken effect all the same: the
    /// connection was lost while the server committed, so its answer never came.
    virtual bool commitOutcomeUnknown() const { return false; }
    /// A consistent copy of the register as a .ropa file at \a path.
    virtual bool saveCopy(const QString &path, QString *error);
    /// Copies the register beside itself before a repair; returns the copy's path.
    virtual QString backup(const QString &label, QString *error);
    /// Puts the register's structure right before its items are repaired (see Store).
    virtual bool repairStructure(const LoadReport &report, QString *error);
    /// Calls \a onChange (on the thread that opened the storage) as soon as another
    /// connection commits a change, for storages that are told (a server's notifications);
    /// the others are polled through changedElsewhere().
    virtual void watch(std::function<void()> onChange) { Q_UNUSED(onChange); }
    /// The item a put() or erase() of the step just refused found changed by someone else
    /// (a server compares versions); nothing when the step failed otherwise.
    virtual std::optional<EditConflict> lastConflict() const { return std::nullopt; }
    /// Who last changed an item and when, for a storage that records it per item (a
    /// server); false otherwise.
    virtual bool lastChangeOf(EntityKind kind, const QString &id, QString *by, QDateTime *at)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        Q_UNUSED(by);
        Q_UNUSED(at);
        return false;
    }
};

} // namespace Fortegnelse
