#include "recordwindow.h"

#include "checks.h"
#include "concurrency.h"
#include "document.h"
#include "policyodt.h"
#include "recordexportdialog.h"
#include "recordpainter.h"
#include "snapshotoperations.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Fortegnelse {

RecordWindow::RecordWindow(Document *doc, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_doc(doc)
    , m_language(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_generate(new QPushButton(tr("&Make record"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_export(new QPushButton(tr("&Export PDF..."), this))
    , m_print(new QPushButton(tr("&Print..."), this))
    , m_progress(new QProgressBar(this))
    , m_page(new QSpinBox(this))
    , m_pages(new QLabel(this))
    , m_status(new QLabel(this))
    , m_zoom(new QComboBox(this))
    , m_view(new QPdfView(this))
    , m_document(new QPdfDocument(this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
    , m_percent(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(QStringLiteral("recordWindow"));
    setWindowTitle(tr("Record of processing activities"));
    m_language->setObjectName(QStringLiteral("recordLanguage"));
    m_kind->setObjectName(QStringLiteral("recordKind"));
    m_generate->setObjectName(QStringLiteral("makeRecord"));
    m_cancel->setObjectName(QStringLiteral("cancelRecord"));
    m_export->setObjectName(QStringLiteral("exportRecord"));
    m_print->setObjectName(QStringLiteral("printRecord"));
    m_page->setObjectName(QStringLiteral("recordPage"));
    m_view->setObjectName(QStringLiteral("recordView"));
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_kind->addItem(tr("Controller and processor records"), int(RecordKind::Both));
    m_kind->addItem(tr("Controller record (Art. 30(1))"), int(RecordKind::Controller));
    m_kind->addItem(tr("Processor record (Art. 30(2))"), int(RecordKind::Processor));
    for (int z : {50, 75, 100, 125, 150, 200})
        m_zoom->addItem(QStringLiteral("%1 %").arg(z), z / 100.0);
    m_zoom->addItem(tr("Fit width"), 0.0);
    m_zoom->setCurrentIndex(m_zoom->count() - 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_language);
    bar->addWidget(m_kind);
    bar->addWidget(m_generate);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(new QLabel(tr("Page"), this));
    bar->addWidget(m_page);
    bar->addWidget(m_pages);
    bar->addWidget(m_zoom);
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);
    m_print->setEnabled(false);
    m_page->setEnabled(false);

    connect(m_generate, &QPushButton::clicked, this, &RecordWindow::generate);
    connect(m_cancel, &QPushButton::clicked, this, &RecordWindow::cancel);
    connect(m_export, &QPushButton::clicked, this, &RecordWindow::exportDialog);
    connect(m_print, &QPushButton::clicked, this, &RecordWindow::print);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &RecordWindow::showResult);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        m_view->pageNavigator()->jump(page - 1, {}, m_view->pageNavigator()->currentZoom());
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &RecordWindow::updatePageLabel);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        const double z = m_zoom->currentData().toDouble();
        m_view->setZoomMode(z > 0 ? QPdfView::ZoomMode::Custom : QPdfView::ZoomMode::FitToWidth);
        if (z > 0)
            m_view->setZoomFactor(z);
    });
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this] { m_progress->setValue(*m_percent); });
    timer->start();
    resize(1000, 1100);
}

RecordWindow::~RecordWindow()
{
    *m_cancelled = true;
    m_watcher.waitForFinished();
    // The view renders pages in a thread of its own that reads m_pdf through the document
    // and the buffer. Children are deleted after members, so these go first, by hand:
    // ASan caught the render thread reading the freed bytes of a closed record window.
    delete m_view;
    delete m_document;
    delete m_buffer;
}

bool RecordWindow::isGenerating() const
{
    return m_watcher.isRunning();
}

void RecordWindow::generate()
{
    if (!m_doc || isGenerating())
        return;
    RecordOptions options;
    options.language = m_language->currentData().toString();
    options.kind = RecordKind(m_kind->currentData().toInt());
    options.today = QDate::currentDate();
    // The worker gets a snapshot: the officer may go on editing meanwhile.
    const Register snapshot = m_doc->reg();
    *m_cancelled = false;
    *m_percent = 0;
    auto cancelled = m_cancelled;
    auto percent = m_percent;
    m_making = options;
    m_generate->setEnabled(false);
    m_cancel->setEnabled(true);
    m_watcher.setFuture(runInBackground([snapshot, options, cancelled, percent, this]() -> QString {
        QString error;
        QByteArray bytes;
        const bool ok = writeRecordPdf(snapshot, options, &bytes, &error, [&](int done, int total) {
            *percent = total > 0 ? done * 100 / total : 0;
            return !*cancelled;
        });
        if (ok)
            m_result = bytes; // read only after the watcher reports finished
        return ok ? QString() : (error.isEmpty() ? tr("The record could not be made.") : error);
    }));
}

void RecordWindow::cancel()
{
    *m_cancelled = true;
}

void RecordWindow::showResult()
{
    const QString error = m_watcher.result();
    m_generate->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!error.isEmpty()) {
        m_progress->setValue(0);
        if (!*m_cancelled)
            QMessageBox::warning(this, tr("Record"), error);
        emit finished(false);
        return;
    }
    // The document reads the bytes through the buffer (the view in its render thread):
    // close it before the bytes change under it.
    m_document->close();
    delete m_buffer;
    m_pdf = m_result;
    m_shown = m_making;
    m_buffer = new QBuffer(&m_pdf, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_page->setRange(1, std::max(1, m_document->pageCount()));
    m_page->setEnabled(true);
    m_export->setEnabled(true);
    m_print->setEnabled(true);
    m_progress->setValue(100);
    updatePageLabel();
    emit finished(true);
}

void RecordWindow::updatePageLabel()
{
    m_pages->setText(tr("of %1").arg(m_document->pageCount()));
    const QSignalBlocker block(m_page);
    m_page->setValue(m_view->pageNavigator()->currentPage() + 1);
}

bool RecordWindow::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (m_pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        *error = m_pdf.isEmpty() ? tr("There is no record to export yet.") : tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<RecordExportDialog> RecordWindow::makeExportDialog(RecordExportDialog::Purpose purpose)
{
    const QDate today = QDate::currentDate();
    SnapshotQuery query;
    query.kind = Snapshot::Submitted;
    query.limit = 1;
    QList<Snapshot> submitted;
    QString error;
    if (!m_doc->readSnapshots(query, &submitted, &error))
        submitted.clear(); // the annex is then offered as unavailable; exporting still works
    const QList<Problem> problems = checkRegister(m_doc->reg(), {today, m_doc->lastChange()});
    const int errors = int(std::count_if(problems.begin(), problems.end(),
                                         [](const Problem &p) { return p.severity == Severity::Error; }));
    auto dialog = std::make_unique<RecordExportDialog>(
        m_doc->reg(), m_shown.language, errors,
        submitted.isEmpty() ? std::nullopt : std::optional<Snapshot>(submitted.first()), today, this, purpose);
    if (const QString why = m_doc->administratorOnlyReason(); !why.isEmpty())
        dialog->refuseSubmission(why);
    return dialog;
}

void RecordWindow::exportDialog()
{
    if (!m_doc || m_pdf.isEmpty())
        return;
    const auto dialog = makeExportDialog(RecordExportDialog::Purpose::Export);
    if (dialog->exec() != QDialog::Accepted)
        return;
    const RecordExport choice = dialog->choice();
    QString error;
    if (!exportRecord(choice, &error)) {
        QMessageBox::warning(this, tr("Export record"), error);
        return;
    }
    const QString path = QDir::toNativeSeparators(choice.path);
    m_status->setText(choice.markSubmitted
                          ? tr("The record was written to %1 and marked as submitted to %2 on %3.")
                                .arg(path, choice.submission.authority,
                                     QLocale().toString(choice.submission.on, QLocale::LongFormat))
                          : tr("The record was written to %1.").arg(path));
    m_status->show();
}

bool RecordWindow::exportRecord(const RecordExport &choice, QString *error)
{
    if (!m_doc || m_pdf.isEmpty()) {
        *error = tr("There is no record to export yet.");
        return false;
    }
    QByteArray bytes = m_pdf; // the record shown, unless it is made again below
    if (choice.appendChanges || choice.markSubmitted || choice.odt) {
        RecordOptions options;
        if (!optionsFor(choice, &options, error))
            return false;
        // Made on this thread from the register as it is, so that nothing changes between
        // the record and the register kept with it.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        bool made = false;
        if (choice.odt) {
            // The same document tree as the PDF, in named styles to edit (issue 15, part 6).
            RecordDocument record;
            made = RecordGenerator::generate(m_doc->reg(), options, &record, error);
            if (made)
                bytes = toOdt(record.body);
        } else {
            made = writeRecordPdf(m_doc->reg(), options, &bytes, error);
        }
        QGuiApplication::restoreOverrideCursor();
        if (!made)
            return false;
    }
    QSaveFile file(choice.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(choice.path), file.errorString());
        return false;
    }
    // The snapshot is kept before the file replaces any other, so a refusal leaves both
    // as they were; only the final rename can still fail after it.
    if (choice.markSubmitted) {
        if (OperationResult kept = keepSubmitted(*m_doc, bytes, choice.submission); !kept) {
            file.cancelWriting();
            *error = tr("The record was neither written nor marked as submitted: %1").arg(kept.message);
            return false;
        }
    }
    if (!file.commit()) {
        *error = choice.markSubmitted
            ? tr("The record was marked as submitted, but %1 could not be written: %2").arg(QDir::toNativeSeparators(choice.path), file.errorString())
            : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(choice.path), file.errorString());
        return false;
    }
    return true;
}

bool RecordWindow::optionsFor(const RecordExport &choice, RecordOptions *options, QString *error) const
{
    *options = m_shown;
    options->today = QDate::currentDate();
    if (!choice.appendChanges)
        return true;
    auto base = std::make_shared<Register>();
    SnapshotQuery query;
    query.kind = Snapshot::Submitted;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    if (!m_doc->readSnapshots(query, &found, error))
        return false;
    if (found.isEmpty()) {
        *error = tr("No record has been marked as submitted yet, so there are no changes to append.");
        return false;
    }
    if (OperationResult read = registerOf(m_doc->filePath(), found.first(), base.get()); !read) {
        *error = read.message;
        return false;
    }
    options->changesSince = std::move(base);
    options->changesSinceDate = found.first().submittedOn;
    return true;
}

void RecordWindow::print()
{
    if (!m_doc || m_pdf.isEmpty())
        return;
    // The same choices as exporting (the annex, marking as submitted), then the printer.
    const auto dialog = makeExportDialog(RecordExportDialog::Purpose::Print);
    if (dialog->exec() != QDialog::Accepted)
        return;
    const RecordExport choice = dialog->choice();
    QPrinter printer(QPrinter::HighResolution);
    RecordPainter::setUpPage(&printer);
    QPrintDialog printDialog(&printer, this);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printRecord(choice, &printer, &error)) {
        QMessageBox::warning(this, tr("Print record"), error);
        return;
    }
    if (choice.markSubmitted) {
        m_status->setText(tr("The record was printed and marked as submitted to %1 on %2.")
                              .arg(choice.submission.authority, QLocale().toString(choice.submission.on, QLocale::LongFormat)));
        m_status->show();
    }
}

bool RecordWindow::printRecord(const RecordExport &choice, QPrinter *printer, QString *error)
{
    if (!m_doc || m_pdf.isEmpty()) {
        *error = tr("There is no record to print yet.");
        return false;
    }
    if (const QString why = m_doc->administratorOnlyReason(); choice.markSubmitted && !why.isEmpty()) {
        *error = tr("The record was not printed: %1").arg(why); // nothing on paper that the register does not keep
        return false;
    }
    RecordOptions options;
    if (!optionsFor(choice, &options, error))
        return false;
    // Made on this thread from the register as it is: the paper and the register kept as
    // submitted are one state of it. Paper has no file, so no hash is kept (issue 16).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    RecordDocument record;
    const bool made = RecordGenerator::generate(m_doc->reg(), options, &record, error);
    QGuiApplication::restoreOverrideCursor();
    if (!made)
        return false;
    if (!RecordPainter::paint(record, printer, error)) {
        printer->abort();
        return false;
    }
    if (choice.markSubmitted) {
        if (OperationResult kept = keepSubmitted(*m_doc, QByteArray(), choice.submission); !kept) {
            *error = tr("The record was printed, but not marked as submitted: %1").arg(kept.message);
            return false;
        }
    }
    return true;
}

} // namespace Fortegnelse
