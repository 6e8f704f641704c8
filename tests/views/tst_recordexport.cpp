// The record's export dialog (issues 14 and 16), driven through the record window's Export
// and Print buttons as an officer does: its defaults, the warning about errors, marking the
// record as submitted (on paper too), the annex of changes since, and a failed export that
// changes nothing.

#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "newregisterdialog.h"
#include "recordexportdialog.h"
#include "recordpainter.h"
#include "recordwindow.h"
#include "snapshotoperations.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

using namespace Fortegnelse;
using namespace Fortegnelse::Test;

namespace {

/// Clicks the record window's Export (or \a button) and hands the dialog it opens to
/// \a act, which accepts or rejects it.
void withExportDialog(RecordWindow *record, const std::function<void(RecordExportDialog *)> &act,
                      const QString &button = QStringLiteral("exportRecord"))
{
    bool seen = false;
    // The timer lives on this stack frame, so it cannot fire after the click has returned.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<RecordExportDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    QTest::mouseClick(child<QPushButton>(record, button), Qt::LeftButton);
    poll.stop();
    QVERIFY2(seen, qPrintable(button + QStringLiteral(" opened no export dialog")));
}

/// Makes the record in \a window's record window and waits for it.
RecordWindow *madeRecord(MainWindow &window)
{
    RecordWindow *record = window.openRecord();
    if (!record)
        return nullptr;
    QSignalSpy finished(record, &RecordWindow::finished);
    record->generate();
    if (!finished.wait(60000) || !finished.at(0).at(0).toBool())
        return nullptr;
    return record;
}

QList<Snapshot> submittedSnapshots(const Document &doc)
{
    SnapshotQuery query;
    query.kind = Snapshot::Submitted;
    query.withContents = true;
    QList<Snapshot> list;
    QString error;
    if (!doc.readSnapshots(query, &list, &error))
        qWarning("%s", qPrintable(error));
    return list;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    QString text;
    for (int i = 0; i < pdf.pageCount(); ++i)
        text += pdf.getAllText(i).text() + QLatin1Char('\n');
    return text.simplified();
}

/// The window at 1280x720 with the dialog over its middle, as the officer sees them.
QImage screenshot(QWidget *window, QDialog *dialog)
{
    window->resize(1280, 720);
    // The offscreen screen is 800x600, and Qt opens a dialog at most two thirds of it wide,
    // narrower than on the officer's 1280x720 screen, where it opens at its size hint.
    dialog->resize(dialog->sizeHint());
    QApplication::processEvents();
    QImage image = window->grab().toImage();
    const QImage over = dialog->grab().toImage();
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
    const QPoint at((image.width() - over.width()) / 2, (image.height() - over.height()) / 2);
    painter.drawImage(at, over);
    painter.setPen(QColor(80, 80, 80));
    painter.drawRect(QRect(at, over.size()).adjusted(0, 0, -1, -1));
    return image;
}

} // namespace

class TestRecordExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { installUiLanguage(QStringLiteral("en")); }
    void cleanup() { installUiLanguage(QStringLiteral("en")); }

    void shouldProposeTheRecordsLanguageFileAndAuthority_data()
    {
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QString>("submitLabel");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Mark as submitted to Datatilsynet on");
        QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Datatilsynet");
    }
    void shouldProposeTheRecordsLanguageFileAndAuthority()
    {
        QFETCH(QString, ui);
        QFETCH(QString, submitLabel);
        installUiLanguage(ui);
        // GIVEN the record of a register never submitted, made in Danish
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);
        const QDate today = QDate::currentDate();

        // WHEN the officer clicks Export
        withExportDialog(record, [&](RecordExportDialog *dialog) {
            // THEN the dialog names the record's language and proposes a file in Documents
            QCOMPARE(child<QLabel>(dialog, QStringLiteral("recordExportLanguage"))->text(), QStringLiteral("Dansk"));
            QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("recordExportPath"))->text(),
                     QDir(NewRegisterDialog::defaultFolder())
                         .filePath(QStringLiteral("Fortegnelse Eksempel ApS %1.pdf").arg(today.toString(Qt::ISODate))));
            // AND the annex is not offered, with the reason
            QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("recordExportChanges"))->isEnabled());
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("recordExportChangesReason"))->text().isEmpty());
            // AND "submitted" names the organisation's authority, is off, and proposes today
            auto *submitted = child<QCheckBox>(dialog, QStringLiteral("recordExportSubmitted"));
            QVERIFY2(submitted->text().remove(QLatin1Char('&')).contains(submitLabel), qPrintable(submitted->text()));
            QVERIFY(!submitted->isChecked());
            auto *on = child<QDateEdit>(dialog, QStringLiteral("recordExportOn"));
            QCOMPARE(on->date(), today);
            QCOMPARE(on->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
            QVERIFY(!on->isEnabled());
            submitted->setChecked(true);
            QVERIFY(on->isEnabled());
            submitted->setChecked(false);
            // Screenshots for the README: FORTEGNELSE_SCREENSHOTS=docs/screenshots
            const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS");
            if (!out.isEmpty())
                QVERIFY(screenshot(record, dialog).save(QDir(out).filePath(QStringLiteral("record-export-%1.png").arg(ui))));
            dialog->reject();
        });
        // AND cancelling writes nothing and keeps nothing
        QVERIFY(submittedSnapshots(*window.document()).isEmpty());
    }

    void shouldWarnOfTheRegistersErrors_data()
    {
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("count");
        QTest::newRow("no errors") << 0 << QString();
        // "error(s)" until lupdate gives en.ts this string's plural forms, then "error"/"errors".
        QTest::newRow("one error") << 1 << QStringLiteral("has 1 error");
        QTest::newRow("three errors") << 3 << QStringLiteral("has 3 error");
    }
    void shouldWarnOfTheRegistersErrors()
    {
        QFETCH(int, errors);
        QFETCH(QString, count);
        // GIVEN a register with this many errors
        const Register reg = sampleRegister();
        // WHEN its record is exported
        RecordExportDialog dialog(reg, QStringLiteral("da"), errors, std::nullopt, QDate(2026, 12, 3));
        // THEN the dialog says how many, and that the record will show gaps
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("recordExportWarning"));
        QCOMPARE(warning != nullptr, errors > 0);
        if (warning) {
            QVERIFY2(warning->text().contains(count), qPrintable(warning->text()));
            QVERIFY2(warning->text().contains(QStringLiteral("gap")), qPrintable(warning->text()));
        }
    }

    void shouldCountTheErrorsAsTheChecksDo()
    {
        // GIVEN the sample register with one required fact taken away
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        QVERIFY(window.document()->updateOrganisation([](Organisation &o) { o.email.clear(); }, {}));
        const QList<Problem> problems = checkRegister(window.document()->reg(), {QDate::currentDate(), window.document()->lastChange()});
        const auto errors = std::count_if(problems.begin(), problems.end(), [](const Problem &p) { return p.severity == Severity::Error; });
        QVERIFY(errors > 0);
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);
        // WHEN the officer clicks Export, THEN the warning gives the checks' count
        withExportDialog(record, [&](RecordExportDialog *dialog) {
            auto *warning = child<QLabel>(dialog, QStringLiteral("recordExportWarning"));
            QVERIFY(warning);
            QVERIFY2(warning->text().startsWith(QStringLiteral("The register has %1 error").arg(errors)), qPrintable(warning->text()));
        });
    }

    void shouldWriteTheRecordAndKeepItAsSubmitted()
    {
        // GIVEN the record of a register
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);
        const QString path = dir.filePath(QStringLiteral("sent.pdf"));

        // WHEN the officer exports it marked as submitted on 3 March 2026 with a case number
        withExportDialog(record, [&](RecordExportDialog *dialog) {
            typeInto(child<QLineEdit>(dialog, QStringLiteral("recordExportPath")), path);
            QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("recordExportSubmitted")), Qt::LeftButton);
            child<QDateEdit>(dialog, QStringLiteral("recordExportOn"))->setDate(QDate(2026, 3, 3));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("recordExportCase")), QStringLiteral("26-0042"));
            QTest::mouseClick(child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });

        // THEN the file is written, and the register keeps it as submitted with its hash and case
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("%PDF"));
        const QList<Snapshot> kept = submittedSnapshots(*window.document());
        QCOMPARE(kept.size(), 1);
        const Snapshot &s = kept.first();
        QCOMPARE(s.submittedOn, QDate(2026, 3, 3));
        QCOMPARE(s.authority, QStringLiteral("Datatilsynet"));
        QCOMPARE(s.caseNumber, QStringLiteral("26-0042"));
        QCOMPARE(s.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(s.registerJson, Json::write(window.document()->reg()));
        // AND the window says so
        const QString status = child<QLabel>(record, QStringLiteral("recordStatus"))->text();
        QVERIFY2(status.contains(QDir::toNativeSeparators(path)) && status.contains(QStringLiteral("Datatilsynet")), qPrintable(status));
        if (const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS"); !out.isEmpty()) {
            record->resize(1280, 720);
            QApplication::processEvents();
            QVERIFY(record->grab().toImage().save(QDir(out).filePath(QStringLiteral("record-submitted-en.png"))));
        }
    }

    void shouldPrintTheRecordAndKeepItAsSubmitted_data()
    {
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("print");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Print record") << QStringLiteral("&Print...");
        QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Udskriv fortegnelse") << QStringLiteral("&Udskriv...");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Skriv ut protokoll") << QStringLiteral("Skriv &ut …");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Skriv ut register") << QStringLiteral("Skriv &ut...");
    }
    void shouldPrintTheRecordAndKeepItAsSubmitted()
    {
        QFETCH(QString, ui);
        QFETCH(QString, title);
        QFETCH(QString, print);
        installUiLanguage(ui);
        // GIVEN the record of a register
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);

        // WHEN the officer clicks Print, the dialog asks what exporting asks but the file,
        // and the officer marks the paper as submitted on 3 March 2026
        RecordExport choice;
        withExportDialog(
            record,
            [&](RecordExportDialog *dialog) {
                QCOMPARE(dialog->windowTitle(), title);
                QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("recordExportPath"))->isVisible());
                QVERIFY(!child<QComboBox>(dialog, QStringLiteral("recordExportFormat"))->isVisible());
                QCOMPARE(child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->text(), print);
                QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("recordExportSubmitted")), Qt::LeftButton);
                child<QDateEdit>(dialog, QStringLiteral("recordExportOn"))->setDate(QDate(2026, 3, 3));
                typeInto(child<QLineEdit>(dialog, QStringLiteral("recordExportCase")), QStringLiteral("26-0042"));
                choice = dialog->choice();
                if (const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS"); !out.isEmpty())
                    QVERIFY(screenshot(record, dialog).save(QDir(out).filePath(QStringLiteral("record-print-%1.png").arg(ui))));
                // The printer dialog would follow; a PDF printer stands in for it below.
                dialog->reject();
            },
            QStringLiteral("printRecord"));
        QVERIFY(choice.markSubmitted);
        QVERIFY(choice.path.isEmpty());
        QVERIFY(!choice.odt);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        RecordPainter::setUpPage(&printer);
        QString error;
        QVERIFY2(record->printRecord(choice, &printer, &error), qPrintable(error));

        // THEN the register keeps the record as submitted: the register as it stood, and no
        // hash, since paper has no file
        const QList<Snapshot> kept = submittedSnapshots(*window.document());
        QCOMPARE(kept.size(), 1);
        const Snapshot &s = kept.first();
        QCOMPARE(s.submittedOn, QDate(2026, 3, 3));
        QCOMPARE(s.authority, QStringLiteral("Datatilsynet"));
        QCOMPARE(s.caseNumber, QStringLiteral("26-0042"));
        QCOMPARE(s.registerJson, Json::write(window.document()->reg()));
        QVERIFY(s.sha256.isEmpty());
        // AND the kept register makes the record on the paper again
        Register keptRegister;
        QList<Json::Error> errors;
        QVERIFY(Json::read(s.registerJson, &keptRegister, &errors));
        RecordOptions options;
        options.language = child<QComboBox>(record, QStringLiteral("recordLanguage"))->currentData().toString();
        options.kind = RecordKind(child<QComboBox>(record, QStringLiteral("recordKind"))->currentData().toInt());
        options.today = QDate::currentDate();
        QByteArray again;
        QVERIFY2(writeRecordPdf(keptRegister, options, &again, &error), qPrintable(error));
        const QString printed = pdfText(fileBytes(dir.filePath(QStringLiteral("printed.pdf"))));
        QVERIFY2(printed.contains(window.document()->reg().organisation.name), qPrintable(printed.left(300)));
        // (a hyphen where a line breaks reads back as '-', U+00AD or U+FFFE, by the device)
        static const QRegularExpression breaks(QStringLiteral("[\\x{00AD}\\x{FFFE}\\-\\s]"));
        QCOMPARE(QString(printed).remove(breaks), pdfText(again).remove(breaks));
        QVERIFY2(child<QLabel>(record, QStringLiteral("recordStatus"))->text().isEmpty()
                     || !child<QLabel>(record, QStringLiteral("recordStatus"))->isVisible(),
                 "printRecord() is the step; the window's message comes from the Print button");
    }

    void shouldAppendTheChangesSinceTheSubmission()
    {
        // GIVEN a register submitted on 3 March 2026 and changed since
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        QVERIFY(keepSubmitted(*window.document(), QByteArrayLiteral("%PDF-1.4"), {QDate(2026, 3, 3), {}, {}}));
        QVERIFY(window.document()->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);
        const QString path = dir.filePath(QStringLiteral("with-changes.pdf"));

        // WHEN the officer exports it with the changes since
        withExportDialog(record, [&](RecordExportDialog *dialog) {
            auto *changes = child<QCheckBox>(dialog, QStringLiteral("recordExportChanges"));
            QVERIFY(changes->isEnabled());
            QVERIFY2(changes->text().contains(QLocale().toString(QDate(2026, 3, 3), QLocale::LongFormat)), qPrintable(changes->text()));
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("recordExportChangesReason")));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("recordExportPath")), path);
            QTest::mouseClick(changes, Qt::LeftButton);
            dialog->accept();
        });

        // THEN the record written ends with the annex, which lists the change; nothing more is kept
        const QString text = pdfText(fileBytes(path));
        QVERIFY2(text.contains(QStringLiteral("Bilag E. Ændringer siden fortegnelsen af 3. marts 2026")), qPrintable(text.right(400)));
        QVERIFY2(text.contains(QStringLiteral("Telefon: ikke angivet → »+45 11 22 33 44«")), qPrintable(text.right(400)));
        QCOMPARE(submittedSnapshots(*window.document()).size(), 1);
    }

    void shouldWriteTheRecordToEditAsOdtAndKeepNothing()
    {
        // GIVEN the record of a register
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        RecordWindow *record = madeRecord(window);
        QVERIFY(record);

        // WHEN the officer chooses ODT: the file's name follows, and it cannot be "submitted"
        QString path;
        withExportDialog(record, [&](RecordExportDialog *dialog) {
            auto *submitted = child<QCheckBox>(dialog, QStringLiteral("recordExportSubmitted"));
            QTest::mouseClick(submitted, Qt::LeftButton);
            auto *format = child<QComboBox>(dialog, QStringLiteral("recordExportFormat"));
            format->setCurrentIndex(format->findData(QStringLiteral("odt")));
            auto *file = child<QLineEdit>(dialog, QStringLiteral("recordExportPath"));
            QVERIFY2(file->text().endsWith(QStringLiteral(".odt")), qPrintable(file->text()));
            QVERIFY(!submitted->isEnabled() && !submitted->isChecked());
            typeInto(file, dir.filePath(QStringLiteral("to-edit.odt")));
            path = dialog->choice().path;
            QVERIFY(dialog->choice().odt);
            dialog->accept();
        });

        // THEN an OpenDocument text is written, and the register keeps no submission
        QCOMPARE(path, dir.filePath(QStringLiteral("to-edit.odt")));
        QVERIFY(fileBytes(path).startsWith("PK\x03\x04"));
        QVERIFY(fileBytes(path).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        QVERIFY(submittedSnapshots(*window.document()).isEmpty());
    }

    void shouldChangeNothingWhenTheExportFails_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("the file cannot be written") << false;
        QTest::newRow("the register is read-only") << true;
    }
    void shouldChangeNothingWhenTheExportFails()
    {
        QFETCH(bool, readOnly);
        // GIVEN the record of a register, open for editing or only to read
        QTemporaryDir dir;
        const QString ropa = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(ropa, sampleRegister(), &error));
        auto doc = Document::open(ropa, &error, readOnly ? Document::Mode::ReadOnly : Document::Mode::Edit);
        QVERIFY2(doc, qPrintable(error));
        RecordWindow record(doc.get());
        QSignalSpy finished(&record, &RecordWindow::finished);
        record.generate();
        QVERIFY(finished.wait(60000));

        // WHEN it is exported as submitted onto a folder, or from a register that cannot keep it
        RecordExport choice;
        choice.path = readOnly ? dir.filePath(QStringLiteral("sent.pdf")) : dir.path();
        choice.markSubmitted = true;
        choice.submission = {QDate(2026, 3, 3), QStringLiteral("Datatilsynet"), QStringLiteral("26-0042")};
        const bool done = record.exportRecord(choice, &error);

        // THEN it says what failed, no file is written and nothing is kept
        QVERIFY(!done);
        QVERIFY2(!error.isEmpty(), "no message");
        if (readOnly)
            QVERIFY2(error.contains(QStringLiteral("neither written nor marked")), qPrintable(error));
        else
            QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sent.pdf"))));
        QVERIFY(QFileInfo(dir.path()).isDir());
        QVERIFY(submittedSnapshots(*doc).isEmpty());
    }

    void shouldOfferNoSubmissionWhereNoneCanBeKept()
    {
        // GIVEN the record of a register open only to read
        QTemporaryDir dir;
        const QString ropa = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(ropa, sampleRegister(), &error));
        auto doc = Document::open(ropa, &error, Document::Mode::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        RecordWindow record(doc.get());
        QSignalSpy finished(&record, &RecordWindow::finished);
        record.generate();
        QVERIFY(finished.wait(60000));
        record.show();

        // WHEN the officer clicks Export
        withExportDialog(&record, [&](RecordExportDialog *dialog) {
            // THEN "mark as submitted" cannot be ticked, and the dialog says why
            auto *submitted = child<QCheckBox>(dialog, QStringLiteral("recordExportSubmitted"));
            QVERIFY(!submitted->isEnabled());
            QVERIFY(!submitted->isChecked());
            QCOMPARE(submitted->toolTip(), doc->administratorOnlyReason());
            QCOMPARE(child<QLabel>(dialog, QStringLiteral("recordExportSubmittedNote"))->text(), doc->readOnlyReason());
            QVERIFY(!dialog->choice().markSubmitted);
            dialog->reject();
        });
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestRecordExport tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_recordexport.moc"
