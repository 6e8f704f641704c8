#include "documentbanner.h"

#include "document.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace Fortegnelse {

DocumentBanner::DocumentBanner(QWidget *editors, QWidget *parent)
    : QFrame(parent)
    , m_editors(editors)
    , m_label(new QLabel(this))
    , m_repair(new QPushButton(tr("Repair…"), this))
{
    setObjectName(QStringLiteral("documentBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE)); // a calm yellow, readable in any theme's text colour
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repair->setObjectName(QStringLiteral("repairButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_repair);
    connect(m_repair, &QPushButton::clicked, this, &DocumentBanner::repairRequested);
    qApp->installEventFilter(this);
    refresh();
}

void DocumentBanner::setDocument(Document *doc)
{
    if (m_doc)
        m_doc->disconnect(this);
    m_doc = doc;
    m_notice.clear();
    if (doc) {
        connect(doc, &Document::reloaded, this, &DocumentBanner::showNotice);
        connect(doc, &Document::writeFailed, this, [this](const QString &message) {
            if (m_doc && m_doc->isReadOnly())
                showNotice(message);
        });
    }
    refresh();
}

QString DocumentBanner::text() const
{
    return isVisible() || !isHidden() ? m_label->text() : QString();
}

void DocumentBanner::showNotice(const QString &text)
{
    m_notice = text;
    refresh();
}

void DocumentBanner::refresh()
{
    QStringList lines;
    if (m_doc) {
        if (m_doc->isReadOnly())
            lines.append(m_doc->readOnlyReason());
        if (!m_doc->loadReport().isClean())
            lines.append(tr("What is wrong: %1").arg(m_doc->loadReport().summary()));
        if (!m_doc->storageWarning().isEmpty())
            lines.append(m_doc->storageWarning());
        // A change refused because the register is read-only names the reason the first
        // line already gives; the banner says it once.
        const bool repeatsReason = m_doc->isReadOnly() && m_notice.endsWith(m_doc->readOnlyReason());
        if (repeatsReason)
            lines.append(tr("The change was not made."));
        else if (!m_notice.isEmpty() && !lines.contains(m_notice))
            lines.append(m_notice);
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_repair->setVisible(m_doc && !m_doc->loadReport().isClean());
    setHidden(lines.isEmpty());
    if (m_doc && m_doc->isReadOnly())
        makeReadOnly(m_editors);
}

void DocumentBanner::makeReadOnly(QWidget *root)
{
    // Text stays selectable and lists stay browsable; only what would change the register
    // is locked.
    const auto lock = [](QWidget *w) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(true);
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            t->setReadOnly(true);
        else if (auto *pt = qobject_cast<QPlainTextEdit *>(w))
            pt->setReadOnly(true);
        else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
            s->setReadOnly(true);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w))
            w->setEnabled(false);
        else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->editTriggers() != QAbstractItemView::NoEditTriggers)
            v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    };
    lock(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        lock(w);
}

bool DocumentBanner::eventFilter(QObject *watched, QEvent *event)
{
    // Editors are made as items are chosen: lock each as it is first shown.
    if (event->type() == QEvent::Show && m_doc && m_doc->isReadOnly() && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (m_editors->isAncestorOf(w))
            makeReadOnly(w);
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Fortegnelse
