#include "problemspanel.h"

#include "checker.h"
#include "checks.h"
#include "document.h"
#include "labels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    auto *bar = new QHBoxLayout;
    const QStyle::StandardPixmap icons[3] = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning,
                                             QStyle::SP_MessageBoxInformation};
    const char *names[3] = {"errorsButton", "warningsButton", "adviceButton"};
    for (int i = 0; i < 3; ++i) {
        m_buttons[i] = new QToolButton(this);
        m_buttons[i]->setObjectName(QLatin1String(names[i]));
        m_buttons[i]->setCheckable(true);
        m_buttons[i]->setChecked(true);
        m_buttons[i]->setIcon(style()->standardIcon(icons[i]));
        m_buttons[i]->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(m_buttons[i]);
        connect(m_buttons[i], &QToolButton::toggled, this, &ProblemsPanel::refill);
    }
    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &ProblemsPanel::refill);

    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setHeaderLabels({tr("Severity"), tr("Item"), tr("Field"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit activated(EntityKind(item->data(0, Qt::UserRole).toInt()), item->data(1, Qt::UserRole).toString(),
                       item->data(2, Qt::UserRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    refill();
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::setDocument(Document *doc)
{
    m_checker.reset();
    m_doc = doc;
    if (doc) {
        m_checker = std::make_unique<Checker>(doc);
        connect(m_checker.get(), &Checker::problemsChanged, this, &ProblemsPanel::refill);
    }
    refill();
}

void ProblemsPanel::refill()
{
    int counts[3] = {0, 0, 0};
    if (m_checker)
        for (int i = 0; i < 3; ++i)
            counts[i] = m_checker->count(Severity(i));
    m_buttons[0]->setText(tr("%n error(s)", nullptr, counts[0]));
    m_buttons[1]->setText(tr("%n warning(s)", nullptr, counts[1]));
    m_buttons[2]->setText(tr("%n advice", nullptr, counts[2]));
    emit countsChanged(counts[0], counts[1], counts[2]);

    m_list->clear();
    if (!m_checker || !m_doc)
        return;
    const QString filter = m_filter->text();
    QList<QTreeWidgetItem *> items;
    for (const Problem &p : m_checker->problems()) {
        if (!m_buttons[int(p.severity)]->isChecked())
            continue;
        const QString item = p.itemId.isEmpty() ? kindTitle(p.kind) : displayName(m_doc->reg(), p.kind, p.itemId);
        if (!filter.isEmpty() && !p.message.contains(filter, Qt::CaseInsensitive)
            && !item.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *row = new QTreeWidgetItem({severityLabel(p.severity), item, p.field, p.message});
        row->setIcon(0, m_buttons[int(p.severity)]->icon());
        row->setData(0, Qt::UserRole, int(p.kind));
        row->setData(1, Qt::UserRole, p.itemId);
        row->setData(2, Qt::UserRole, p.field);
        row->setToolTip(3, p.message);
        items.append(row);
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, std::min(m_list->columnWidth(1), 260));
}

} // namespace Fortegnelse
