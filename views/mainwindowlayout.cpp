// MainWindow's size, place and language: the first start's size, the saved layout
// restored, the window kept on the screen it opens on, and the switch of UI language
// without a restart. The menus and pages are in
// mainwindow.cpp, the File menu in mainwindowfiles.cpp.

#include "mainwindow.h"

#include "historyactions.h"
#include "uilanguage.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QUndoView>

#include <algorithm>

namespace Fortegnelse {

namespace {
/// From this screen width on, the policy preview starts beside the editor.
constexpr int wideScreenWidth = 1600;
} // namespace

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, never more than a comfortable size.
        const QSize size = QSize(1600, 1000).boundedTo(available.size() * 0.92);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    clampToScreen();
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // On a laptop the form needs the width; the preview is a click away (View menu).
        m_previewDock->setVisible(available.width() >= wideScreenWidth);
        resizeDocks({m_problemsDock}, {std::max(120, available.height() / 5)}, Qt::Vertical);
        resizeDocks({m_previewDock}, {available.width() / 3}, Qt::Horizontal);
    }
}

void MainWindow::clampToScreen()
{
    const QRect available = screen()->availableGeometry();
    // The frame is the window manager's; keep room for it where it is known.
    const QSize frame = frameGeometry().size() - geometry().size();
    QRect g = geometry();
    g.setSize(g.size().boundedTo(available.size() - frame).expandedTo(minimumSize()));
    g.moveLeft(std::clamp(g.left(), available.left(), std::max(available.left(), available.right() - g.width() - frame.width() + 1)));
    g.moveTop(std::clamp(g.top(), available.top(), std::max(available.top(), available.bottom() - g.height() - frame.height() + 1)));
    if (g != geometry())
        setGeometry(g);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Only now is the window manager's frame known; it must fit on the screen too.
    if (!event->spontaneous())
        clampToScreen();
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    installUiLanguage(code);
    retranslate();
}

void MainWindow::retranslate()
{
    // Menus, docks and pages are made again in the new language; the register, the
    // undo history and the window's layout stay as they are.
    const int row = m_navigator->currentRow();
    menuBar()->clear();
    for (QAction *a : std::as_const(m_documentActions))
        a->deleteLater();
    m_documentActions.clear();
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        menu->deleteLater();
    createActions();
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(m_document != nullptr);
    m_previewDock->setWindowTitle(tr("Privacy policy preview"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    updateProblemsTitle();
    m_history->setDocument(m_document.get()); // the Undo and Redo texts
    fillNavigator();
    rebuildPages();
    m_navigator->setCurrentRow(row);
    updateTitle();
}

} // namespace Fortegnelse
