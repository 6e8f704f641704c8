#include "historyactions.h"

#include "document.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QUndoStack>
#include <QUndoView>

namespace Fortegnelse {

HistoryActions::HistoryActions(QUndoView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // QKeySequence::Redo is Ctrl+Shift+Z on Linux; Ctrl+Y is what Windows users try. Each
    // key once: a key bound twice in one window is "ambiguous" and does nothing at all.
    QList<QKeySequence> redoKeys;
    const QList<QKeySequence> wanted = QKeySequence::keyBindings(QKeySequence::Redo)
        + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : wanted)
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redo->setShortcuts(redoKeys);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_doc)
            m_doc->redo();
    });
    // A click in the history goes back or forward to that step through the document.
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    update();
}

void HistoryActions::setDocument(Document *doc)
{
    if (m_doc)
        m_doc->undoStack()->disconnect(this);
    m_doc = doc;
    m_view->setStack(doc ? doc->undoStack() : nullptr);
    if (doc) {
        QUndoStack *stack = doc->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, &HistoryActions::update);
        connect(stack, &QUndoStack::undoTextChanged, this, &HistoryActions::update);
        connect(stack, &QUndoStack::redoTextChanged, this, &HistoryActions::update);
    }
    update();
}

void HistoryActions::update()
{
    QUndoStack *stack = m_doc ? m_doc->undoStack() : nullptr;
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

bool HistoryActions::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_doc)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        if (watched != m_view->viewport())
            break;
        const QModelIndex index = m_view->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (index.isValid())
            m_doc->setHistoryIndex(index.row()); // row 0 is the register as opened
        return true;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up)
            m_doc->undo();
        else if (key == Qt::Key_Down)
            m_doc->redo();
        else if (key == Qt::Key_Home)
            m_doc->setHistoryIndex(0);
        else if (key == Qt::Key_End)
            m_doc->setHistoryIndex(m_doc->undoStack()->count());
        else
            break;
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Fortegnelse
