#pragma once

#include "entitykind.h"
#include "policywriters.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoView;

namespace Fortegnelse {

class Document;
class ItemForm;
class ListPage;
class DocumentBanner;
class HistoryActions;
class PolicyPreview;
class ProblemsPanel;
class RecordWindow;
class SearchPalette;
class StartPage;
struct Register;

/// The main window: a navigator of the register's parts, the list and editor of the
/// chosen part, the live policy preview and the undo history. Every change is saved as
/// it is made, so there is no Save and nothing to lose on quitting.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a register (.ropa), or imports a JSON file into a new register beside it.
    /// A refused file gets a message box that says why.
    bool openFile(const QString &path);
    /// Shows \a doc, opened elsewhere (a snapshot's kept state), in this window; it is not
    /// added to the recent registers.
    void showDocument(std::unique_ptr<Document> doc);
    Document *document() const { return m_document.get(); }

    /// The page showing a part, for navigation and tests.
    void showPart(EntityKind kind);
    /// The register's home: its overview, or with none open the start page.
    void showOverview();
    StartPage *startPage() const;
    /// Imports a shipped example (StartPage::examples()) into a new register in the
    /// examples folder under Documents, and opens it.
    bool openExample(const QString &name);
    /// The import dialog for the record an officer keeps in a spreadsheet or Word tables
    /// (\a path): a new register it makes is shown; one merged into the open register is
    /// one undoable step there. Returns the dialog's result.
    int importTable(const QString &path);
    /// Whether \a path is a file importTable() reads (by its name).
    static bool isImportableTable(const QString &path);
    /// Creates a register at \a path and opens it; false, with a message, when it cannot.
    bool createRegister(const QString &path, const Register &reg);
    /// Ctrl+F: the search palette over the open register (it deletes itself on closing).
    SearchPalette *openSearch();
    /// Switches the UI language now: menus, docks, titles and pages are made again.
    void chooseLanguage(const QString &code);
    /// Shows the problems panel and gives it the focus.
    void showProblems();
    /// Writes the policy in a language, for an audience, in a format; false with a message.
    ListPage *listPage(EntityKind kind) const;
    ItemForm *singletonForm(EntityKind kind) const;
    PolicyPreview *preview() const { return m_preview; }
    /// Opens the Article 30 record window (the record is made there, in the background).
    RecordWindow *openRecord();
    ProblemsPanel *problems() const { return m_problems; }
    /// Jumps to an item's field, as from the problems list.
    void showField(EntityKind kind, const QString &id, const QString &field);

    /// Where message boxes go; tests replace it to read messages instead of showing them.
    std::function<void(const QString &title, const QString &text)> warn;
    /// Where questions go: true when the officer chose \a yes. Tests replace it.
    std::function<bool(const QString &title, const QString &text, const QString &yes)> ask;
    DocumentBanner *banner() const { return m_banner; }
    /// Repairs the open register after a backup, as one undoable step.
    void repairDocument();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void fillNavigator();
    /// Restores the saved geometry and docks, clamped to the screen the window is on.
    void restoreLayout();
    void clampToScreen();
    void updateProblemsTitle();
    void updatePublishAction();
    void setDocument(std::unique_ptr<Document> doc);
    void rebuildPages();
    void updateTitle();
    void addRecent(const QString &path);
    void refillRecent();
    void newRegister();
    void openDialog();
    void saveCopyAs();
    void importJson();
    void importTableDialog();
    void exportJson();
    void exportPolicy();
    void publishPolicy();
    void showRecord();
    void retranslate();

    std::unique_ptr<Document> m_document;
    QListWidget *m_navigator = nullptr;
    QPointer<StartPage> m_start;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    int m_errors = 0;
    int m_warnings = 0;
    QStackedWidget *m_pages = nullptr;
    PolicyPreview *m_preview = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QPointer<RecordWindow> m_record;
    QUndoView *m_undoView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions;
    HistoryActions *m_history = nullptr;
    DocumentBanner *m_banner = nullptr;
};

} // namespace Fortegnelse
