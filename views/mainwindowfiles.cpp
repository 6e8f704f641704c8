// MainWindow's File menu: opening (a register, or JSON made into one), creating, saving a
// copy, importing and exporting, and publishing the policy. The window's layout, pages
// and the rest of its menus are in mainwindow.cpp.

#include "mainwindow.h"

#include "connectdialog.h"
#include "document.h"
#include "documentoperations.h"
#include "itemoperations.h"
#include "documentbanner.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "jsoncodec.h"
#include "newregisterdialog.h"
#include "policygenerator.h"
#include "policypreview.h"
#include "policywriters.h"
#include "registerlocation.h"
#include "store.h"

#include <QDir>
#include <QMimeData>
#include <QDropEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace Fortegnelse {

void MainWindow::showDocument(std::unique_ptr<Document> doc)
{
    setDocument(std::move(doc));
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
            warn(tr("Cannot import"), tr("%1 is not a register Fortegnelse can import.\n\n%2").arg(QFileInfo(path).fileName(), Json::summarize(errors)));
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
        warn(tr("Cannot open register"), tr("%1 cannot be opened.\n\n%2").arg(shortLocationName(path), error));
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
                                     .arg(QFileInfo(path).fileName() + QStringLiteral(".v%1.bak").arg(version)),
                                 10000);
    return true;
}

void MainWindow::newRegister()
{
    NewRegisterDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createRegister(dialog.filePath(), dialog.makeRegister());
}

bool MainWindow::createRegister(const QString &path, const Register &reg)
{
    QString error;
    // The Documents folder of a fresh account may not exist yet.
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        warn(tr("Cannot create register"), tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    auto doc = Document::create(path, reg, &error);
    if (!doc) {
        warn(tr("Cannot create register"), error);
        return false;
    }
    setDocument(std::move(doc));
    addRecent(path);
    showOverview();
    m_banner->showNotice(tr("The register is saved as %1. Every change is saved as you make it.")
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::openExample(const QString &name)
{
    QFile source(QStringLiteral(":/examples/") + name);
    Register reg;
    QList<Json::Error> errors;
    if (!source.open(QIODevice::ReadOnly) || !Json::read(source.readAll(), &reg, &errors)) {
        warn(tr("Cannot open the example"), Json::summarize(errors));
        return false;
    }
    // A copy of its own in a folder the officer can find again; the shipped file stays.
    const QDir folder(QDir(NewRegisterDialog::defaultFolder()).filePath(tr("Fortegnelse examples")));
    if (!folder.mkpath(QStringLiteral("."))) {
        warn(tr("Cannot open the example"), tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder.path())));
        return false;
    }
    const QString base = QFileInfo(name).completeBaseName();
    QString path = folder.filePath(base + QStringLiteral(".ropa"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 (%2).ropa").arg(base).arg(n));
    QString error;
    auto doc = Document::create(path, reg, &error);
    if (!doc) {
        warn(tr("Cannot open the example"), tr("The register could not be written to %1.\n\n%2").arg(path, error));
        return false;
    }
    setDocument(std::move(doc));
    addRecent(path);
    showOverview();
    m_banner->showNotice(tr("This is your own copy of the example, saved as %1. Change it as you like.")
                             .arg(QDir::toNativeSeparators(path)));
    return true;
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

bool MainWindow::isImportableTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return QStringList{QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("csv"), QStringLiteral("tsv"),
                       QStringLiteral("txt"), QStringLiteral("docx"), QStringLiteral("odt")}
        .contains(suffix);
}

void MainWindow::importTableDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a record"), QString(),
                                                      tr("Spreadsheets and Word tables (*.xlsx *.ods *.csv *.tsv *.txt *.docx *.odt)"));
    if (!path.isEmpty())
        importTable(path);
}

int MainWindow::importTable(const QString &path)
{
    ImportDialog dialog(path, m_document.get(), this);
    const int result = dialog.exec();
    if (result != QDialog::Accepted)
        return result;
    const int activities = dialog.report().count(Tables::RowStatus::Ok) + dialog.report().count(Tables::RowStatus::Warning);
    if (std::unique_ptr<Document> created = dialog.takeCreated()) {
        const QString registerPath = created->filePath();
        setDocument(std::move(created));
        addRecent(registerPath);
    }
    showPart(EntityKind::Activity);
    // The imported activities are drafts with links to confirm: the problems list says which.
    showProblems();
    statusBar()->showMessage(tr("Imported %n activities as drafts; the problems list shows what to confirm.", nullptr, activities), 10000);
    return result;
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
    ExportDialog dialog(*m_document, m_preview->language(), m_preview->audience(), m_errors, this);
    connect(&dialog, &ExportDialog::problemsRequested, this, &MainWindow::showProblems);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PolicyOptions options;
    options.language = dialog.language();
    options.audience = dialog.audience();
    options.firstLayerOf = dialog.firstLayerOf();
    const QString path = dialog.filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList inputs;
    if (!m_document->filePath().isEmpty())
        inputs.append(m_document->filePath());
    if (OperationResult written = writePolicyOf(m_document->reg(), options, dialog.format(), Destination::file(path), inputs);
        !written) {
        warn(tr("Cannot export policy"), written.message);
        return;
    }
    statusBar()->showMessage(tr("Policy written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::publishPolicy()
{
    bool ok = false;
    const QString version = QInputDialog::getText(this, tr("Publish policy"), tr("Version of the policy you publish now:"),
                                                  QLineEdit::Normal, suggestPolicyVersion(m_document->reg().policy.version), &ok);
    if (ok)
        Fortegnelse::publishPolicy(*m_document, version, QDateTime::currentDateTime());
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

void MainWindow::updatePublishAction()
{
    // On a server only an administrator publishes, and nobody while the register is
    // read-only; the menu says why to the others.
    auto *publish = findChild<QAction *>(QStringLiteral("publishPolicyAction"));
    if (!publish || !m_document)
        return;
    const QString why = m_document->administratorOnlyReason();
    publish->setEnabled(why.isEmpty());
    publish->setText(m_document->isAdministratorOnly() ? tr("P&ublish policy (administrators only)...")
                                                       : tr("P&ublish policy..."));
    publish->setStatusTip(why);
    publish->setToolTip(why.isEmpty() ? publish->text() : why);
}

// A register, a JSON file or a record kept in a spreadsheet can be dropped on the window.
void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString file = urls.first().toLocalFile();
        if (file.endsWith(QStringLiteral(".ropa"), Qt::CaseInsensitive) || file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            || isImportableTable(file))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QString file = urls.first().toLocalFile();
    if (isImportableTable(file))
        importTable(file);
    else
        openFile(file);
}

} // namespace Fortegnelse
