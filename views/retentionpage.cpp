#include "retentionpage.h"

#include "document.h"
#include "labels.h"
#include "referencedata.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

RetentionPage::RetentionPage(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("page-retention"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Retention schedule").toHtmlEscaped()), this));
    auto *hint = new QLabel(tr("Every retention rule in the register. Rules are kept with their processing "
                               "activity: double-click a rule to edit it there."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({fieldLabel(QStringLiteral("activities")), fieldLabel(QStringLiteral("data")),
                                        fieldLabel(QStringLiteral("amount")), fieldLabel(QStringLiteral("trigger")),
                                        fieldLabel(QStringLiteral("criterion")), fieldLabel(QStringLiteral("lawReferences"))});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        emit activated(EntityKind::Activity, item->data(Qt::UserRole).toString(),
                       QStringLiteral("retention[%1]").arg(item->data(Qt::UserRole + 1).toInt()));
    });
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &RetentionPage::rebuild);
    connect(doc, &Document::changed, this, [this](const Change &c) {
        if (c.kind == EntityKind::Activity || c.kind == EntityKind::DataCategory)
            m_timer.start();
    });
    rebuild();
}

void RetentionPage::rebuild()
{
    if (!m_doc)
        return;
    const Register &reg = m_doc->reg();
    const QString lang = reg.organisation.language;
    const QString ui = QLocale().name().left(2);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const ProcessingActivity &a : reg.activities) {
        for (qsizetype i = 0; i < a.retention.size(); ++i) {
            const RetentionRule &r = a.retention.at(i);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QStringList data, laws;
            for (const QString &d : r.data)
                data.append(displayName(reg, EntityKind::DataCategory, d));
            for (const QString &l : r.lawReferences)
                laws.append(ReferenceData::instance().citation(l, ui == u"nb" || ui == u"sv" || ui == u"da" ? ui : QStringLiteral("en")));
            auto *activity = new QTableWidgetItem(a.name.resolve(lang, QStringLiteral("en")));
            activity->setData(Qt::UserRole, a.id);
            activity->setData(Qt::UserRole + 1, int(i));
            m_table->setItem(row, 0, activity);
            m_table->setItem(row, 1, new QTableWidgetItem(data.isEmpty() ? tr("All of the activity's data") : data.join(QStringLiteral(", "))));
            m_table->setItem(row, 2, new QTableWidgetItem(r.amount > 0 ? QStringLiteral("%1 %2").arg(r.amount).arg(codeLabel(toCode(r.unit)).toLower()) : QString()));
            m_table->setItem(row, 3, new QTableWidgetItem(r.trigger.resolve(lang, QStringLiteral("en"))));
            m_table->setItem(row, 4, new QTableWidgetItem(r.criterion.resolve(lang, QStringLiteral("en"))));
            m_table->setItem(row, 5, new QTableWidgetItem(laws.join(QStringLiteral("; "))));
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 280));
    m_table->resizeRowsToContents();
}

} // namespace Fortegnelse
