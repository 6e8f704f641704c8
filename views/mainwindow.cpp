#include "mainwindow.h"

#include "document.h"
#include "documentbanner.h"
#include "historyactions.h"
#include "itemform.h"
#include "itemoperations.h"
#include "kinds.h"
#include "jsoncodec.h"
#include "labels.h"
#include "listpage.h"
#include "policygenerator.h"
#include "policypreview.h"
#include "policywriters.h"
#include "problemspanel.h"
#include "recordwindow.h"
#include "retentionpage.h"
#include "store.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
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
                                        EntityKind::Party,        EntityKind::SubjectCategory,
                                        EntityKind::DataCategory, EntityKind::Transfer,
                                        EntityKind::Measure,      EntityKind::Cookie,
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
        problemsDock->setWindowTitle(tr("Problems (%1 errors, %2 warnings)").arg(errors).arg(warnings));
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
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Save a &copy as..."), QKeySequence::SaveAs, this, &MainWindow::saveCopyAs));
    file->addAction(tr("&Import JSON..."), this, &MainWindow::importJson);
    m_documentActions.append(file->addAction(tr("&Export JSON..."), this, &MainWindow::exportJson));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("Export &policy..."), this, &MainWindow::exportPolicy));
    m_documentActions.append(file->addAction(tr("P&ublish policy..."), this, &MainWindow::publishPolicy));
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
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name, this, [this, code] { chooseLanguage(code); });
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
            if (!m_document->isReadOnly()) // a read-only register says so in the banner
                warn(tr("Change not saved"), message);
        });
        connect(m_document.get(), &Document::reloaded, this, [this](const QString &notice) {
            statusBar()->showMessage(notice, 10000);
            rebuildPages();
            updateTitle();
        });
    }
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(m_document != nullptr);
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
    QString file = QFileInfo(m_document->filePath()).fileName();
    if (m_document->isReadOnly())
        file = tr("%1, read-only").arg(file);
    setWindowTitle(org.isEmpty() ? QStringLiteral("%1 – Fortegnelse").arg(file)
                                 : QStringLiteral("%1 (%2) – Fortegnelse").arg(org, file));
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    QString registerPath = path;
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        // A JSON file becomes a register beside it; the JSON is left as it is.
        QFile file(path);
        Register reg;
        QList<Json::Error> errors;
        if (!file.open(QIODevice::ReadOnly)) {
            warn(tr("Cannot import"), tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            return false;
        }
        if (!Json::read(file.readAll(), &reg, &errors)) {
            warn(tr("Cannot import"), tr("%1 is not a register Fortegnelse can import.\n\n%2")
                                          .arg(QFileInfo(path).fileName(), Json::summarize(errors)));
            return false;
        }
        const QFileInfo info(path);
        registerPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".ropa"));
        for (int n = 2; QFileInfo::exists(registerPath); ++n)
            registerPath = info.dir().filePath(QStringLiteral("%1 (%2).ropa").arg(info.completeBaseName()).arg(n));
        auto doc = Document::create(registerPath, reg, &error);
        if (!doc) {
            warn(tr("Cannot import"), tr("The register could not be written to %1.\n\n%2").arg(registerPath, error));
            return false;
        }
        setDocument(std::move(doc));
        addRecent(registerPath);
        statusBar()->showMessage(tr("Imported %1 into %2").arg(info.fileName(), QFileInfo(registerPath).fileName()), 8000);
        return true;
    }
    LockOwner owner;
    auto doc = Document::open(path, &error, Document::Mode::Edit, &owner);
    if (!doc && (owner.pid != 0 || !owner.host.isEmpty() || (QFileInfo(path).isFile() && !QFileInfo(path).isWritable()))) {
        // Held by another window or colleague, or a read-only file: it can still be read.
        const QString question = owner.host.isEmpty() && owner.pid == 0
            ? tr("%1 cannot be changed: %2\n\nOpen it read-only?").arg(QFileInfo(path).fileName(), error)
            : tr("%1 is open for editing by %2. Only one person can change a register at a time.\n\n"
                 "Open it read-only? The window will show their changes as they make them.")
                  .arg(QFileInfo(path).fileName(), owner.describe());
        if (!ask(tr("Register in use"), question, tr("Open read-only")))
            return false;
        doc = Document::open(path, &error, Document::Mode::ReadOnly);
    }
    if (!doc) {
        warn(tr("Cannot open register"), tr("%1 cannot be opened.\n\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    const int version = doc->openedSchemaVersion();
    const bool damaged = !doc->loadReport().isClean();
    setDocument(std::move(doc));
    addRecent(path);
    if (damaged) {
        QStringList lines;
        for (const Damage &d : m_document->loadReport().damage.mid(0, 8))
            lines.append(QStringLiteral("• %1: %2").arg(d.where, d.message));
        const int more = int(m_document->loadReport().damage.size()) - 8;
        if (more > 0)
            lines.append(tr("… and %n more", nullptr, more));
        if (ask(tr("Register needs repair"),
                tr("%1 opened, but Fortegnelse found problems it can repair:\n\n%2\n\n"
                   "A backup copy of the file is kept next to it, and the repair can be undone.")
                    .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))),
                tr("Repair")))
            repairDocument();
    }
    if (version < Store::schemaVersion)
        statusBar()->showMessage(tr("The register was updated to the current file format; the old file is kept as %1")
                                     .arg(QFileInfo(path).fileName() + QStringLiteral(".v%1.bak").arg(version)), 10000);
    return true;
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
        if (QWidget *w = form->editorFor(field))
            w->setFocus();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newRegister()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New register"), QString(), tr("Registers (*.ropa)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".ropa")))
        path += QStringLiteral(".ropa");
    QString error;
    auto doc = Document::create(path, Register::createEmpty(), &error);
    if (!doc) {
        warn(tr("Cannot create register"), error);
        return;
    }
    setDocument(std::move(doc));
    addRecent(path);
    showPart(EntityKind::Organisation);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open register"), QString(),
                                                      tr("Registers (*.ropa);;JSON registers (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy as"), QString(), tr("Registers (*.ropa)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".ropa")))
        path += QStringLiteral(".ropa");
    QString error;
    if (!m_document->saveCopyAs(path, &error))
        warn(tr("Cannot save a copy"), error);
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
}

void MainWindow::importJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON"), QString(), tr("JSON registers (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"), QString(), tr("JSON registers (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = Json::write(m_document->reg());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        warn(tr("Cannot export"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

void MainWindow::exportPolicy()
{
    const QStringList filters{tr("Web page (*.html)"), tr("Web snippet (*.html)"), tr("Markdown (*.md)"),
                              tr("Plain text (*.txt)"), tr("OpenDocument text (*.odt)"), tr("PDF (*.pdf)")};
    const QList<PolicyFormat> formats{PolicyFormat::Html, PolicyFormat::Snippet, PolicyFormat::Markdown,
                                      PolicyFormat::Text, PolicyFormat::Odt, PolicyFormat::Pdf};
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export policy"), QString(), filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const PolicyFormat format = formats.at(std::max<qsizetype>(0, filters.indexOf(filter)));
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + policyFormatSuffix(format);
    PolicyOptions options;
    options.language = m_preview->language();
    options.audience = m_preview->audience();
    PolicyDocument policy;
    QByteArray bytes;
    QString error;
    QSaveFile file(path);
    if (!PolicyGenerator::generate(m_document->reg(), options, &policy, &error)
        || !writePolicy(policy, format, &bytes, &error)) {
        warn(tr("Cannot export policy"), error);
        return;
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        warn(tr("Cannot export policy"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Policy written to %1").arg(path), 5000);
}

void MainWindow::publishPolicy()
{
    bool ok = false;
    const QString version = QInputDialog::getText(this, tr("Publish policy"), tr("Version of the policy you publish now:"),
                                                  QLineEdit::Normal, suggestPolicyVersion(m_document->reg().policy.version), &ok);
    if (ok)
        Fortegnelse::publishPolicy(*m_document, version, QDateTime::currentDateTime());
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
