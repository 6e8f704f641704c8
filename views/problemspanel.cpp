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

    if (!m_checker || !m_doc) {
        m_list->clear();
        return;
    }
    // The rows wanted, each with a key that says everything it shows and where it leads.
    const QString filter = m_filter->text();
    struct Row
    {
        const Problem *problem;
        QString item;
        QString key;
    };
    QList<Row> rows;
    rows.reserve(m_checker->problems().size());
    for (const Problem &p : m_checker->problems()) {
        if (!m_buttons[int(p.severity)]->isChecked())
            continue;
        const QString item = p.itemId.isEmpty() ? kindTitle(p.kind) : displayName(m_doc->reg(), p.kind, p.itemId);
        if (!filter.isEmpty() && !p.message.contains(filter, Qt::CaseInsensitive)
            && !item.contains(filter, Qt::CaseInsensitive))
            continue;
        const QChar sep(0x1f);
        rows.append({&p, item,
                     QString::number(int(p.severity)) + sep + QString::number(int(p.kind)) + sep + p.itemId + sep
                         + p.field + sep + item + sep + p.message});
    }

    // An edit changes the problems of an item or two: replace only the rows between the
    // unchanged beginning and end of the list, so that a long list keeps its scroll
    // position and selection, and typing does not rebuild thousands of rows.
    const int had = m_list->topLevelItemCount();
    const auto keyOf = [this](int i) { return m_list->topLevelItem(i)->data(3, Qt::UserRole).toString(); };
    int same = 0;
    while (same < had && same < rows.size() && keyOf(same) == rows.at(same).key)
        ++same;
    int sameEnd = 0;
    while (sameEnd < had - same && sameEnd < rows.size() - same
           && keyOf(had - 1 - sameEnd) == rows.at(rows.size() - 1 - sameEnd).key)
        ++sameEnd;
    for (int i = had - sameEnd - 1; i >= same; --i)
        delete m_list->takeTopLevelItem(i);
    QList<QTreeWidgetItem *> added;
    for (qsizetype r = same; r < rows.size() - sameEnd; ++r) {
        const Problem &p = *rows.at(r).problem;
        auto *row = new QTreeWidgetItem({severityLabel(p.severity), rows.at(r).item, p.field, p.message});
        row->setIcon(0, m_buttons[int(p.severity)]->icon());
        row->setData(0, Qt::UserRole, int(p.kind));
        row->setData(1, Qt::UserRole, p.itemId);
        row->setData(2, Qt::UserRole, p.field);
        row->setData(3, Qt::UserRole, rows.at(r).key);
        row->setToolTip(3, p.message);
        added.append(row);
    }
    m_list->insertTopLevelItems(same, added);
    // Measuring every row for its width is the slow part of a long list: the columns are
    // fitted when the whole list is new, and otherwise keep their widths (rows wrap).
    if (added.size() == rows.size()) {
        m_list->resizeColumnToContents(0);
        m_list->resizeColumnToContents(1);
    }
    m_list->setColumnWidth(1, std::min(m_list->columnWidth(1), 260));
}

} // namespace Fortegnelse
