#pragma once

#include "change.h"
#include "register.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Fortegnelse {

class Store;
template <class T> class ChangeItem;
template <class T> class AddItem;
template <class T> class RemoveItem;
template <class T> class ChangeSingleton;

/// One open register: the file, its contents in memory, and the undo history.
///
/// Every change is an undo command pushed through the small facade below; a command
/// writes the file in its own transaction before it changes memory, so the two never
/// drift apart, and a write that fails leaves both as they were (the command is dropped
/// and writeFailed() says why). There is no "unsaved changes" state.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    static std::unique_ptr<Document> open(const QString &path, QString *error);
    /// Writes \a initial as a new register file at \a path and opens it.
    static std::unique_ptr<Document> create(const QString &path, const Register &initial,
                                            QString *error);

    const Register &reg() const { return m_reg; }
    QUndoStack *undoStack() const { return m_undo.get(); }
    QString filePath() const;
    QDateTime lastChange() const;
    int openedSchemaVersion() const;
    bool saveCopyAs(const QString &path, QString *error) const;

    // The editing facade. Each call is one undoable step; a call that changes nothing
    // pushes nothing. \a field names what is edited: consecutive edits of the same field
    // of the same item merge into one step, so typing a name is undone as a whole.

    template <class T>
    bool update(const QString &id, const std::function<void(T &)> &edit, const QString &text,
                const QString &field = {});
    void updateOrganisation(const std::function<void(Organisation &)> &edit, const QString &text,
                            const QString &field = {});
    void updatePolicy(const std::function<void(PolicySettings &)> &edit, const QString &text,
                      const QString &field = {});
    /// Adds \a item at the end (a new id is given when its id is empty or taken); returns the id.
    template <class T> QString add(T item, const QString &text = {});
    /// Adds a copy of an item right after the end of the list; returns the new id.
    template <class T> QString duplicate(const QString &id);
    /// Removes an item and every reference to it, as one step.
    template <class T> bool remove(const QString &id);

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

signals:
    void changed(const Fortegnelse::Change &change);
    void writeFailed(const QString &message);

private:
    Document(std::unique_ptr<Store> store, Register reg);

    template <class T> friend class ChangeItem;
    template <class T> friend class AddItem;
    template <class T> friend class RemoveItem;
    template <class T> friend class ChangeSingleton;

    // Applied by the commands: write the file, then memory, then tell listeners.
    template <class T> bool applyReplace(const T &item);
    template <class T> bool applyInsert(const T &item, qint64 position);
    template <class T> bool applyRemove(const QString &id);
    bool applyOrganisation(const Organisation &value);
    bool applyPolicy(const PolicySettings &value);
    void reportWriteFailure(const QString &error);

    std::unique_ptr<Store> m_store;
    Register m_reg;
    std::unique_ptr<QUndoStack> m_undo;
};

/// The id prefix of a kind: "activity", "party"...
QString idPrefix(EntityKind kind);
/// The undo text for a kind ("activity", "party") in the UI language.
QString kindLabel(EntityKind kind);

} // namespace Fortegnelse

#include "document_impl.h"
