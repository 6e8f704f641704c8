#include "mainwindow.h"

#include "conflictdialog.h"
#include "connectdialog.h"
#include "document.h"
#include "documentbanner.h"
#include "historyactions.h"
#include "itemform.h"
#include "kinds.h"
#include "labels.h"
#include "listpage.h"
#include "policypreview.h"
#include "problemspanel.h"
#include "recordwindow.h"
#include "registerlocation.h"
#include "retentionpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
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

bool isSingleton(EntityKind kind)
{
    return kindInfo(kind).singleton;
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
    auto *splitter = new QSplitter(central);
    m_navigator = new QListWidget(splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    for (EntityKind kind : parts())
        m_navigator->addItem(kindTitle(kind));
    m_navigator->addItem(tr("Retention rules"));
    m_navigator->setMaximumWidth(m_navigator->sizeHintForColumn(0) + 40);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->setStretchFactor(1, 1);
    m_banner = new DocumentBanner(m_pages, central);
    connect(m_banner, &DocumentBanner::repairRequested, this, &MainWindow::repairDocument);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_preview = new PolicyPreview(this);
    auto *previewDock = new QDockWidget(tr("Privacy policy preview"), this);
    previewDock->setObjectName(QStringLiteral("previewDock"));
    previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);

    m_undoView = new QUndoView(this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    auto *undoDock = new QDockWidget(tr("Undo history"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    tabifyDockWidget(previewDock, undoDock);
    previewDock->raise();

    m_problems = new ProblemsPanel(this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &ProblemsPanel::activated, this, &MainWindow::showField);
    connect(m_problems, &ProblemsPanel::countsChanged, problemsDock, [problemsDock](int errors, int warnings, int) {
        problemsDock->setWindowTitle(ProblemsPanel::titleText(errors, warnings));
    });

    createActions();
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 860);
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

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
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Save a &copy as..."), QKeySequence::SaveAs, this, &MainWindow::saveCopyAs));
    file->addAction(tr("&Import JSON..."), this, &MainWindow::importJson);
    m_documentActions.append(file->addAction(tr("&Export JSON..."), this, &MainWindow::exportJson));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Export &policy..."), this, &MainWindow::exportPolicy));
    m_documentActions.append(file->addAction(tr("P&ublish policy..."), this, &MainWindow::publishPolicy));
    m_documentActions.last()->setObjectName(QStringLiteral("publishPolicyAction"));
    m_documentActions.append(file->addAction(tr("Article 30 &record..."), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::showRecord));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_history = new HistoryActions(m_undoView, this);
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices{{{}, tr("System language")},
                                                 {QStringLiteral("da"), QStringLiteral("Dansk")},
                                                 {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
                                                 {QStringLiteral("sv"), QStringLiteral("Svenska")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &choice : choices) {
        // A named copy, not a structured binding: clang 14 (the sanitizer build's compiler)
        // cannot capture those in a lambda.
        const QString code = choice.first;
        QAction *a = language->addAction(choice.second, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }
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
        });
    }
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(m_document != nullptr);
    // On a server only an administrator publishes; the menu says why to the others.
    if (auto *publish = findChild<QAction *>(QStringLiteral("publishPolicyAction")); publish && m_document) {
        const QString why = m_document->administratorOnlyReason();
        publish->setEnabled(why.isEmpty());
        publish->setText(why.isEmpty() ? tr("P&ublish policy...") : tr("P&ublish policy (administrators only)..."));
        publish->setStatusTip(why);
        publish->setToolTip(why.isEmpty() ? publish->text() : why);
    }
    rebuildPages();
    m_banner->setDocument(m_document.get());
    updateTitle();
}

void MainWindow::rebuildPages()
{
    const int current = std::max(0, m_navigator->currentRow());
    for (EntityKind kind : parts()) {
        QWidget *page;
        if (!m_document) {
            auto *label = new QLabel(tr("Open a register with File > Open, create one with File > New, "
                                        "or drop a .ropa or .json file here."));
            label->setAlignment(Qt::AlignCenter);
            label->setWordWrap(true);
            page = label;
        } else if (isSingleton(kind)) {
            auto *form = new ItemForm;
            form->setItem(m_document.get(), kind, {});
            page = form;
        } else {
            page = new ListPage(m_document.get(), kind);
        }
        m_pages->addWidget(page);
    }
    if (m_document) {
        auto *retention = new RetentionPage(m_document.get());
        connect(retention, &RetentionPage::activated, this, &MainWindow::showField);
        m_pages->addWidget(retention);
    } else {
        m_pages->addWidget(new QWidget);
    }
    m_navigator->setEnabled(m_document != nullptr);
    m_navigator->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
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
    m_navigator->setCurrentRow(int(parts().indexOf(kind)));
}

ListPage *MainWindow::listPage(EntityKind kind) const
{
    return qobject_cast<ListPage *>(m_pages->widget(int(parts().indexOf(kind))));
}

ItemForm *MainWindow::singletonForm(EntityKind kind) const
{
    return qobject_cast<ItemForm *>(m_pages->widget(int(parts().indexOf(kind))));
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

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    refillRecent();
}

void MainWindow::refillRecent()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(shortLocationName(path), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
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

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    statusBar()->showMessage(tr("The language changes when you start Fortegnelse again."), 8000);
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString file = urls.first().toLocalFile();
        if (file.endsWith(QStringLiteral(".ropa"), Qt::CaseInsensitive) || file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty())
        openFile(urls.first().toLocalFile());
}

} // namespace Fortegnelse
