#include "historydialog.h"

#include "document.h"
#include "historyoperations.h"
#include "labels.h"
#include "registerdiff.h"
#include "snapshotsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

/// The date edits' "no limit": the earliest date they offer, shown as "Any".
const QDate noDate(2000, 1, 1);

/// A stored body's name, for an item that is no longer in the register.
QString nameInBody(const QByteArray &body, const QString &language)
{
    const QJsonValue name = QJsonDocument::fromJson(body).object().value(QStringLiteral("name"));
    if (name.isString())
        return name.toString();
    if (name.isObject()) {
        const QJsonObject texts = name.toObject();
        const QString own = texts.value(language).toString();
        return own.isEmpty() && !texts.isEmpty() ? texts.begin().value().toString() : own;
    }
    return {};
}

bool exists(const Register &reg, EntityKind kind, const QString &id)
{
    if (kind == EntityKind::Organisation || kind == EntityKind::Policy)
        return true;
    bool found = false;
    withList(reg, kind, [&](const auto &list) { found = list.contains(id); });
    return found;
}

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(HistoryDialog::tr("Any"));
    edit->setDate(noDate);
    return edit;
}

} // namespace

QString historyValueText(const QJsonValue &value)
{
    if (const QString text = value.toString(); text.size() == 10) {
        if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid())
            return QLocale().toString(day, QLocale::ShortFormat);
    }
    return differenceValueText(value);
}

QString journalKindLabel(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Edit: return HistoryDialog::tr("Edit");
    case JournalEntry::Undo: return HistoryDialog::tr("Undo");
    case JournalEntry::Redo: return HistoryDialog::tr("Redo");
    case JournalEntry::Repair: return HistoryDialog::tr("Repair");
    case JournalEntry::Import: return HistoryDialog::tr("Import");
    }
    return {};
}

QList<QAction *> addHistoryActions(QMenu *menu, QWidget *window, std::function<Document *()> document,
                                   std::function<std::optional<HistoryDialog::Item>()> currentItem)
{
    QAction *whole = menu->addAction(HistoryDialog::tr("Register &history..."), window, [window, document] {
        if (Document *doc = document())
            HistoryDialog::showFor(doc, std::nullopt, window);
    });
    whole->setObjectName(QStringLiteral("registerHistoryAction"));
    QAction *item = menu->addAction(HistoryDialog::tr("&Item history..."), window, [window, document, currentItem] {
        // A page that shows no one item (the overview) shows the register's history.
        if (Document *doc = document())
            HistoryDialog::showFor(doc, currentItem(), window);
    });
    item->setObjectName(QStringLiteral("itemHistoryAction"));
    item->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *snapshots = menu->addAction(HistoryDialog::tr("S&napshots..."), window, [window, document] {
        if (Document *doc = document())
            SnapshotsDialog::showFor(doc, window);
    });
    snapshots->setObjectName(QStringLiteral("snapshotsAction"));
    return {whole, item, snapshots};
}

HistoryDialog::HistoryDialog(Document *doc, std::optional<Item> item, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_item(std::move(item))
{
    setObjectName(QStringLiteral("historyDialog"));
    warn = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };
    if (m_item) {
        const QString name = itemLabel(doc->reg(), m_item->kind, m_item->id);
        setWindowTitle(tr("History of “%1”").arg(name.isEmpty() ? kindTitle(m_item->kind) : name));
    } else {
        setWindowTitle(tr("History of the register"));
    }
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("All users"), QString());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const auto kind : {JournalEntry::Edit, JournalEntry::Undo, JournalEntry::Redo, JournalEntry::Repair, JournalEntry::Import})
        m_kind->addItem(journalKindLabel(kind), int(kind));
    m_from = dateEdit(this, QStringLiteral("fromDate"));
    m_to = dateEdit(this, QStringLiteral("toDate"));
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    labelled(tr("&User:"), m_user);
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    filters->addStretch();
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Kind"), tr("Item"), tr("Fields"), tr("Step")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnHidden(3, m_item.has_value()); // one item's history names it in the title

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(lower);
    m_heading->setObjectName(QStringLiteral("entryHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    lowerLayout->addWidget(m_heading);
    m_details = new QTreeWidget(lower);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setRootIsDecorated(false);
    m_details->setWordWrap(true);
    m_details->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    lowerLayout->addWidget(m_details);
    auto *restoreRow = new QHBoxLayout;
    m_restoreAfter = new QPushButton(tr("&Restore this state"), lower);
    m_restoreAfter->setObjectName(QStringLiteral("restoreAfter"));
    m_restoreAfter->setToolTip(tr("Makes the item as this change left it, as a new step you can undo."));
    m_restoreBefore = new QPushButton(tr("Restore the state &before"), lower);
    m_restoreBefore->setObjectName(QStringLiteral("restoreBefore"));
    m_restoreBefore->setToolTip(tr("Makes the item as it was before this change, as a new step you can undo."));
    restoreRow->addWidget(m_restoreAfter);
    restoreRow->addWidget(m_restoreBefore);
    restoreRow->addStretch();
    lowerLayout->addLayout(restoreRow);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_more = new QPushButton(tr("&Load more"), this);
    m_more->setObjectName(QStringLiteral("loadMore"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(buttons);
    // Enter must never restore or load by accident: only Close is a default button.
    for (QPushButton *b : {m_restoreAfter, m_restoreBefore, m_more})
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addLayout(bottom);

    // The window is a window of its own: Ctrl+Z here undoes a restore as in the main window.
    auto *undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] { if (m_doc) m_doc->undo(); });
    auto *redo = new QAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    connect(redo, &QAction::triggered, this, [this] { if (m_doc) m_doc->redo(); });
    addActions({undo, redo});

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &HistoryDialog::loadMore);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_hasMore && value > 0 && value == m_list->verticalScrollBar()->maximum())
            loadMore();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showDetails);
    connect(m_restoreAfter, &QPushButton::clicked, this, [this] { restore(false); });
    connect(m_restoreBefore, &QPushButton::clicked, this, [this] { restore(true); });
    for (QComboBox *combo : {m_user, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryDialog::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryDialog::reload);
    if (m_doc)
        connect(m_doc, &Document::changed, this, &HistoryDialog::scheduleRefresh);

    resize(960, 600);
    m_list->setColumnWidth(0, 140);
    m_list->setColumnWidth(1, 90);
    m_list->setColumnWidth(2, 100); // "Redigering", "Omgjøring", "Gör om" whole
    m_list->setColumnWidth(3, 200);
    m_list->setColumnWidth(4, 200);
    m_details->setColumnWidth(0, 260);
    m_details->setColumnWidth(1, 320);
    reload();
}

void HistoryDialog::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    // The first page is what the officer waits for: the users (one scan of the whole
    // journal) are read only once it has been painted.
    if (!m_usersRead) {
        m_usersRead = true;
        QTimer::singleShot(0, this, &HistoryDialog::fillUsers);
    }
}

HistoryDialog::~HistoryDialog()
{
    // QDialog's destructor hides the window, and hiding lays the list out again: its scroll
    // bar must not call loadMore() on a dialog whose members are already gone.
    m_list->verticalScrollBar()->disconnect(this);
    m_list->disconnect(this);
}

HistoryDialog *HistoryDialog::showFor(Document *doc, std::optional<Item> item, QWidget *parent)
{
    auto *dialog = new HistoryDialog(doc, std::move(item), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(doc, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

JournalQuery HistoryDialog::query() const
{
    JournalQuery q;
    q.limit = pageSize;
    if (m_item) {
        q.itemKind = m_item->kind;
        q.itemId = m_item->id;
    }
    q.actor = m_user->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        q.kind = JournalEntry::Kind(kind);
    if (m_from->date() != noDate)
        q.since = m_from->date().startOfDay();
    if (m_to->date() != noDate)
        q.until = m_to->date().addDays(1).startOfDay();
    return q;
}

void HistoryDialog::reload()
{
    const qint64 selected = m_list->currentItem() ? m_entries.value(m_list->indexOfTopLevelItem(m_list->currentItem())).seq : 0;
    // As many entries as were shown, so that a refresh after an edit keeps what was loaded,
    // up to five pages: an edit must not read back thousands of entries with their bodies.
    const int wanted = std::clamp<int>(int(m_entries.size()), pageSize, 5 * pageSize);
    m_entries.clear();
    m_list->clear();
    m_hasMore = false;
    m_error.clear();
    JournalQuery q = query();
    q.limit = wanted;
    QList<JournalEntry> page;
    if (m_doc && m_doc->readJournal(q, &page, &m_error)) {
        m_hasMore = page.size() == wanted;
        appendRows(page);
    }
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).seq == selected)
            m_list->setCurrentItem(m_list->topLevelItem(row));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateStatus();
}

bool HistoryDialog::loadMore()
{
    if (!m_doc || !m_hasMore || m_entries.isEmpty())
        return false;
    JournalQuery q = query();
    q.beforeSeq = m_entries.last().seq;
    QList<JournalEntry> page;
    if (!m_doc->readJournal(q, &page, &m_error)) {
        m_hasMore = false;
        updateStatus();
        return false;
    }
    m_hasMore = page.size() == q.limit;
    appendRows(page);
    updateStatus();
    return !page.isEmpty();
}

QString HistoryDialog::entryItemLabel(const JournalEntry &e) const
{
    const Register &reg = m_doc->reg();
    QString name;
    if (exists(reg, e.itemKind, e.itemId))
        name = itemLabel(reg, e.itemKind, e.itemId);
    else
        name = nameInBody(e.after.isEmpty() ? e.before : e.after, reg.organisation.language);
    return name.isEmpty() ? kindTitle(e.itemKind) : name;
}

void HistoryDialog::appendRows(const QList<JournalEntry> &page)
{
    const QLocale locale;
    for (const JournalEntry &e : page) {
        // Typing in a field commits a step per keystroke, which the undo stack merges into
        // one; the list shows them as one change too (from before the first keystroke to
        // after the last). The page is newest first, so e is older than the last row.
        if (foldTypingInto(&m_entries, e)) {
            QTreeWidgetItem *row = m_list->topLevelItem(m_list->topLevelItemCount() - 1);
            row->setText(0, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat));
            if (m_list->currentItem() == row)
                showDetails();
            continue;
        }
        QStringList fields;
        for (const QString &key : e.fields)
            fields.append(fieldLabel(key));
        auto *row = new QTreeWidgetItem(QStringList{locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                                                    journalKindLabel(e.kind), entryItemLabel(e),
                                                    fields.join(QStringLiteral(", ")), e.text});
        row->setToolTip(3, QStringLiteral("%1 (%2)").arg(row->text(3), kindLabel(e.itemKind)));
        row->setToolTip(4, row->text(4));
        row->setToolTip(5, row->text(5));
        m_list->addTopLevelItem(row);
        m_entries.append(e);
        if (m_user->findData(e.actor) < 0)
            m_user->addItem(e.actor, e.actor);
    }
}

void HistoryDialog::fillUsers()
{
    if (!m_doc)
        return;
    QStringList actors;
    QString error;
    if (!m_doc->readJournalActors(&actors, &error))
        return; // the users found in the pages read stay offered
    for (const QString &actor : std::as_const(actors))
        if (m_user->findData(actor) < 0)
            m_user->addItem(actor, actor);
}

void HistoryDialog::showDetails()
{
    m_details->clear();
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const bool chosen = row >= 0 && row < m_entries.size() && m_doc;
    const QString readOnly = m_doc ? m_doc->readOnlyReason() : QString();
    for (QPushButton *b : {m_restoreAfter, m_restoreBefore}) {
        b->setEnabled(chosen && readOnly.isEmpty());
        if (!readOnly.isEmpty())
            b->setToolTip(readOnly);
    }
    if (!chosen) {
        m_heading->setText(m_entries.isEmpty() ? QString() : tr("Choose a change to see its fields before and after."));
        return;
    }
    const JournalEntry &e = m_entries.at(row);
    const QString name = entryItemLabel(e);
    m_heading->setText(tr("%1 by %2 on %3: %4").arg(journalKindLabel(e.kind), e.actor, QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat), e.text));
    // An item added or removed shows each of its fields against nothing.
    const QByteArray none("{}");
    const QList<Difference> differences = diffBodies(e.itemKind, e.itemId, name, e.before.isEmpty() ? none : e.before,
                                                     e.after.isEmpty() ? none : e.after);
    if (e.before.isEmpty() || e.after.isEmpty()) {
        auto *whole = new QTreeWidgetItem(QStringList{kindLabel(e.itemKind), e.before.isEmpty() ? tr("(did not exist)") : name,
                                                      e.after.isEmpty() ? tr("(deleted)") : name});
        m_details->addTopLevelItem(whole);
    }
    for (const Difference &d : differences) {
        auto *item = new QTreeWidgetItem(QStringList{differenceFieldLabel(d.field), historyValueText(d.before),
                                                     historyValueText(d.after)});
        for (int c = 1; c < 3; ++c)
            item->setToolTip(c, item->text(c));
        m_details->addTopLevelItem(item);
    }
    m_restoreAfter->setText(e.after.isEmpty() ? tr("&Restore this state (deletes the item)") : tr("&Restore this state"));
    m_restoreBefore->setText(e.before.isEmpty() ? tr("Restore the state &before (deletes the item)") : tr("Restore the state &before"));
}

void HistoryDialog::restore(bool before)
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (!m_doc || row < 0 || row >= m_entries.size())
        return;
    const JournalEntry e = m_entries.at(row);
    const OperationResult result = restoreItem(*m_doc, e.itemKind, e.itemId, before ? e.before : e.after);
    if (!result)
        warn(tr("Cannot restore"), result.message);
}

void HistoryDialog::scheduleRefresh()
{
    // A step writes its entries before it tells the views; many changes read the journal once.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        reload();
    });
}

void HistoryDialog::updateStatus()
{
    m_more->setEnabled(m_hasMore);
    if (!m_error.isEmpty())
        m_status->setText(tr("The history cannot be read: %1").arg(m_error));
    else if (m_entries.isEmpty())
        m_status->setText(tr("No changes in the journal match."));
    else if (m_hasMore)
        m_status->setText(tr("The newest %n change(s); more are kept.", nullptr, int(m_entries.size())));
    else
        m_status->setText(tr("%n change(s).", nullptr, int(m_entries.size())));
}

} // namespace Fortegnelse
