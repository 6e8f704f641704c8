// Issue 15, part 5: the import dialog, driven through its real widgets: the preview of a
// file, a changed mapping planned again, the import as a new register or into the open
// one as one undoable step, a file that cannot be read, stopping a long plan, and the
// dialog at laptop size in each language (screenshots with FORTEGNELSE_SCREENSHOTS=<dir>).

#include "document.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "store.h"
#include "tablefixtures.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;
using namespace Qt::StringLiterals;

namespace {

/// A Danish list: one clean activity, and one whose two subjects and two data categories
/// make links to confirm.
QString writeList(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"fortegnelse.csv"_s);
    const QString text = Test::csvText({{u"Behandlingsaktivitet"_s, u"Formål"_s, u"Retsgrundlag"_s, u"Registrerede"_s,
                                         u"Personoplysninger"_s, u"Noter"_s},
                                        {u"Løn"_s, u"Lønudbetaling"_s, u"art. 6, stk. 1, litra b"_s, u"Medarbejdere"_s, u"Navn"_s, u"HR"_s},
                                        {u"Nyhedsbrev"_s, u"Udsendelse"_s, u"samtykke"_s, u"Kunder; Leverandører"_s,
                                         u"Navn; E-mail"_s, QString()}},
                                       u';');
    return Test::writeFile(path, text.toUtf8()) ? path : QString();
}

template <class T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

bool waitForPlan(ImportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isPlanning(); }, 20000);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { installUiLanguage(u"en"_s); }

    void shouldPreviewThenImportAsANewRegister()
    {
        // GIVEN a list an officer keeps, and no register open
        QTemporaryDir dir;
        const QString path = writeList(dir);
        QVERIFY(!path.isEmpty());
        ImportDialog dialog(path, nullptr);
        dialog.show();
        QVERIFY(waitForPlan(dialog));
        // THEN the preview shows what was found, each column's field, and each activity
        QVERIFY2(child<QLabel>(&dialog, u"importFound"_s)->text().contains(u"one row per activity"_s),
                 qPrintable(child<QLabel>(&dialog, u"importFound"_s)->text()));
        auto *columns = child<QTableWidget>(&dialog, u"importColumns"_s);
        QCOMPARE(columns->rowCount(), 6);
        auto *subjects = child<QComboBox>(&dialog, u"importFieldD"_s);
        QVERIFY(subjects);
        QCOMPARE(subjects->currentData().toInt(), int(ImportField::Subjects));
        auto *rows = child<QTreeWidget>(&dialog, u"importRows"_s);
        QCOMPARE(rows->topLevelItemCount(), 2);
        QCOMPARE(rows->topLevelItem(0)->text(0), u"OK"_s);
        QCOMPARE(rows->topLevelItem(1)->text(0), u"Check"_s);
        QCOMPARE(rows->topLevelItem(1)->text(1), u"fortegnelse, A3"_s);
        QVERIFY(rows->topLevelItem(1)->childCount() >= 1); // the links to confirm, with their cell
        QVERIFY(rows->topLevelItem(1)->child(0)->text(2).startsWith(u"fortegnelse, D3: "_s));
        // AND the first activity with something to check is chosen, its reasons in full
        QCOMPARE(rows->currentItem(), rows->topLevelItem(1));
        QVERIFY(child<QLabel>(&dialog, u"importDetails"_s)->text().contains(u"fortegnelse, D3: Every category"_s));
        QCOMPARE(child<QProgressBar>(&dialog, u"importProgress"_s)->value(), 100);
        QVERIFY(child<QLabel>(&dialog, u"importSummary"_s)->text().startsWith(u"2 activities: 1 OK, 1 to check, 0 not importable."_s));

        // WHEN the officer maps the notes column to nothing: it is planned again
        auto *notes = child<QComboBox>(&dialog, u"importFieldF"_s);
        notes->setCurrentIndex(notes->findData(int(ImportField::None)));
        emit notes->activated(notes->currentIndex());
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog.report().layout.columns.at(5).field, ImportField::None);
        QCOMPARE(child<QComboBox>(&dialog, u"importFieldF"_s)->currentData().toInt(), int(ImportField::None));

        // WHEN the target is a file that exists: nothing is replaced, and it says why
        auto *target = child<QLineEdit>(&dialog, u"importTarget"_s);
        QCOMPARE(target->text(), QDir::toNativeSeparators(dir.filePath(u"fortegnelse.ropa"_s)));
        const QString existing = dir.filePath(u"existing.ropa"_s);
        QVERIFY(Test::writeFile(existing, "a register kept elsewhere"));
        target->setText(existing);
        QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, u"importMessage"_s)->text().contains(u"exists already"_s));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a register kept elsewhere"));

        // WHEN imported as a new register
        target->setText(dir.filePath(u"imported"_s));
        QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
        // THEN the register is written and open, with both activities as drafts
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Document> created = dialog.takeCreated();
        QVERIFY(created);
        QCOMPARE(created->filePath(), dir.filePath(u"imported.ropa"_s));
        QCOMPARE(created->reg().activities.size(), 2);
        QCOMPARE(created->reg().activities.at(0).notes.contains(u"HR"_s), false); // the notes column was not imported
        QVERIFY(created->reg().activities.at(1).matrix.at(0).unconfirmed);
    }

    void shouldAddToTheOpenRegisterAsOneUndoableStep()
    {
        // GIVEN an open register
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"r.ropa"_s), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        const int activities = int(doc->reg().activities.size());
        const int steps = doc->undoStack()->count();
        ImportDialog dialog(writeList(dir), doc.get());
        dialog.show();
        // WHEN the officer chooses to add the file to it
        auto *toOpen = child<QRadioButton>(&dialog, u"importToOpen"_s);
        QVERIFY(toOpen->isVisible());
        toOpen->click();
        QVERIFY(!child<QLineEdit>(&dialog, u"importTarget"_s)->isEnabled());
        QVERIFY(waitForPlan(dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"importButton"_s), Qt::LeftButton);
        // THEN both activities are in the register, as one step one undo takes back
        QVERIFY(dialog.merged());
        QVERIFY(!dialog.takeCreated());
        QCOMPARE(int(doc->reg().activities.size()), activities + 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->undo());
        QCOMPARE(int(doc->reg().activities.size()), activities);
    }

    void shouldSayWhyAFileCannotBeRead()
    {
        // GIVEN a file named as a spreadsheet that is not one
        QTemporaryDir dir;
        const QString path = dir.filePath(u"liste.xlsx"_s);
        QVERIFY(Test::writeFile(path, "Behandlingsaktivitet;Formål\n"));
        ImportDialog dialog(path, nullptr);
        QVERIFY(waitForPlan(dialog));
        // THEN it says what is wrong, shows no preview, and offers no import
        QVERIFY2(child<QLabel>(&dialog, u"importFound"_s)->text().contains(u"liste.xlsx"_s),
                 qPrintable(child<QLabel>(&dialog, u"importFound"_s)->text()));
        QCOMPARE(child<QTreeWidget>(&dialog, u"importRows"_s)->topLevelItemCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
    }

    void shouldStopALongPlan()
    {
        // GIVEN a list of 2,000 activities being read
        QTemporaryDir dir;
        QList<QStringList> rows{{u"Behandlingsaktivitet"_s, u"Formål"_s, u"Registrerede"_s, u"Personoplysninger"_s}};
        for (int i = 0; i < 2000; ++i)
            rows.append({u"Aktivitet %1"_s.arg(i), u"Formål %1"_s.arg(i), u"Kunder; Medarbejdere"_s, u"Navn; Adresse"_s});
        const QString path = dir.filePath(u"stor.csv"_s);
        QVERIFY(Test::writeFile(path, Test::csvText(rows, u';').toUtf8()));
        ImportDialog dialog(path, nullptr);
        QVERIFY(dialog.isPlanning());
        // WHEN the officer stops it
        QTest::mouseClick(child<QPushButton>(&dialog, u"importStop"_s), Qt::LeftButton);
        QVERIFY(waitForPlan(dialog));
        QApplication::processEvents();
        // THEN nothing is offered to import, and the bar says it stopped
        QVERIFY(!child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
        QCOMPARE(child<QProgressBar>(&dialog, u"importProgress"_s)->format(), u"Stopped"_s);
        // AND choosing a layout plans it again, to the end
        auto *layout = child<QComboBox>(&dialog, u"importLayout"_s);
        emit layout->activated(0);
        QVERIFY(waitForPlan(dialog));
        QApplication::processEvents();
        QCOMPARE(dialog.report().rows.size(), 2000);
        QVERIFY(child<QPushButton>(&dialog, u"importButton"_s)->isEnabled());
    }

    void shouldOpenTheRegisterItMakesInTheWindow()
    {
        // GIVEN the window with nothing open, and a list dropped on it
        QTemporaryDir dir;
        const QString path = writeList(dir);
        MainWindow window;
        window.warn = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        QVERIFY(MainWindow::isImportableTable(path));
        QVERIFY(!MainWindow::isImportableTable(dir.filePath(u"r.ropa"_s)));
        // WHEN the officer imports it from the dialog that opens
        bool clicked = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<ImportDialog *>();
            QVERIFY(dialog && waitForPlan(*dialog));
            QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
            clicked = true;
        });
        QCOMPARE(window.importTable(path), int(QDialog::Accepted));
        QVERIFY(clicked);
        // THEN the new register is open, and the window says what to do next
        QVERIFY(window.document());
        QCOMPARE(window.document()->filePath(), dir.filePath(u"fortegnelse.ropa"_s));
        QCOMPARE(window.document()->reg().activities.size(), 2);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Imported 2 activities as drafts"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void shouldFitALaptopInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"en", "da", "nb", "sv"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void shouldFitALaptopInEachLanguage()
    {
        QFETCH(QString, lang);
        installUiLanguage(lang);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"r.ropa"_s), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        ImportDialog dialog(writeList(dir), doc.get());
        dialog.show();
        QVERIFY(waitForPlan(dialog));
        QApplication::processEvents();
        QVERIFY(dialog.frameGeometry().width() <= 1280 && dialog.frameGeometry().height() <= 720);
        // The texts the officer reads are in the language (the report's own words too).
        if (lang != u"en") {
            QVERIFY(child<QPushButton>(&dialog, u"importButton"_s)->text() != u"&Import"_s);
            const QString summary = child<QLabel>(&dialog, u"importSummary"_s)->text();
            QVERIFY2(!summary.contains(u"activities:"_s) && !summary.contains(u"The imported activities"_s), qPrintable(summary));
            const QTreeWidgetItem *row = child<QTreeWidget>(&dialog, u"importRows"_s)->topLevelItem(1);
            QVERIFY2(!row->child(0)->text(2).contains(u"Every category"_s), qPrintable(row->child(0)->text(2)));
        }
        Test::save(&dialog, u"import-%1.png"_s.arg(lang));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QTemporaryFile config(QDir::tempPath() + u"/fortegnelse-screen-XXXXXX.json"_s);
    if (!Test::useOneScreen(config, u"1280x720"_s))
        return 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"FortegnelseImportDialogTests"_s);
    TestImportDialog tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_importdialog.moc"
