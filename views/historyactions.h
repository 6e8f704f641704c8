#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoView;

namespace Fortegnelse {

class Document;

/// Undo, Redo and the history list, driven through the document rather than the undo
/// stack: a step that cannot be written is then neither undone nor redone, and the
/// history stays where it is (QUndoStack alone moves its index whatever the command did).
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    HistoryActions(QUndoView *view, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    void setDocument(Document *doc);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QPointer<Document> m_doc;
    QUndoView *m_view;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace Fortegnelse
