#pragma once

#include "change.h"
#include "conflict.h"
#include "register.h"
#include "registerlock.h"
#include "step.h"
#include "storage.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Fortegnelse {

class StepCommand;

/// One open register: where it lives, its contents in memory, and the undo history.
///
/// Every change is one step pushed through the small facade below. A step is written in
/// one transaction before memory changes, so the two never drift apart; a step that cannot
/// be written leaves the file, memory, the undo stack and every view exactly as before,
/// and writeFailed() says why. There is no "unsaved changes" state.
///
/// A register is edited by one process at a time: opening it for editing takes a lock
/// beside the file. A second window opens it read-only and follows the changes the first
/// one makes (checkForExternalChanges(), polled every second).
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Edit,
        ReadOnly
    };

    ~Document() override;

    /// Opens the register at \a path, a .ropa file or a postgresql:// URL (see
    /// ServerAddress). In Mode::Edit, a register another process holds
    /// open for editing is refused and *lockedBy says who holds it.
    static std::unique_ptr<Document> open(const QString &path, QString *error,
                                          Mode mode = Mode::Edit, LockOwner *lockedBy = nullptr);
    /// Writes \a initial as a new register at \a path and opens it.
    static std::unique_ptr<Document> create(const QString &path, const Register &initial,
                                            QString *error);
    /// A document over any storage, already loaded (a snapshot's kept state; tests use a
    /// storage that fails). It is read-only when the storage gives a reason.
    static std::unique_ptr<Document> fromStorage(std::unique_ptr<Storage> storage, Register reg);

    const Register &reg() const { return m_reg; }
    QUndoStack *undoStack() const { return m_undo.get(); }
    QString filePath() const;
    QDateTime lastChange() const;
    int openedSchemaVersion() const;
    bool saveCopyAs(const QString &path, QString *error) const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why edits are refused ("Mette has it open on laptop-12…"); empty when editable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Why this window may not publish the policy or submit the record (a server login
    /// that is not the register's administrator, or a read-only register); empty when it may.
    QString administratorOnlyReason() const
    {
        return isReadOnly() ? m_readOnlyReason : m_storage->administratorOnlyReason();
    }
    /// Whether publishing and submitting are refused for who is logged in (a server login
    /// that is not the register's administrator), whether or not it is also read-only.
    bool isAdministratorOnly() const { return !m_storage->administratorOnlyReason().isEmpty(); }
    /// What was wrong with the register when it was opened; a damaged register is opened
    /// read-only until it is repaired.
    const LoadReport &loadReport() const { return m_report; }
    /// A warning for a register on a network file system, where SQLite's locking is not
    /// to be trusted; empty otherwise.
    QString storageWarning() const { return m_storageWarning; }

    /// Repairs what loadReport() lists: first a backup copy next to the file, then the
    /// file's structure, then the items as one undoable step. The document is editable
    /// afterwards. *backupPath names the copy.
    bool repair(QString *backupPath, QString *error);

    // The editing facade. Each call is one undoable step; a call that changes nothing
    // pushes nothing. \a field names what is edited: consecutive edits of the same field
    // of the same item merge into one step, so typing a name is undone as a whole.
    // The calls return false when the step was refused or could not be written.

    template <class T>
    bool update(const QString &id, const std::function<void(T &)> &edit, const QString &text,
                const QString &field = {});
    bool updateOrganisation(const std::function<void(Organisation &)> &edit, const QString &text,
                            const QString &field = {});
    bool updatePolicy(const std::function<void(PolicySettings &)> &edit, const QString &text,
                      const QString &field = {});
    /// Adds \a item at the end (a new id is given when its id is empty or taken); returns
    /// the id, or an empty string when it could not be added.
    template <class T> QString add(T item, const QString &text = {});
    /// Adds a copy of an item right after the end of the list; returns the new id.
    template <class T> QString duplicate(const QString &id);
    /// Removes an item and every reference to it, as one step.
    template <class T> bool remove(const QString &id);

    /// Applies \a step, built by an operation that changes several items at once (a new
    /// category ticked in an activity, an activity template), as one undoable step.
    bool performStep(const Step &step, const QString &text)
    {
        if (step.isEmpty())
            return true;
        return !refuseWhenReadOnly() && perform(step, text);
    }

    /// Undoes or redoes one step. A step that cannot be written is not undone (or
    /// redone): the register and the history stay as they were.
    bool undo();
    bool redo();
    /// Undoes or redoes steps until the history stands at \a index (QUndoStack::index()),
    /// stopping at the first step that cannot be written.
    bool setHistoryIndex(int index);

    /// One page of the register's journal, newest first (model/journal.h). The journal
    /// is read only when asked for, never on opening.
    bool readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) const;
    /// The users the journal names, sorted.
    bool readJournalActors(QStringList *actors, QString *error) const;

    /// Makes \a edit of the policy and keeps \a snapshot (model/snapshot.h) as one step
    /// in one transaction: publishing. Undoing the step leaves the snapshot, which records
    /// what was published. When the edit changes nothing, the snapshot is kept alone.
    bool updatePolicyKeeping(const std::function<void(PolicySettings &)> &edit, const QString &text,
                             const Snapshot &snapshot);
    /// Keeps \a snapshot in a transaction of its own (the record was submitted). Not a
    /// step: nothing in the register changes, and there is nothing to undo.
    bool keepSnapshot(const Snapshot &snapshot);
    /// The register's snapshots, newest first; read only when asked for.
    bool readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error) const;

    /// The items that refer to an item, to name them before it is deleted.
    struct Referrer
    {
        EntityKind kind;
        QString id;
        QString name;
    };
    QList<Referrer> referrers(EntityKind kind, const QString &id) const;

    /// A fresh id for a new item of a kind: "activity-12".
    template <class T> QString newId() const;

    /// Reloads the register when another process changed it; returns whether it did.
    /// The undo history is kept: a step whose items have changed since is refused when it
    /// is undone or redone, as a conflict, never applied blindly (documentsync.cpp).
    bool checkForExternalChanges();

    /// The last step refused because someone else had changed an item since this window
    /// read it (or since the undo history recorded it); see conflictFound().
    const std::optional<EditConflict> &lastConflict() const { return m_conflict; }
    /// The officer has decided about lastConflict() (operations/conflictoperations.h).
    void clearConflict() { m_conflict.reset(); }

signals:
    void changed(const Fortegnelse::Change &change);
    void writeFailed(const QString &message);
    /// The register was read again because it changed elsewhere; the undo history, which
    /// no longer applies, was cleared. \a notice says so in the UI language.
    void reloaded(const QString &notice);
    /// A step was refused because an item changed elsewhere (lastConflict() says what),
    /// right after writeFailed() said so in words.
    void conflictFound();
    /// A snapshot (a publishing or a submission) was kept: lists of them are out of date.
    void snapshotKept();

private:
    Document(std::unique_ptr<Storage> storage, Register reg);

    friend class StepCommand;

    /// Writes a step forwards (redo) or backwards (undo) in one transaction, with its
    /// journal entries of \a kind, then applies it to memory and tells listeners. Nothing
    /// changes when the write fails.
    bool applyStep(const Step &step, bool forward, JournalEntry::Kind kind, const QString &text,
                   bool continuesStep = false);
    void applyToMemory(const ItemChange &change, bool forward);
    /// Applies a new step and pushes it; false (and nothing pushed) when it failed.
    bool perform(const Step &step, const QString &text, const QString &mergeKey = {},
                 JournalEntry::Kind kind = JournalEntry::Edit);
    bool refuseWhenReadOnly();
    void reportWriteFailure(const QString &error);
    void startWatching();
    static std::unique_ptr<Document> openOnServer(const QString &url, QString *error, Mode mode);
    /// Makes the document read-only while its storage cannot be reached.
    void noticeUnavailable();
    /// Refuses an undo or redo whose items are no longer as the step left them (a
    /// colleague's edit, read in since): true, with the conflict noted, when it must not apply.
    bool refuseStale(const Step &step, bool forward);
    /// Notes the conflict the storage ran into for \a step, with what the step tried (the
    /// caller emits conflictFound() once writeFailed() has said it in words).
    void noteConflict(const Step &step, bool forward, bool undo);
    /// Takes in a register read again, item by item where few changed, so that views
    /// refresh only what changed (and keep what the officer is typing elsewhere).
    void adoptReloaded(Register reg);
    /// Once the register is read again after a commit whose answer was lost: whether the
    /// step is in it (then it joins the undo stack), said in words; empty with none pending.
    QString settleUncertainStep();

    std::unique_ptr<Storage> m_storage;
    Register m_reg;
    std::unique_ptr<QUndoStack> m_undo;
    LoadReport m_report;
    QString m_readOnlyReason;
    QString m_storageWarning;
    /// Whether the storage cannot be reached, and the read-only reason from before.
    bool m_outage = false;
    QString m_readOnlyBeforeOutage;
    QTimer *m_watch = nullptr;
    std::optional<EditConflict> m_conflict;
    /// A new step whose commit lost its answer (commitOutcomeUnknown()), until the register
    /// is read again and shows whether it was made.
    struct UncertainStep
    {
        Step step;
        QString text;
    };
    std::optional<UncertainStep> m_uncertain;
    /// The snapshot the step being written keeps with it (updatePolicyKeeping()).
    const Snapshot *m_keep = nullptr;
};

/// The id prefix of a kind: "activity", "party"...
QString idPrefix(EntityKind kind);
/// The undo text for a kind ("activity", "party") in the UI language.
QString kindLabel(EntityKind kind);
/// The name an undo text gives an item ("Lønadministration"); empty while it has none.
QString stepItemName(const Register &reg, EntityKind kind, const QString &id);
/// A step's text naming the item it changes: "Change name of “Lønadministration”".
QString namedStepText(const QString &text, const QString &name);

} // namespace Fortegnelse

#include "document_impl.h"
