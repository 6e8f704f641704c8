#include "conflictdialog.h"

#include "document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

ConflictDialog::ConflictDialog(const ConflictSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by a colleague"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(summary.headline, this);
    headline->setObjectName(QStringLiteral("conflictHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    QString explanation;
    if (summary.theyDeleted && summary.iDelete)
        explanation = tr("You deleted it too; nothing is left to decide.");
    else if (summary.theyDeleted)
        explanation = tr("Your change was not made. Take theirs and the item stays deleted; keep yours and it "
                         "is made again as you had it.");
    else if (summary.iDelete)
        explanation = tr("Your deletion was not made. Take theirs and the item stays as they left it; keep "
                         "yours and it is deleted now.");
    else
        explanation = tr("Your change was not made. Take theirs and the item stays as they left it; keep yours "
                         "and your values below are written over theirs as a new change, which you can undo.");
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);

    if (!summary.rows.isEmpty()) {
        auto *table = new QTableWidget(int(summary.rows.size()), 3, this);
        table->setObjectName(QStringLiteral("conflictFields"));
        table->setHorizontalHeaderLabels({tr("Field"), tr("Their value"), tr("Your value")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setWordWrap(true);
        for (int r = 0; r < summary.rows.size(); ++r) {
            const ConflictRow &row = summary.rows.at(r);
            const QStringList cells{row.label, row.theirs, row.mine};
            for (int c = 0; c < 3; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == 0 && row.theyChangedItToo) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                    item->setToolTip(tr("You both changed this field."));
                }
                table->setItem(r, c, item);
            }
        }
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        table->resizeRowsToContents();
        layout->addWidget(table);
    }
    if (!summary.theirOtherFields.isEmpty()) {
        auto *others = new QLabel(tr("They also changed: %1. Those stay as they left them either way.")
                                      .arg(summary.theirOtherFields.join(QStringLiteral(", "))),
                                  this);
        others->setObjectName(QStringLiteral("conflictOtherFields"));
        others->setWordWrap(true);
        layout->addWidget(others);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_theirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::RejectRole);
    m_theirs->setObjectName(QStringLiteral("takeTheirs"));
    m_mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    m_mine->setObjectName(QStringLiteral("keepMine"));
    m_mine->setEnabled(!(summary.theyDeleted && summary.iDelete));
    // Taking theirs writes nothing, so it is what Enter and Escape do.
    m_theirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void ConflictDialog::watch(Document *doc, QWidget *parent)
{
    QPointer<Document> guarded(doc);
    QObject::connect(doc, &Document::conflictFound, parent, [guarded, parent] {
        if (!guarded || !guarded->lastConflict() || parent->findChild<ConflictDialog *>())
            return;
        auto *dialog = new ConflictDialog(describeConflict(guarded->reg(), *guarded->lastConflict()), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, parent, [guarded, parent](int result) {
            if (!guarded)
                return;
            const OperationResult done = result == QDialog::Accepted ? keepMine(*guarded) : takeTheirs(*guarded);
            if (!done)
                QMessageBox::warning(parent, tr("Change not saved"), done.message);
        });
        dialog->open();
    });
}

} // namespace Fortegnelse
