#include "matrixeditor.h"

#include "document.h"
#include "itemoperations.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

MatrixEditor::MatrixEditor(Document *doc, QString activityId, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_id(std::move(activityId))
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    // Category names are long: columns get a fixed width with the name elided (and in
    // full in the tooltip), and the subject names a bounded header, so the ticks stay
    // in view.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMaximumWidth(220);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        toggle(item->row(), item->column());
    });
}

void MatrixEditor::refresh()
{
    if (!m_doc)
        return;
    const Register &reg = m_doc->reg();
    const ProcessingActivity *a = reg.activities.find(m_id);
    if (!a)
        return;
    m_subjects.clear();
    for (const SubjectCategory &s : reg.subjectCategories)
        m_subjects.append(s.id);
    m_data = a->data;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_subjects.size()));
    m_table->setColumnCount(int(m_data.size()));
    QStringList rowLabels, columnLabels;
    for (const QString &s : std::as_const(m_subjects))
        rowLabels.append(displayName(reg, EntityKind::SubjectCategory, s));
    for (const QString &d : std::as_const(m_data))
        columnLabels.append(displayName(reg, EntityKind::DataCategory, d));
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->setHorizontalHeaderLabels(columnLabels);
    for (int c = 0; c < m_data.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(columnLabels.at(c));
    for (int r = 0; r < m_subjects.size(); ++r)
        m_table->verticalHeaderItem(r)->setToolTip(rowLabels.at(r));
    for (int r = 0; r < m_subjects.size(); ++r) {
        QStringList ticked;
        for (const MatrixRow &row : a->matrix)
            if (row.subject == m_subjects.at(r))
                ticked = row.data;
        for (int c = 0; c < m_data.size(); ++c) {
            auto *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_table->setItem(r, c, item);
            }
            item->setCheckState(ticked.contains(m_data.at(c)) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("%1 about %2").arg(columnLabels.at(c), rowLabels.at(r)));
        }
    }
    m_hint->setText(m_data.isEmpty()
                        ? tr("Choose the activity's data categories above; then tick which of them "
                             "concern which people.")
                        : tr("Tick which data categories concern which people."));
    const int rows = std::min(int(m_subjects.size()), 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 4);
}

void MatrixEditor::toggle(int row, int column)
{
    if (!m_doc || row < 0 || row >= m_subjects.size() || column < 0 || column >= m_data.size())
        return;
    const QString subject = m_subjects.at(row);
    const QString data = m_data.at(column);
    const bool on = m_table->item(row, column)->checkState() == Qt::Checked;
    setMatrixCell(*m_doc, m_id, subject, data, on);
}

} // namespace Fortegnelse
