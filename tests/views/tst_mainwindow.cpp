// The main window driven through its real widgets: saving that fails, registers held elsewhere
// or damaged, refused files, the window's size and its languages.

#include "document.h"
#include "documentbanner.h"
#include "failingstorage.h"
#include "itemform.h"
#include "jsoncodec.h"
#include "listpage.h"
#include "mainwindow.h"
#include "matrixeditor.h"
#include "policypreview.h"
#include "problemspanel.h"
#include "recordwindow.h"
#include "registerlistmodel.h"
#include "store.h"
#include "testsupport.h"
#include "widgetsupport.h"
#include "uilanguage.h"
#include "aboutdialog.h"
#include "itemoperations.h"
#include "searchpalette.h"
#include "startpage.h"

#include <QAbstractItemModelTester>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QMenuBar>
#include <QDialogButtonBox>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Fortegnelse;
using Fortegnelse::Test::check;
using Fortegnelse::Test::child;
using Fortegnelse::Test::choose;
using Fortegnelse::Test::openSample;
using Fortegnelse::Test::typeInto;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheSavedValueWhenAnEditCannotBeSaved()
    {
        // GIVEN an organisation form over a register whose next write fails
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        Register reg;
        auto store = Store::open(path, &reg, &error);
        QVERIFY(store);
        auto failing = std::make_unique<Test::FailingStorage>(std::move(store));
        Test::FailingStorage *storage = failing.get();
        auto doc = Document::fromStorage(std::move(failing), reg);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Organisation, {});
        form.show();
        auto *name = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("name")));
        QVERIFY(name);
        const QString saved = name->text();
        QSignalSpy failed(doc.get(), &Document::writeFailed);
        // WHEN the officer types and the write fails
        storage->failAt(2);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral("X"));
        // THEN they are told, and the field shows what the register holds
        QCOMPARE(failed.count(), 1);
        QCOMPARE(name->text(), saved);
        QCOMPARE(doc->reg().organisation.name, saved);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void shouldOpenARegisterHeldElsewhereReadOnlyAndFollowIt()
    {
        // GIVEN a register a colleague's window has open for editing
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        auto holder = Document::open(path, &error);
        QVERIFY2(holder, qPrintable(error));
        // WHEN the officer opens it, and accepts the offer to read it
        MainWindow window;
        QString asked;
        window.ask = [&](const QString &, const QString &text, const QString &) {
            asked = text;
            return true;
        };
        QVERIFY(window.openFile(path));
        window.show();
        // THEN they were told who has it, and the window says it is read-only
        QVERIFY2(asked.contains(QStringLiteral("open for editing by")), qPrintable(asked));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("has this register open for editing")),
                 qPrintable(window.banner()->text()));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
        // AND the editors cannot change it
        window.showPart(EntityKind::Organisation);
        auto *name = qobject_cast<QLineEdit *>(window.singletonForm(EntityKind::Organisation)->editorFor(QStringLiteral("name")));
        QVERIFY(name);
        QVERIFY(name->isReadOnly());
        // AND the colleague's edit shows up
        QVERIFY(holder->updateOrganisation([](Organisation &o) { o.name = QStringLiteral("Kollegaens Navn ApS"); }, {}));
        QVERIFY(window.document()->checkForExternalChanges());
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("Kollegaens Navn ApS")));
        auto *renamed = qobject_cast<QLineEdit *>(window.singletonForm(EntityKind::Organisation)->editorFor(QStringLiteral("name")));
        QCOMPARE(renamed->text(), QStringLiteral("Kollegaens Navn ApS"));
        QVERIFY(renamed->isReadOnly());
        // Screenshots for the docs, in every language, at a laptop's 1280x720.
        const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS");
        for (const QString &lang : {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")}) {
            if (out.isEmpty())
                break;
            installUiLanguage(lang);
            MainWindow shown;
            shown.ask = [](const QString &, const QString &, const QString &) { return true; };
            QVERIFY(shown.openFile(path));
            shown.resize(1280, 720);
            shown.show();
            QApplication::processEvents();
            QVERIFY(shown.grab().toImage().save(QDir(out).filePath(QStringLiteral("read-only-%1.png").arg(lang))));
        }
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldOfferToRepairADamagedRegister()
    {
        // GIVEN a register with a reference to nothing
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        Register damaged = Test::sampleRegister();
        QString error;
        QVERIFY(Store::create(path, damaged, &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM data_categories WHERE id = 'health'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // WHEN the officer opens it and accepts the repair
        MainWindow window;
        QString asked;
        window.ask = [&](const QString &, const QString &text, const QString &) {
            asked = text;
            return true;
        };
        QVERIFY(window.openFile(path));
        // THEN they were told what is wrong, and it was repaired after a backup
        QVERIFY2(asked.contains(QStringLiteral("unknown data category")), qPrintable(asked));
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(window.document()->loadReport().isClean());
        QVERIFY2(window.banner()->text().contains(QStringLiteral("repaired")), qPrintable(window.banner()->text()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("r.ropa.before-repair-*.bak")}).size(), 1);
        // AND the repair is one step the Edit menu can undo
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Repair")), qPrintable(undo->text()));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldFitTheScreenAndClampWhatWasSaved_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::newRow("first start") << QRect();
        QTest::newRow("saved on a larger screen") << QRect(200, 150, 2400, 1500);
        QTest::newRow("saved off the screen's edge") << QRect(3000, 2000, 700, 500);
    }
    void shouldFitTheScreenAndClampWhatWasSaved()
    {
        QFETCH(QRect, saved);
        // GIVEN the window's geometry as saved last time (or none)
        QSettings settings;
        settings.remove(QStringLiteral("window"));
        if (saved.isValid()) {
            QWidget big;
            big.setGeometry(saved);
            settings.setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        // WHEN the window opens
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // THEN it lies on the screen, and the editor keeps a usable width
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6").arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height()).arg(available.width()).arg(available.height())));
        QVERIFY(child<QWidget>(&window, QStringLiteral("pages"))->width() >= 560);
        // AND the navigator folds away and comes back
        QAction *navigator = child<QAction>(&window, QStringLiteral("navigatorAction"));
        navigator->trigger();
        QCOMPARE(child<QWidget>(&window, QStringLiteral("navigator"))->width(), 0);
        navigator->trigger();
        QVERIFY(child<QWidget>(&window, QStringLiteral("navigator"))->width() > 0);
        window.close();
        settings.remove(QStringLiteral("window"));
    }

    void shouldSwitchTheLanguageWithoutARestart_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        for (const auto &[lang, file] : {std::pair{"da", "&Fil"}, std::pair{"nb", "&Fil"}, std::pair{"sv", "&Arkiv"}})
            QTest::newRow(lang) << QString::fromLatin1(lang) << QString::fromUtf8(file);
    }
    void shouldSwitchTheLanguageWithoutARestart()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        // GIVEN the window in English with a register open on the activities
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        window.show();
        window.showPart(EntityKind::Activity);
        auto *navigator = child<QListWidget>(&window, QStringLiteral("navigator"));
        QCOMPARE(navigator->item(2)->text(), QStringLiteral("Processing activities"));
        // WHEN the officer picks another language in the View menu
        window.chooseLanguage(lang);
        // THEN the menus, the navigator and the pages speak it at once, on the same page
        const QString menu = window.menuBar()->actions().value(0)->text();
        installUiLanguage(QStringLiteral("en"));
        QSettings().remove(QStringLiteral("language"));
        QCOMPARE(menu, file);
        QVERIFY2(navigator->item(2)->text() != u"Processing activities", qPrintable(navigator->item(2)->text()));
        QCOMPARE(navigator->currentRow(), 2);
        QVERIFY(window.listPage(EntityKind::Activity)->isVisible());
        QVERIFY(window.document());
    }

    void shouldLoadQtsOwnTranslations_data()
    {
        // What Debian 12's qt6-translations-l10n has: qtbase_da; for Norwegian only
        // Nynorsk (qtbase_nn); for Swedish only the old qt_sv, which lacks the standard
        // buttons (QPlatformTheme) but has the file dialog.
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("da: dialog buttons") << "da"
                                            << "QPlatformTheme"
                                            << "Cancel";
        QTest::newRow("nb: dialog buttons") << "nb"
                                            << "QPlatformTheme"
                                            << "Cancel";
        QTest::newRow("sv: file dialog") << "sv"
                                         << "QFileDialog"
                                         << "File &name:";
    }
    void shouldLoadQtsOwnTranslations()
    {
        QFETCH(QString, lang);
        QFETCH(QString, context);
        QFETCH(QString, source);
        installUiLanguage(lang);
        const QString translated = QCoreApplication::translate(context.toLatin1().constData(), source.toLatin1().constData());
        installUiLanguage(QStringLiteral("en"));
        QVERIFY2(translated != source, qPrintable(lang));
    }

    void shouldSayWhyAFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << QByteArray(1000, '\x42') << "ropa"
                                      << "not an SQLite database";
        QTest::newRow("empty") << QByteArray() << "ropa"
                               << "empty";
        QTest::newRow("broken JSON") << QByteArray("{\"format\": ") << "json"
                                     << "not valid JSON";
        QTest::newRow("JSON of another kind") << QByteArray("{\"a\": 1}") << "json"
                                              << "not a Fortegnelse register";
    }
    void shouldSayWhyAFileIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.") + suffix);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        MainWindow window;
        QString shown;
        window.warn = [&](const QString &, const QString &text) { shown = text; };
        QVERIFY(!window.openFile(path));
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY(!window.document());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing written beside it
    }

    void shouldImportJsonIntoARegisterBesideIt()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("resources/examples/octopus.json")), dir.filePath(QStringLiteral("octopus.json"))));
        MainWindow window;
        QVERIFY(window.openFile(dir.filePath(QStringLiteral("octopus.json"))));
        QCOMPARE(window.document()->filePath(), dir.filePath(QStringLiteral("octopus.ropa")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("OCTOPUS")));
    }

    void shouldShowTheWindowInEveryLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"da", "nb", "sv", "en"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void shouldShowTheWindowInEveryLanguage()
    {
        QFETCH(QString, lang);
        // GIVEN the UI in the language, and an example register
        installUiLanguage(lang);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("resources/examples/oesyn.json")), dir.filePath(QStringLiteral("oesyn.json"))));
        MainWindow window;
        QSignalSpy previewed(window.preview(), &PolicyPreview::updated);
        QVERIFY(window.openFile(dir.filePath(QStringLiteral("oesyn.json"))));
        QVERIFY(previewed.count() > 0 || previewed.wait(10000)); // made in the background
        window.resize(1500, 940);
        window.show();
        // WHEN the officer opens the processing activities and selects one
        window.showPart(EntityKind::Activity);
        window.listPage(EntityKind::Activity)->select(QStringLiteral("customer-admin"));
        QApplication::processEvents();
        // THEN the navigator speaks the language
        const QString activities = window.findChild<QListWidget *>(QStringLiteral("navigator"))->item(2)->text();
        if (lang == u"en")
            QCOMPARE(activities, QStringLiteral("Processing activities"));
        else
            QVERIFY2(activities != u"Processing activities", qPrintable(activities));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        // Screenshots for the README: FORTEGNELSE_SCREENSHOTS=docs/screenshots
        const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS");
        if (!out.isEmpty()) {
            QVERIFY(image.save(QDir(out).filePath(QStringLiteral("activity-editor-%1.png").arg(lang))));
            window.showPart(EntityKind::Party);
            window.listPage(EntityKind::Party)->select(QStringLiteral("gohighlevel"));
            QApplication::processEvents();
            QVERIFY(window.grab().toImage().save(QDir(out).filePath(QStringLiteral("parties-%1.png").arg(lang))));
            if (lang == u"da" || lang == u"en") {
                RecordWindow *record = window.openRecord();
                QSignalSpy finished(record, &RecordWindow::finished);
                record->findChild<QComboBox *>(QStringLiteral("recordLanguage"))->setCurrentIndex(lang == u"da" ? 0 : 3);
                record->generate();
                QVERIFY(finished.wait(60000));
                record->resize(1000, 900);
                record->show();
                record->findChild<QSpinBox *>(QStringLiteral("recordPage"))->setValue(5);
                QTest::qWait(1500); // QPdfView renders pages in the background
                QVERIFY(record->grab().toImage().save(QDir(out).filePath(QStringLiteral("record-%1.png").arg(lang))));
                record->close();
            }
        }
        installUiLanguage(QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestMainWindow tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_mainwindow.moc"
