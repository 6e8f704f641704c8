#pragma once

#include "snapshot.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Fortegnelse {

class Document;

/// The register's snapshots (docs/history.md), newest first: each publishing of the policy
/// and each record submitted to the authority, when and by whom. For the chosen one,
/// "Compare with now" lists every item and field that differs between the register it kept
/// and the register now; "Save documents..." writes what was sent: the published policy's
/// kept texts, or the record made again from the register as submitted. Nothing here
/// changes the register.
class SnapshotsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnapshotsDialog(Document *doc, QWidget *parent = nullptr);

    /// Opens the dialog over \a parent (not modal; deletes itself when closed, and closes
    /// when the document goes).
    static SnapshotsDialog *showFor(Document *doc, QWidget *parent);

    /// The snapshots listed, newest first (without their contents).
    const QList<Snapshot> &snapshots() const { return m_list; }
    /// Reads the list again.
    void reload();
    /// Compares the chosen snapshot with the register now; false when it cannot be read.
    bool compareWithNow();
    /// Writes the chosen snapshot's documents into a new folder inside \a folder;
    /// *written names the files. False, with the reason said through warn().
    bool saveDocuments(const QString &folder, QStringList *written = nullptr);
    /// Shows the chosen publishing's kept text, read-only, in the UI language where it was
    /// published in it (else the register's); null for a submission or when unreadable.
    QDialog *showPublishedText();
    /// Opens the register as the chosen snapshot kept it in a main window of its own,
    /// read-only (its banner says which state it is); null when it cannot be read.
    QWidget *openReadOnly();

    /// Where refusals and notices go, and where the folder is asked for; tests replace them.
    std::function<void(const QString &title, const QString &text)> warn;
    std::function<void(const QString &title, const QString &text)> inform;
    std::function<QString()> chooseFolder;

private:
    bool readChosen(Snapshot *snapshot);
    void updateButtons();

    QPointer<Document> m_doc;
    QList<Snapshot> m_list;
    QTreeWidget *m_snapshots = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_comparison = nullptr;
};

} // namespace Fortegnelse
