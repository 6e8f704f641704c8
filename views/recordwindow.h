#pragma once

#include "recordexportdialog.h"
#include "recordgenerator.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QBuffer;
class QPrinter;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Fortegnelse {

class Document;

/// The Article 30 record for Datatilsynet: made in the background from a snapshot of the
/// register (the window stays responsive and the run can be cancelled), shown page by
/// page with QtPdf, and exported or printed from there.
class RecordWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RecordWindow(Document *doc, QWidget *parent = nullptr);
    ~RecordWindow() override;

    void generate();
    void cancel();
    bool isGenerating() const;
    QByteArray pdf() const { return m_pdf; }
    QPdfDocument *pdfDocument() const { return m_document; }
    /// Writes the shown record to a file; false with \a error when it cannot.
    bool exportTo(const QString &path, QString *error) const;
    /// Exports as the export dialog says: the shown record, or, with the annex of changes or
    /// marked as submitted, the record made again now from the register as it is (so the
    /// register kept as submitted is the one the file shows), written atomically, and kept
    /// as submitted in the same step. False with \a error, and nothing written or kept,
    /// when any of it fails.
    bool exportRecord(const RecordExport &choice, QString *error);
    /// Prints as the print dialog says (the annex of changes, marked as submitted) on
    /// \a printer: the record made again now from the register as it is; marked as
    /// submitted, the register keeps the register it was made from once it is printed.
    /// False with \a error when any of it fails (then nothing is kept).
    bool printRecord(const RecordExport &choice, QPrinter *printer, QString *error);

signals:
    void finished(bool ok);

private:
    void showResult();
    void exportDialog();
    void print();
    std::unique_ptr<RecordExportDialog> makeExportDialog(RecordExportDialog::Purpose purpose);
    /// The shown record's options for \a choice, with the last submitted register for the annex.
    bool optionsFor(const RecordExport &choice, RecordOptions *options, QString *error) const;
    void updatePageLabel();

    QPointer<Document> m_doc;
    QComboBox *m_language;
    QComboBox *m_kind;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_print;
    QProgressBar *m_progress;
    QSpinBox *m_page;
    QLabel *m_pages;
    QLabel *m_status; ///< what the last export wrote and kept
    QComboBox *m_zoom;
    QPdfView *m_view;
    QPdfDocument *m_document;
    QBuffer *m_buffer = nullptr;
    QByteArray m_pdf;
    QFutureWatcher<QString> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<int>> m_percent;
    QByteArray m_result;
    RecordOptions m_making; ///< the options of the record being made
    RecordOptions m_shown; ///< the options of the record shown
};

} // namespace Fortegnelse
