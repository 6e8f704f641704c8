#include "listpage.h"

#include "document.h"
#include "historydialog.h"
#include "itemform.h"
#include "itemoperations.h"
#include "labels.h"
#include "referencedata.h"
#include "registerlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Fortegnelse {

ListPage::ListPage(Document *doc, EntityKind kind, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_kind(kind)
    , m_model(new RegisterListModel(doc, kind, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("page-") + idPrefix(kind));
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question) == QMessageBox::Yes;
    };
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(kindTitle(kind).toHtmlEscaped()), left);
    leftLayout->addWidget(title);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("list"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *history = new QAction(tr("&History..."), m_view);
    history->setObjectName(QStringLiteral("itemHistory"));
    m_view->addAction(history);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(history, &QAction::triggered, this, [this] {
        if (m_doc && !currentId().isEmpty())
            HistoryDialog::showFor(m_doc, HistoryDialog::Item{m_kind, currentId()}, window());
    });

    if (kind == EntityKind::Party) {
        auto *tabs = new QTabWidget(left);
        tabs->addTab(m_view, tr("List"));
        m_chains = new QTreeWidget(tabs);
        m_chains->setObjectName(QStringLiteral("chains"));
        m_chains->setHeaderLabels({tr("Processor and its sub-processors"), fieldLabel(QStringLiteral("country")), tr("Transfer")});
        tabs->addTab(m_chains, tr("Sub-processor chains"));
        leftLayout->addWidget(tabs);
        connect(m_chains, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            select(item->data(0, Qt::UserRole).toString());
        });
        connect(doc, &Document::changed, this, [this](const Change &c) {
            if (c.kind == EntityKind::Party || c.kind == EntityKind::Transfer)
                rebuildChains();
        });
        rebuildChains();
    } else {
        leftLayout->addWidget(m_view);
    }

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), left);
    add->setObjectName(QStringLiteral("add"));
    auto *duplicate = new QPushButton(tr("Dupli&cate"), left);
    duplicate->setObjectName(QStringLiteral("duplicate"));
    auto *remove = new QPushButton(tr("&Delete"), left);
    remove->setObjectName(QStringLiteral("delete"));
    buttons->addWidget(add);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    m_form = new ItemForm(splitter);
    // An activity's editor has its sections beside the fields: give it the room.
    const bool activity = kind == EntityKind::Activity;
    splitter->setStretchFactor(0, activity ? 1 : 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes(activity ? QList<int>{300, 900} : QList<int>{380, 620});
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Every other column is at least as wide as its heading in the UI language ("Næste
    // gennemgang" does not fit Qt's default 100 px); the list scrolls sideways instead.
    for (int section = 1; section < header->count(); ++section)
        header->resizeSection(section, std::max(header->sectionSize(section), header->sectionSizeHint(section)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::showCurrent);
    connect(add, &QPushButton::clicked, this, &ListPage::addItem);
    connect(duplicate, &QPushButton::clicked, this, &ListPage::duplicateItem);
    connect(remove, &QPushButton::clicked, this, &ListPage::deleteItem);
    m_form->setItem(doc, kind, {});
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

QString ListPage::currentId() const
{
    return m_view->currentIndex().data(RegisterListModel::IdRole).toString();
}

void ListPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ListPage::showCurrent()
{
    const QString id = currentId();
    if (id != m_form->itemId() || m_form->kind() != m_kind)
        m_form->setItem(m_doc, m_kind, id);
}

void ListPage::addItem()
{
    if (!m_doc)
        return;
    select(addItemWithDefaults(*m_doc, m_kind, QDate::currentDate()));
    if (QWidget *name = m_form->editorFor(firstFieldOfNewItem(m_kind)))
        name->setFocus();
}

void ListPage::duplicateItem()
{
    const QString id = currentId();
    if (!m_doc || id.isEmpty())
        return;
    select(Fortegnelse::duplicateItem(*m_doc, m_kind, id));
}

void ListPage::deleteItem()
{
    const QString id = currentId();
    if (!m_doc || id.isEmpty())
        return;
    const QString name = displayName(m_doc->reg(), m_kind, id);
    const auto refs = m_doc->referrers(m_kind, id);
    QString question = tr("Delete “%1”?").arg(name);
    if (!refs.isEmpty()) {
        QStringList names;
        for (const auto &r : refs)
            names.append(QStringLiteral("• %1").arg(r.name));
        question += QLatin1Char('\n') + tr("These items refer to it and will no longer do so:") + QLatin1Char('\n')
            + names.join(QLatin1Char('\n'));
    }
    question += QLatin1Char('\n') + tr("You can undo this with Edit > Undo.");
    if (confirm(question))
        removeItem(*m_doc, m_kind, id);
}

void ListPage::rebuildChains()
{
    if (!m_chains || !m_doc)
        return;
    m_chains->clear();
    const Register &reg = m_doc->reg();
    const QString lang = QLocale().name().left(2);
    std::function<void(QTreeWidgetItem *, const QString &, int)> addChildren;
    const auto makeItem = [&](const Party &p) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, p.name);
        item->setData(0, Qt::UserRole, p.id);
        const auto *c = ReferenceData::instance().country(p.country);
        item->setText(1, c ? c->name.resolve(lang, QStringLiteral("en")) : p.country);
        const TransferRecord record = transferRecordOf(reg, p);
        if (record != TransferRecord::NotNeeded)
            item->setText(2, record == TransferRecord::Recorded ? tr("recorded") : tr("not recorded"));
        return item;
    };
    addChildren = [&](QTreeWidgetItem *parent, const QString &id, int depth) {
        if (depth > 20)
            return;
        for (const Party &p : reg.parties)
            if (p.parent == id) {
                QTreeWidgetItem *child = makeItem(p);
                parent->addChild(child);
                addChildren(child, p.id, depth + 1);
            }
    };
    for (const Party &p : reg.parties) {
        if (p.role != PartyRole::Processor)
            continue;
        QTreeWidgetItem *item = makeItem(p);
        m_chains->addTopLevelItem(item);
        addChildren(item, p.id, 0);
    }
    // Sub-processors whose processor is missing stay visible, flagged.
    for (const Party &p : reg.parties)
        if (p.role == PartyRole::SubProcessor && (p.parent.isEmpty() || !reg.parties.contains(p.parent))) {
            QTreeWidgetItem *item = makeItem(p);
            item->setText(0, tr("%1 (no processor above it)").arg(p.name));
            m_chains->addTopLevelItem(item);
        }
    m_chains->expandAll();
    m_chains->resizeColumnToContents(0);
}

} // namespace Fortegnelse
