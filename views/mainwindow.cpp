#include "mainwindow.h"

#include "aboutdialog.h"
#include "conflictdialog.h"
#include "connectdialog.h"
#include "document.h"
#include "documentbanner.h"
#include "historyactions.h"
#include "historydialog.h"
#include "itemform.h"
#include "kinds.h"
#include "labels.h"
#include "listpage.h"
#include "policypreview.h"
#include "problemspanel.h"
#include "recordwindow.h"
#include "registerlocation.h"
#include "retentionpage.h"
#include "searchpalette.h"
#include "startpage.h"
#include "uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShowEvent>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QUndoView>

namespace Fortegnelse {

namespace {

const QList<EntityKind> &parts()
{
    static const QList<EntityKind> list{EntityKind::Organisation, EntityKind::Activity,
                                        EntityKind::Party, EntityKind::SubjectCategory,
                                        EntityKind::DataCategory, EntityKind::Transfer,
                                        EntityKind::Measure, EntityKind::Cookie,
                                        EntityKind::Policy};
    return list;
}

/// Below this the form's fields get too narrow to read what is typed (logical pixels).
constexpr int minimumEditorWidth = 560;

bool isSingleton(EntityKind kind)
{
    return kindInfo(kind).singleton;
}

/// The overview is the first page; the parts follow in the navigator's order.
int pageIndex(EntityKind kind)
{
    return 1 + int(parts().indexOf(kind));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    warn = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };
    ask = [this](const QString &title, const QString &text, const QString &yes) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
        QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
        box.setDefaultButton(accept);
        box.exec();
        return box.clickedButton() == accept;
    };

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigator = new QListWidget(m_splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_pages = new QStackedWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    // The editor keeps a usable width; the docks beside it yield instead.
    m_pages->setMinimumWidth(minimumEditorWidth);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, true); // the navigator folds away on a small screen
    m_splitter->setCollapsible(1, false);
    fillNavigator();
    m_banner = new DocumentBanner(m_pages, central);
    connect(m_banner, &DocumentBanner::repairRequested, this, &MainWindow::repairDocument);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_preview = new PolicyPreview(this);
    m_previewDock = new QDockWidget(tr("Privacy policy preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);

    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problems, &ProblemsPanel::activated, this, &MainWindow::showField);
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings, int) {
        m_errors = errors;
        m_warnings = warnings;
        updateProblemsTitle();
        if (m_start && m_document)
            m_start->setProblemCounts(errors, warnings);
    });

    // The undo history shares the bottom with the problems, so the right side is the
    // preview's alone and nothing is stacked three deep on a laptop.
    m_undoView = new QUndoView(this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::BottomDockWidgetArea, m_undoDock);
    tabifyDockWidget(m_problemsDock, m_undoDock);
    m_problemsDock->raise();

    m_history = new HistoryActions(m_undoView, this);
    createActions();
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    restoreLayout();
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::fillNavigator()
{
    const int row = m_navigator->currentRow();
    const QSignalBlocker blocker(m_navigator);
    m_navigator->clear();
    m_navigator->addItem(tr("Overview"));
    for (EntityKind kind : parts())
        m_navigator->addItem(kindTitle(kind));
    m_navigator->addItem(tr("Retention rules"));
    // As wide as its longest entry, so no part's name is cut; the splitter can fold it.
    m_navigator->setMaximumWidth(m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() + 24);
    m_navigator->setCurrentRow(row);
}

void MainWindow::updateProblemsTitle()
{
    m_problemsDock->setWindowTitle(m_document ? ProblemsPanel::titleText(m_errors, m_warnings) : tr("Problems"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New register..."), QKeySequence::New, this, &MainWindow::newRegister);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("Connect to &server..."), this, [this] {
        if (const QString url = ConnectDialog::getUrl(this); !url.isEmpty())
            openFile(url);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QMenu *examples = file->addMenu(tr("Open an e&xample"));
    for (const auto &[name, title] : StartPage::examples())
        examples->addAction(title, this, [this, name = name] { openExample(name); });
    m_documentActions.append(file->addAction(tr("&Close"), QKeySequence::Close, this, [this] { setDocument(nullptr); }));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Save a &copy as..."), QKeySequence::SaveAs, this, &MainWindow::saveCopyAs));
    file->addAction(tr("&Import JSON..."), this, &MainWindow::importJson);
    file->addAction(tr("Import a &spreadsheet or Word table..."), this, &MainWindow::importTableDialog);
    m_documentActions.append(file->addAction(tr("&Export JSON..."), this, &MainWindow::exportJson));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Export &policy..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportPolicy));
    m_documentActions.last()->setObjectName(QStringLiteral("exportPolicyAction"));
    m_documentActions.append(file->addAction(tr("P&ublish policy..."), this, &MainWindow::publishPolicy));
    m_documentActions.last()->setObjectName(QStringLiteral("publishPolicyAction"));
    m_documentActions.append(file->addAction(tr("Article 30 &record..."), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::showRecord));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_history->undoAction());
    edit->addAction(m_history->redoAction());
    edit->addSeparator();
    const auto onPage = [this](void (ListPage::*method)()) {
        return [this, method] {
            if (auto *page = qobject_cast<ListPage *>(m_pages->currentWidget()))
                (page->*method)();
        };
    };
    m_documentActions.append(edit->addAction(tr("&Add"), QKeySequence(Qt::CTRL | Qt::Key_Plus), this, onPage(&ListPage::addItem)));
    m_documentActions.append(edit->addAction(tr("Dupli&cate"), QKeySequence(Qt::CTRL | Qt::Key_D), this, onPage(&ListPage::duplicateItem)));
    m_documentActions.append(edit->addAction(tr("&Delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this, onPage(&ListPage::deleteItem)));
    edit->addSeparator();
    m_documentActions.append(edit->addAction(tr("&Find..."), QKeySequence::Find, this, &MainWindow::openSearch));
    m_documentActions.last()->setObjectName(QStringLiteral("findAction"));
    edit->addSeparator();
    m_documentActions += addHistoryActions(
        edit, this, [this] { return m_document.get(); }, [this]() -> std::optional<HistoryDialog::Item> {
        if (auto *page = qobject_cast<ListPage *>(m_pages->currentWidget()); page && !page->currentId().isEmpty())
            return HistoryDialog::Item{page->kind(), page->currentId()};
        if (auto *form = qobject_cast<ItemForm *>(m_pages->currentWidget()))
            return HistoryDialog::Item{form->kind(), QString()};
        return std::nullopt; });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *navigator = view->addAction(tr("&Navigator"));
    navigator->setObjectName(QStringLiteral("navigatorAction"));
    navigator->setCheckable(true);
    navigator->setChecked(true);
    connect(navigator, &QAction::toggled, this, [this](bool shown) {
        m_splitter->setSizes({shown ? m_navigator->maximumWidth() : 0, m_splitter->width()});
    });
    connect(m_splitter, &QSplitter::splitterMoved, navigator, [this, navigator] {
        const QSignalBlocker blocker(navigator);
        navigator->setChecked(m_splitter->sizes().value(0) > 0);
    });
    for (QDockWidget *dock : {m_previewDock, m_problemsDock, m_undoDock})
        view->addAction(dock->toggleViewAction());
    m_previewDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices = QList<QPair<QString, QString>>{{{}, tr("System language")}}
        + languagesByOwnName();
    for (const auto &choice : choices) {
        // A named copy, not a structured binding: clang 14 (the sanitizer build's compiler)
        // cannot capture those in a lambda.
        const QString code = choice.first;
        QAction *a = language->addAction(choice.second, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fortegnelse"), this, [this] { showAbout(this); })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    refillRecent();
}

void MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    // The pages refer to the old document: drop them first.
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_start = nullptr;
    delete m_record; // it belongs to the register being closed
    m_history->setDocument(nullptr);
    m_banner->setDocument(nullptr);
    m_document = std::move(doc);
    m_preview->setDocument(m_document.get());
    m_problems->setDocument(m_document.get());
    m_history->setDocument(m_document.get());
    if (m_document) {
        connect(m_document.get(), &Document::writeFailed, this, [this](const QString &message) {
            // A read-only register says so in the banner, a conflict in its own dialog.
            if (!m_document->isReadOnly() && !m_document->lastConflict())
                warn(tr("Change not saved"), message);
        });
        ConflictDialog::watch(m_document.get(), this);
        // A reload tells the views item by item (Document::adoptReloaded), so the pages stay,
        // and the field being typed in keeps its text; they are built again only when the
        // views were told to start over, or the register became read-only or editable.
        struct Seen
        {
            bool reset = false;
            bool readOnly = false;
        };
        auto seen = std::make_shared<Seen>(Seen{false, m_document->isReadOnly()});
        connect(m_document.get(), &Document::changed, this, [seen](const Change &change) {
            seen->reset = seen->reset || change.type == Change::Reset;
        });
        connect(m_document.get(), &Document::reloaded, this, [this, seen](const QString &notice) {
            statusBar()->showMessage(notice, 10000);
            if (seen->reset || seen->readOnly != m_document->isReadOnly())
                rebuildPages();
            *seen = {false, m_document->isReadOnly()};
            updateTitle();
            updatePublishAction(); // a server gone away, or back, changes who may publish
        });
    }
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(m_document != nullptr);
    updatePublishAction();
    updateProblemsTitle();
    rebuildPages();
    m_banner->setDocument(m_document.get());
    updateTitle();
}

void MainWindow::rebuildPages()
{
    const int current = std::max(0, m_navigator->currentRow());
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_start = new StartPage(m_document.get());
    // Queued: opening a register replaces this page, which must not happen inside its click.
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openFile, Qt::QueuedConnection);
    connect(m_start, &StartPage::openDialogRequested, this, &MainWindow::openDialog, Qt::QueuedConnection);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newRegister, Qt::QueuedConnection);
    connect(m_start, &StartPage::importRequested, this, &MainWindow::importTableDialog, Qt::QueuedConnection);
    connect(m_start, &StartPage::exampleRequested, this, &MainWindow::openExample, Qt::QueuedConnection);
    connect(m_start, &StartPage::partRequested, this, &MainWindow::showPart);
    connect(m_start, &StartPage::problemsRequested, this, &MainWindow::showProblems);
    connect(m_start, &StartPage::exportPolicyRequested, this, &MainWindow::exportPolicy);
    connect(m_start, &StartPage::fieldRequested, this, &MainWindow::showField);
    connect(m_start, &StartPage::recordRequested, this, &MainWindow::showRecord);
    if (m_document)
        m_start->setProblemCounts(m_errors, m_warnings);
    m_pages->addWidget(m_start);
    m_navigator->setEnabled(m_document != nullptr);
    if (!m_document) {
        m_navigator->setCurrentRow(0);
        m_pages->setCurrentIndex(0);
        return;
    }
    for (EntityKind kind : parts()) {
        QWidget *page;
        if (isSingleton(kind)) {
            auto *form = new ItemForm;
            form->setItem(m_document.get(), kind, {});
            page = form;
        } else {
            page = new ListPage(m_document.get(), kind);
        }
        m_pages->addWidget(page);
    }
    auto *retention = new RetentionPage(m_document.get());
    connect(retention, &RetentionPage::activated, this, &MainWindow::showField);
    m_pages->addWidget(retention);
    m_navigator->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
}

SearchPalette *MainWindow::openSearch()
{
    if (!m_document)
        return nullptr;
    auto *palette = new SearchPalette(m_document.get(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &SearchPalette::chosen, this, &MainWindow::showField);
    palette->show();
    palette->query()->setFocus();
    return palette;
}

void MainWindow::showProblems()
{
    m_problemsDock->show();
    m_problemsDock->raise();
    m_problems->setFocus();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowFilePath({});
        setWindowTitle(tr("Fortegnelse"));
        return;
    }
    const QString org = m_document->reg().organisation.name;
    QString file = shortLocationName(m_document->filePath());
    if (m_document->isReadOnly())
        file = tr("%1, read-only").arg(file);
    setWindowTitle(org.isEmpty() ? QStringLiteral("%1 – Fortegnelse").arg(file)
                                 : QStringLiteral("%1 (%2) – Fortegnelse").arg(org, file));
}

void MainWindow::repairDocument()
{
    if (!m_document)
        return;
    QString backup, error;
    if (!m_document->repair(&backup, &error)) {
        warn(tr("Cannot repair"), error);
        return;
    }
    rebuildPages();
    updateTitle();
    m_banner->setDocument(m_document.get());
    m_banner->showNotice(tr("The register was repaired. The file as it was is kept as %1.").arg(QFileInfo(backup).fileName()));
}

void MainWindow::showPart(EntityKind kind)
{
    m_navigator->setCurrentRow(pageIndex(kind));
}

StartPage *MainWindow::startPage() const
{
    return m_start;
}

void MainWindow::showOverview()
{
    m_navigator->setCurrentRow(0);
}

ListPage *MainWindow::listPage(EntityKind kind) const
{
    return qobject_cast<ListPage *>(m_pages->widget(pageIndex(kind)));
}

ItemForm *MainWindow::singletonForm(EntityKind kind) const
{
    return qobject_cast<ItemForm *>(m_pages->widget(pageIndex(kind)));
}

void MainWindow::showField(EntityKind kind, const QString &id, const QString &field)
{
    showPart(kind);
    ItemForm *form = isSingleton(kind) ? singletonForm(kind) : nullptr;
    if (ListPage *page = listPage(kind)) {
        page->select(id);
        form = page->form();
    }
    if (form)
        form->focusField(field);
}

RecordWindow *MainWindow::openRecord()
{
    if (!m_document)
        return nullptr;
    if (!m_record) {
        m_record = new RecordWindow(m_document.get(), this);
        m_record->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_record->show();
    m_record->raise();
    return m_record;
}

void MainWindow::showRecord()
{
    if (RecordWindow *w = openRecord())
        w->generate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Closing the window closes the register, so its lock goes with it.
    setDocument(nullptr);
    event->accept();
}

} // namespace Fortegnelse
