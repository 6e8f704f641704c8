#include "searchpalette.h"

#include "document.h"
#include "labels.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

SearchPalette::SearchPalette(Document *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_index(doc ? searchIndex(doc->reg()) : QList<SearchEntry>{})
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("searchPalette"));
    setWindowTitle(tr("Find in the register"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Name, text or code, e.g. Løn, Mailchimp, art46-2-c"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    resize(560, 380);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPalette::search);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPalette::choose);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPalette::choose);
    // Up and Down in the query move through the results, as in a command palette.
    m_query->installEventFilter(this);
}

void SearchPalette::search()
{
    m_results->clear();
    if (!m_doc)
        return;
    const QList<SearchHit> hits = searchRegister(m_doc->reg(), m_index, m_query->text());
    for (const SearchHit &hit : hits) {
        QString where = kindTitle(hit.kind);
        if (hit.field != u"name")
            where += QStringLiteral(" · ") + fieldLabel(hit.field);
        const QString text = hit.field == u"name" ? QString() : hit.text.simplified().left(120);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(hit.name.isEmpty() ? kindTitle(hit.kind) : hit.name,
                                         text.isEmpty() ? where : QStringLiteral("%1: %2").arg(where, text)),
            m_results);
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
        item->setData(FieldRole, hit.field);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void SearchPalette::choose()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const auto kind = EntityKind(item->data(KindRole).toInt());
    const QString id = item->data(IdRole).toString();
    const QString field = item->data(FieldRole).toString();
    accept();
    emit chosen(kind, id, field);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Fortegnelse
