#include "problemspanel.h"

#include "checker.h"
#include "checks.h"
#include "document.h"
#include "labels.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

constexpr int RuleRole = Qt::UserRole + 1;

/// Measures a row at its columns' widths, so a message wraps onto as many lines as it
/// needs (a tree view otherwise measures text unwrapped, and cuts it to one line).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.features |= QStyleOptionViewItem::WrapText;
        opt.rect = QRect(0, 0, m_view->columnWidth(index.column()), std::max(1, opt.rect.height()));
        const QWidget *w = opt.widget;
        const QStyle *style = w ? w->style() : QApplication::style();
        return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), w);
    }

private:
    QTreeView *m_view;
};

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_fixButton(new QToolButton(this))
    , m_fixStatus(new QLabel(this))
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
    m_fixButton->setObjectName(QStringLiteral("quickFixButton"));
    m_fixButton->setText(tr("Quick fix"));
    m_fixButton->setToolTip(tr("Fixes for the selected problem, where one is obvious"));
    m_fixButton->setPopupMode(QToolButton::InstantPopup);
    m_fixButton->setMenu(new QMenu(m_fixButton));
    m_fixButton->setEnabled(false);
    bar->addWidget(m_fixButton);
    m_fixStatus->setObjectName(QStringLiteral("quickFixStatus"));
    m_fixStatus->setWordWrap(true);
    m_fixStatus->hide();
    connect(m_filter, &QLineEdit::textChanged, this, &ProblemsPanel::refill);

    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setHeaderLabels({tr("Severity"), tr("Item"), tr("Field"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    // A column resized (the panel too) changes how many lines each message needs.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_list, &QTreeWidget::doItemsLayout);
    connect(m_list->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit activated(EntityKind(item->data(0, Qt::UserRole).toInt()), item->data(1, Qt::UserRole).toString(),
                       item->data(2, Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProblemsPanel::updateFixes);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *row = m_list->itemAt(pos);
        if (!row || fixesFor(row).isEmpty())
            return;
        QMenu menu(this);
        fillFixMenu(&menu, row);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_fixStatus);
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
    m_buttons[0]->setText(countText(Severity::Error, counts[0]));
    m_buttons[1]->setText(countText(Severity::Warning, counts[1]));
    m_buttons[2]->setText(countText(Severity::Advice, counts[2]));
    emit countsChanged(counts[0], counts[1], counts[2]);

    if (!m_checker || !m_doc) {
        m_list->clear();
        updateFixes();
        return;
    }
    // The rows wanted, each with a key that says everything it shows and where it leads.
    const QString filter = m_filter->text();
    struct Row
    {
        const Problem *problem;
        QString item;
        QString field;
        QString key;
    };
    QList<Row> rows;
    rows.reserve(m_checker->problems().size());
    QHash<QString, QString> fieldLabels;
    for (const Problem &p : m_checker->problems()) {
        if (!m_buttons[int(p.severity)]->isChecked())
            continue;
        // The item by its name and the field by its label in the UI language: an officer
        // reads "Purpose 2 › Legitimate interest pursued", never the field's path.
        const QString item = p.itemId.isEmpty() ? kindTitle(p.kind) : itemLabel(m_doc->reg(), p.kind, p.itemId);
        // Few distinct paths among thousands of problems: read each as labels once.
        auto label = fieldLabels.constFind(p.field);
        if (label == fieldLabels.cend())
            label = fieldLabels.insert(p.field, fieldPathLabel(p.field));
        const QString &field = *label;
        if (!filter.isEmpty() && !p.message.contains(filter, Qt::CaseInsensitive)
            && !item.contains(filter, Qt::CaseInsensitive) && !field.contains(filter, Qt::CaseInsensitive))
            continue;
        const QChar sep(0x1f);
        rows.append({&p, item, field,
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
        auto *row = new QTreeWidgetItem({severityLabel(p.severity), rows.at(r).item, rows.at(r).field, p.message});
        row->setIcon(0, m_buttons[int(p.severity)]->icon());
        row->setData(0, Qt::UserRole, int(p.kind));
        row->setData(1, Qt::UserRole, p.itemId);
        row->setData(2, Qt::UserRole, p.field);
        row->setData(3, Qt::UserRole, rows.at(r).key);
        row->setData(0, RuleRole, p.rule);
        row->setToolTip(3, p.message);
        added.append(row);
    }
    m_list->insertTopLevelItems(same, added);
    updateFixes();
    // Measuring every row for its width is the slow part of a long list: the columns are
    // fitted when the whole list is new, and otherwise keep their widths (rows wrap).
    if (added.size() == rows.size()) {
        m_list->resizeColumnToContents(0);
        // The item and the field at their one-line width, within bounds, so the message
        // keeps most of the room; a longer name wraps.
        const int padding = 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 12;
        for (const auto &[column, cap] : {std::pair{1, 220}, std::pair{2, 260}}) {
            int width = m_list->header()->sectionSizeHint(column);
            for (const Row &row : std::as_const(rows))
                width = std::max(width, m_list->fontMetrics().horizontalAdvance(column == 1 ? row.item : row.field) + padding);
            m_list->setColumnWidth(column, std::min(width, cap));
        }
    }
}

QList<QuickFix> ProblemsPanel::fixesFor(const QTreeWidgetItem *row) const
{
    if (!row || !m_doc)
        return {};
    Problem p;
    p.rule = row->data(0, RuleRole).toString();
    p.kind = EntityKind(row->data(0, Qt::UserRole).toInt());
    p.itemId = row->data(1, Qt::UserRole).toString();
    p.field = row->data(2, Qt::UserRole).toString();
    return quickFixesFor(m_doc->reg(), p);
}

void ProblemsPanel::fillFixMenu(QMenu *menu, const QTreeWidgetItem *row)
{
    menu->clear();
    for (const QuickFix &fix : fixesFor(row))
        // Applied once the menu is done: the change refills this menu, which must not
        // delete the action while it is being triggered.
        connect(
            menu->addAction(fix.text), &QAction::triggered, this, [this, fix] { applyFix(fix); },
            Qt::QueuedConnection);
}

void ProblemsPanel::updateFixes()
{
    QTreeWidgetItem *row = m_list->currentItem();
    fillFixMenu(m_fixButton->menu(), row);
    m_fixButton->setEnabled(!m_fixButton->menu()->isEmpty());
}

bool ProblemsPanel::applyFix(const QuickFix &fix)
{
    const QuickFixResult result = m_doc ? applyQuickFix(*m_doc, fix) : QuickFixResult();
    if (!result.ok) {
        // A failed step changed nothing; the officer is told rather than left guessing.
        m_fixStatus->setText(tr("The fix was not applied: the register has changed since the problem was listed, or the change could not be saved."));
        m_fixStatus->show();
        return false;
    }
    m_fixStatus->hide();
    emit activated(result.kind, result.id, result.field);
    return true;
}

QString ProblemsPanel::countText(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error: return tr("%n error(s)", nullptr, count);
    case Severity::Warning: return tr("%n warning(s)", nullptr, count);
    case Severity::Advice: return tr("%n advice", nullptr, count);
    }
    return {};
}

QString ProblemsPanel::summaryText(int errors, int warnings, int advice)
{
    QStringList parts;
    const int counts[3] = {errors, warnings, advice};
    for (int i = 0; i < 3; ++i)
        if (counts[i] > 0)
            parts.append(countText(Severity(i), counts[i]));
    return parts.isEmpty() ? tr("No problems") : parts.join(tr(", "));
}

QString ProblemsPanel::titleText(int errors, int warnings)
{
    return errors == 0 && warnings == 0 ? tr("Problems") : tr("Problems (%1)").arg(summaryText(errors, warnings, 0));
}

} // namespace Fortegnelse
