#include "matrixeditor.h"

#include "activityfields.h"
#include "catalogues.h"
#include "document.h"
#include "labels.h"
#include "pickers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

MatrixEditor::MatrixEditor(Document *doc, QString activityId, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_id(std::move(activityId))
    , m_subjectList(new QListWidget(this))
    , m_view(new QComboBox(this))
    , m_all(new QPushButton(this))
    , m_confirm(new QPushButton(tr("Confirm as imported"), this))
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *subjectsLabel = new QLabel(tr("The people this activity concerns:"), this);
    layout->addWidget(subjectsLabel);
    m_subjectList->setObjectName(QStringLiteral("matrixSubjects"));
    m_subjectList->setFlow(QListView::LeftToRight);
    m_subjectList->setWrapping(true);
    m_subjectList->setResizeMode(QListView::Adjust);
    m_subjectList->setSpacing(2);
    m_subjectList->setFixedHeight(m_subjectList->fontMetrics().lineSpacing() * 3 + 12);
    subjectsLabel->setBuddy(m_subjectList);
    layout->addWidget(m_subjectList);
    auto *row = new QHBoxLayout;
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setToolTip(tr("What the activity processes, or what one recipient receives of it"));
    m_all->setObjectName(QStringLiteral("matrixAll"));
    row->addWidget(m_view, 1);
    row->addWidget(m_all);
    m_confirm->setObjectName(QStringLiteral("matrixConfirm"));
    m_confirm->setToolTip(tr("Accept the links the import generated as they stand"));
    row->addWidget(m_confirm);
    layout->addLayout(row);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    // Category names are long: columns get a fixed width with the name elided (and in
    // full in the tooltip), and the subject names a bounded header, so the ticks stay
    // in view. The grid is as tall as its rows: it never scrolls inside the form.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMaximumWidth(240);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { toggle(item->row(), item->column()); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        QList<QPair<int, int>> cells;
        for (int r = 0; r < m_subjects.size(); ++r)
            cells.append({r, column});
        toggleCells(cells);
    });
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        QList<QPair<int, int>> cells;
        for (int c = 0; c < m_data.size(); ++c)
            cells.append({row, c});
        toggleCells(cells);
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        QList<QPair<int, int>> cells;
        for (int r = 0; r < m_subjects.size(); ++r)
            for (int c = 0; c < m_data.size(); ++c)
                cells.append({r, c});
        toggleCells(cells);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_doc) {
            const int r = recipient();
            confirmLinks(*m_doc, m_id, r >= 0 ? LinkScope::Recipient : LinkScope::Matrix, r);
        }
    });
    connect(m_subjectList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_doc)
            setActivitySubject(*m_doc, m_id, item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_view, &QComboBox::activated, this, &MatrixEditor::refresh);
}

int MatrixEditor::recipient() const
{
    return m_view->currentIndex() - 1;
}

bool MatrixEditor::isTicked(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

void MatrixEditor::refresh()
{
    if (!m_doc)
        return;
    const Register &reg = m_doc->reg();
    const ProcessingActivity *a = reg.activities.find(m_id);
    if (!a)
        return;
    m_subjects = a->subjects();
    m_data = a->data;
    for (const MatrixRow &r : a->matrix)
        for (const QString &d : r.data)
            if (!m_data.contains(d))
                m_data.append(d);

    {
        const QSignalBlocker block(m_subjectList);
        m_subjectList->clear();
        for (const SubjectCategory &s : reg.subjectCategories) {
            auto *item = new QListWidgetItem(itemLabel(reg, EntityKind::SubjectCategory, s.id), m_subjectList);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(m_subjects.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    {
        const QSignalBlocker block(m_view);
        const int shown = m_view->currentIndex();
        m_view->clear();
        m_view->addItem(tr("What the activity processes"));
        for (qsizetype i = 0; i < a->recipients.size(); ++i) {
            const Disclosure &d = a->recipients.at(i);
            QString name = d.party.isEmpty() ? d.recipientCategory.resolve(reg.organisation.language, QStringLiteral("en"))
                                             : itemLabel(reg, EntityKind::Party, d.party);
            if (name.isEmpty())
                name = tr("Recipient %1 (not named yet)").arg(i + 1);
            m_view->addItem(tr("What %1 receives").arg(name));
        }
        m_view->setCurrentIndex(std::clamp(shown, 0, m_view->count() - 1));
    }
    const int r = recipient();
    const Disclosure *disclosure = r >= 0 ? &a->recipients.at(r) : nullptr;

    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_subjects.size()));
    m_table->setColumnCount(int(m_data.size()));
    QStringList rowLabels, columnLabels;
    for (const QString &s : std::as_const(m_subjects))
        rowLabels.append(itemLabel(reg, EntityKind::SubjectCategory, s));
    for (const QString &d : std::as_const(m_data))
        columnLabels.append(itemLabel(reg, EntityKind::DataCategory, d));
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->setHorizontalHeaderLabels(columnLabels);
    for (int c = 0; c < m_data.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tr("%1: click to tick or clear the column").arg(columnLabels.at(c)));
    bool unconfirmed = disclosure && disclosure->unconfirmed;
    for (int row = 0; row < m_subjects.size(); ++row) {
        QTableWidgetItem *header = m_table->verticalHeaderItem(row);
        const bool generated = !disclosure && a->matrix.at(row).unconfirmed;
        QFont font = m_table->font();
        font.setItalic(generated);
        header->setFont(font);
        header->setToolTip(generated ? tr("%1: generated by the import, not confirmed; click to tick or clear the row").arg(rowLabels.at(row))
                                     : tr("%1: click to tick or clear the row").arg(rowLabels.at(row)));
        unconfirmed |= generated;
    }
    bool all = !m_subjects.isEmpty() && !m_data.isEmpty();
    for (int row = 0; row < m_subjects.size(); ++row) {
        QStringList ticked;
        for (const MatrixRow &mr : a->matrix)
            if (mr.subject == m_subjects.at(row))
                ticked = mr.data;
        for (int c = 0; c < m_data.size(); ++c) {
            auto *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            const bool processed = ticked.contains(m_data.at(c));
            bool on = processed;
            Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (disclosure) {
                on = receives(*a, *disclosure, m_subjects.at(row), m_data.at(c));
                if (!processed)
                    flags = Qt::ItemIsSelectable; // a recipient receives only what is processed
            }
            item->setFlags(flags);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            all &= on || !(flags & Qt::ItemIsEnabled);
            item->setToolTip(disclosure ? tr("%1 about %2, sent to this recipient").arg(columnLabels.at(c), rowLabels.at(row))
                                        : tr("%1 about %2").arg(columnLabels.at(c), rowLabels.at(row)));
        }
    }
    m_all->setText(all ? tr("Clear all") : tr("Tick all"));
    m_all->setEnabled(!m_subjects.isEmpty() && !m_data.isEmpty());
    m_confirm->setVisible(unconfirmed);
    if (unconfirmed && disclosure)
        m_hint->setText(tr("Not confirmed: the import gave this recipient everything the activity processes, because "
                           "the file did not say what it receives. Clear what it does not receive, or confirm it as it "
                           "is; until then the record shows it as not stated."));
    else if (unconfirmed)
        m_hint->setText(tr("Not confirmed: the import linked every category of data to the people in italics, because "
                           "the file did not say which data concern whom. Clear what does not apply, or confirm the "
                           "rows as they are; until then the record shows them as not stated."));
    else if (m_subjects.isEmpty() || m_data.isEmpty())
        m_hint->setText(tr("Choose the activity's data categories and the people it concerns; then tick which data "
                           "concern which people."));
    else if (disclosure)
        m_hint->setText(tr("Tick what this recipient receives. It receives the ticked data about the ticked people: a "
                           "tick adds its row and column, clearing one removes its column. Grey cells are not processed."));
    else
        m_hint->setText(tr("Tick which data concern which people: click a cell, or a row or column header for the "
                           "whole row or column; arrow keys and Space work too."));
    fitHeight();
}

void MatrixEditor::fitHeight()
{
    // Room for every row and for the horizontal scroll bar many columns need: the grid
    // never scrolls up and down inside the form. Measured again once the style has
    // sized the rows.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length()
                            + m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
}

void MatrixEditor::showEvent(QShowEvent *event)
{
    fitHeight();
    QWidget::showEvent(event);
}

void MatrixEditor::toggle(int row, int column)
{
    if (!m_doc || row < 0 || row >= m_subjects.size() || column < 0 || column >= m_data.size())
        return;
    const QString subject = m_subjects.at(row);
    const QString data = m_data.at(column);
    const bool on = isTicked(row, column);
    if (const int r = recipient(); r >= 0)
        setRecipientCells(*m_doc, m_id, r, {{subject, data}}, on);
    else
        setMatrixCells(*m_doc, m_id, {{subject, data}}, on);
}

void MatrixEditor::toggleCells(const QList<QPair<int, int>> &cells)
{
    if (!m_doc || cells.isEmpty())
        return;
    bool allOn = true;
    for (const auto &[row, column] : cells) {
        const QTableWidgetItem *item = m_table->item(row, column);
        if (item && (item->flags() & Qt::ItemIsEnabled))
            allOn &= isTicked(row, column);
    }
    const bool on = !allOn;
    QList<QPair<QString, QString>> changes;
    for (const auto &[row, column] : cells)
        changes.append({m_subjects.at(row), m_data.at(column)});
    if (const int r = recipient(); r >= 0)
        setRecipientCells(*m_doc, m_id, r, changes, on); // the operation says what a gesture means
    else
        setMatrixCells(*m_doc, m_id, changes, on);
}

bool MatrixEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            const int row = m_table->currentRow();
            const int column = m_table->currentColumn();
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                return true;
            if (key->modifiers() & Qt::ShiftModifier) {
                emit m_table->verticalHeader()->sectionClicked(row);
            } else if (key->modifiers() & Qt::ControlModifier) {
                emit m_table->horizontalHeader()->sectionClicked(column);
            } else if (item->flags() & Qt::ItemIsEnabled) {
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            }
            if (m_table->item(row, column)) // the grid is rebuilt by the change
                m_table->setCurrentCell(row, column);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fortegnelse
