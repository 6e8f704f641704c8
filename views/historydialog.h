#pragma once

#include "entitykind.h"
#include "journal.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QJsonValue;
class QDateEdit;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace Fortegnelse {

class Document;

/// The register's journal (docs/history.md), newest first: when, who, what kind of step,
/// which item by its name and which fields, and for the chosen entry each field before and
/// after. Filters by user, kind and dates; opened for one item it shows that item's alone.
/// Pages are read as they are needed ("Load more", or scrolling to the end), never the
/// whole journal. "Restore this state" makes the item as an entry left it (or found it),
/// as one new step that Edit > Undo (Ctrl+Z, here too) takes back.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    struct Item
    {
        EntityKind kind;
        QString id; ///< empty for the organisation and the policy
    };

    /// The history of the whole register, or with \a item of that item alone.
    explicit HistoryDialog(Document *doc, std::optional<Item> item = std::nullopt, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Opens the dialog over \a parent (not modal; it deletes itself when closed, and
    /// closes when the document goes).
    static HistoryDialog *showFor(Document *doc, std::optional<Item> item, QWidget *parent);

    /// How many entries a page holds.
    static constexpr int pageSize = 200;

    /// The entries shown, newest first, in the list's order.
    const QList<JournalEntry> &entries() const { return m_entries; }
    /// Reads the next page; false when there is none or it could not be read.
    bool loadMore();
    /// Reads the journal again from the newest entry with the filters as they are.
    void reload();
    /// Whether the journal holds entries beyond those shown.
    bool hasMore() const { return m_hasMore; }

    /// Where refusals go; tests replace it to read them.
    std::function<void(const QString &title, const QString &text)> warn;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    JournalQuery query() const;
    void appendRows(const QList<JournalEntry> &page);
    void showDetails();
    void restore(bool before);
    void fillUsers();
    void scheduleRefresh();
    void updateStatus();
    QString entryItemLabel(const JournalEntry &entry) const;

    QPointer<Document> m_doc;
    std::optional<Item> m_item;
    QList<JournalEntry> m_entries;
    bool m_hasMore = false;
    bool m_refreshPending = false;
    bool m_usersRead = false;
    QString m_error;

    QComboBox *m_user = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_details = nullptr;
    QPushButton *m_restoreAfter = nullptr;
    QPushButton *m_restoreBefore = nullptr;
};

/// Adds "Register history...", "Item history..." (the item \a currentItem gives, or the
/// whole register when it gives none) and
/// "Snapshots..." to \a menu, opening the dialogs over \a window for \a document; returns
/// them, to be enabled while a register is open.
QList<QAction *> addHistoryActions(QMenu *menu, QWidget *window, std::function<Document *()> document,
                                   std::function<std::optional<HistoryDialog::Item>()> currentItem);

/// A value of a difference as the officer reads it: differenceValueText(), with a date in
/// the UI language's format rather than as stored.
QString historyValueText(const QJsonValue &value);

/// The name of a journal entry's kind in the UI language ("Edit", "Undo"...).
QString journalKindLabel(JournalEntry::Kind kind);

} // namespace Fortegnelse
