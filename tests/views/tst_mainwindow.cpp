// The desktop app driven through its real widgets, as an officer would use it.

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

// How the English UI counts errors (its plural forms come from fortegnelse_en.ts).
static QString englishErrors(int n)
{
    return n == 1 ? QStringLiteral("1 error") : QStringLiteral("%1 errors").arg(n);
}

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

    void shouldUndoAndRedoWithTheKeyboard_data()
    {
        QTest::addColumn<QKeySequence>("redoKey");
        QTest::addColumn<bool>("inTheField");
        QTest::newRow("Ctrl+Shift+Z in the list") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << false;
        QTest::newRow("Ctrl+Y in the list") << QKeySequence(Qt::CTRL | Qt::Key_Y) << false;
        QTest::newRow("Ctrl+Shift+Z in the field typed in") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << true;
        QTest::newRow("Ctrl+Y in the field typed in") << QKeySequence(Qt::CTRL | Qt::Key_Y) << true;
    }
    void shouldUndoAndRedoWithTheKeyboard()
    {
        QFETCH(QKeySequence, redoKey);
        QFETCH(bool, inTheField);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
        // GIVEN the sample register, with an activity renamed
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPart(EntityKind::Activity);
        ListPage *page = window.listPage(EntityKind::Activity);
        page->select(QStringLiteral("sales"));
        const QString before = window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da"));
        typeInto(page->form()->editorFor(QStringLiteral("name")), QStringLiteral("Lønadministration"));
        QAction *undo = child<QAction>(&window, QStringLiteral("undoAction"));
        // THEN no key is bound twice in the window
        QHash<QKeySequence, QStringList> bound;
        for (QAction *action : window.findChildren<QAction *>())
            for (const QKeySequence &key : action->shortcuts())
                bound[key].append(action->text());
        for (auto it = bound.cbegin(); it != bound.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
        // AND the Edit menu names the item the step changed
        QVERIFY2(undo->text().contains(QStringLiteral("“%1”").arg(before)), qPrintable(undo->text()));
        QWidget *focus = inTheField ? page->form()->editorFor(QStringLiteral("name")) : page->view();
        focus->setFocus();
        const int steps = window.document()->undoStack()->count();
        // WHEN the officer presses Ctrl+Z, then the redo key
        QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")), before);
        QTest::keySequence(focus, redoKey);
        QCOMPARE(window.document()->undoStack()->count(), steps); // no new step
        // THEN the step is undone and redone
        QCOMPARE(window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")),
                 QStringLiteral("Lønadministration"));
        QVERIFY2(undo->text().contains(QStringLiteral("“%1”").arg(before)), qPrintable(undo->text()));
    }

    void shouldStartFromTheStartPageAndReopenARecentRegister()
    {
        // GIVEN a register the officer had open before
        QTemporaryDir dir;
        {
            MainWindow before;
            QVERIFY(openSample(dir, before));
        }
        // WHEN the app starts with nothing open
        MainWindow window;
        window.show();
        // THEN the start page offers it among the recent registers, and a click opens it
        QVERIFY(window.startPage());
        QVERIFY(window.startPage()->isVisible());
        auto *recent = child<QListWidget>(&window, QStringLiteral("recentList"));
        QVERIFY(recent);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), dir.filePath(QStringLiteral("r.ropa")));
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
        QTRY_VERIFY(window.document());
        QCOMPARE(window.document()->filePath(), dir.filePath(QStringLiteral("r.ropa")));
        // AND the register opens on its overview
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigator"))->currentRow(), 0);
        QVERIFY(window.startPage()->isVisible());
        QCOMPARE(window.startPage()->objectName(), QStringLiteral("overviewPage"));
    }

    void shouldSetUpANewRegisterInTheDocumentsFolder()
    {
        // GIVEN an officer whose home has no Documents folder yet
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        MainWindow window;
        window.show();
        // WHEN they click New register and fill in the guided setup
        QString message;
        bool refusedBadEmail = false;
        std::function<void()> fill = [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog) {
                QTimer::singleShot(20, this, fill);
                return;
            }
            typeInto(child<QLineEdit>(dialog, QStringLiteral("organisationName")), QStringLiteral("Bager Hansen ApS"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("dpoName")), QStringLiteral("Mette Holm"));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("dpoEmail")), QStringLiteral("mette@"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            message = child<QLabel>(dialog, QStringLiteral("newRegisterMessage"))->text();
            refusedBadEmail = !ok->isEnabled();
            typeInto(child<QLineEdit>(dialog, QStringLiteral("dpoEmail")), QStringLiteral("mette@bager.dk"));
            choose(child<QComboBox>(dialog, QStringLiteral("authority")), QStringLiteral("NO"));
            choose(child<QComboBox>(dialog, QStringLiteral("registerLanguage")), QStringLiteral("nb"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        };
        QTimer::singleShot(20, this, fill);
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("startNew")), Qt::LeftButton);
        QTRY_VERIFY(window.document());
        qputenv("HOME", oldHome);
        // THEN a bad e-mail was refused in the checks' words
        QVERIFY(refusedBadEmail);
        QVERIFY2(!message.isEmpty(), "no reason given");
        // AND the register was made in Documents, never the working directory, with what they entered
        QVERIFY(window.document());
        QCOMPARE(window.document()->filePath(), QDir(home.path()).filePath(QStringLiteral("Documents/Bager Hansen ApS.ropa")));
        const Organisation &org = window.document()->reg().organisation;
        QCOMPARE(org.name, QStringLiteral("Bager Hansen ApS"));
        QCOMPARE(org.dpo.name, QStringLiteral("Mette Holm"));
        QCOMPARE(org.dpo.email, QStringLiteral("mette@bager.dk"));
        QCOMPARE(org.supervisoryAuthority, QStringLiteral("NO"));
        QCOMPARE(org.language, QStringLiteral("nb"));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("Bager Hansen ApS.ropa")), qPrintable(window.banner()->text()));
    }

    void shouldOpenAnExampleAsACopyTheOfficerIsToldAbout()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        MainWindow window;
        window.show();
        // WHEN the officer opens the Øsyn example from the start page, twice
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("example-oesyn.json")), Qt::LeftButton);
        QTRY_VERIFY(window.document());
        const QString first = window.document() ? window.document()->filePath() : QString();
        QVERIFY(window.openExample(QStringLiteral("oesyn.json")));
        qputenv("HOME", oldHome);
        // THEN each is a copy of its own in the examples folder under Documents, and the window says where
        const QString folder = QDir(home.path()).filePath(QStringLiteral("Documents/Fortegnelse examples"));
        QCOMPARE(first, QDir(folder).filePath(QStringLiteral("oesyn.ropa")));
        QCOMPARE(window.document()->filePath(), QDir(folder).filePath(QStringLiteral("oesyn (2).ropa")));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("oesyn (2).ropa")), qPrintable(window.banner()->text()));
        QVERIFY(window.document()->reg().activities.size() > 3);
    }

    void shouldShowTheRegistersOverview()
    {
        // GIVEN the sample register open on its overview
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy counted(window.problems(), &ProblemsPanel::countsChanged);
        QVERIFY(openSample(dir, window));
        window.show();
        window.showOverview();
        // THEN it counts each part, with a link to it
        auto *counts = child<QLabel>(&window, QStringLiteral("overviewCounts"));
        QVERIFY2(counts->text().contains(QStringLiteral("Processing activities</a>: 1")), qPrintable(counts->text()));
        emit counts->linkActivated(QString::number(int(EntityKind::Party)));
        QCOMPARE(window.listPage(EntityKind::Party)->isVisible(), true);
        window.showOverview();
        // AND the problems, as the checks count them
        QVERIFY(counted.count() > 0 || counted.wait(5000));
        const int errors = counted.last().at(0).toInt();
        auto *problems = child<QLabel>(&window, QStringLiteral("overviewProblems"));
        QVERIFY2(problems->text().contains(englishErrors(errors)), qPrintable(problems->text()));
        // AND whether the published policy still matches the register
        auto *policy = child<QLabel>(&window, QStringLiteral("overviewPolicy"));
        QVERIFY2(policy->text().contains(QStringLiteral("Not published")), qPrintable(policy->text()));
        QVERIFY(publishPolicy(*window.document(), QStringLiteral("3.0"), QDateTime::currentDateTime()));
        QTRY_VERIFY2(policy->text().contains(QStringLiteral("has not changed since")), qPrintable(policy->text()));
        QVERIFY(policy->text().contains(QStringLiteral("3.0")));
        QVERIFY(window.document()->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
        QTRY_VERIFY2(policy->text().contains(QStringLiteral("has changed since")), qPrintable(policy->text()));
    }

    void shouldExportThePolicyAsChosenAndSayHowManyErrorsItHas()
    {
        // GIVEN a register with errors, the preview in Danish
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const QString path = home.filePath(QStringLiteral("r.ropa"));
        Register reg = Test::sampleRegister();
        reg.organisation.name.clear(); // the controller's identity is required (Art. 13(1)(a))
        QString error;
        QVERIFY(Store::create(path, reg, &error));
        MainWindow window;
        QSignalSpy counted(window.problems(), &ProblemsPanel::countsChanged);
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(counted.count() > 0 || counted.wait(5000));
        const int errors = counted.last().at(0).toInt();
        QVERIFY(errors > 0);
        // WHEN the officer exports the policy, choosing English Markdown
        const QString out = home.filePath(QStringLiteral("out/policy.md"));
        QString warning, suggested;
        std::function<void()> fill = [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog) {
                QTimer::singleShot(20, this, fill);
                return;
            }
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("exportWarning")))
                warning = label->text();
            suggested = child<QLineEdit>(dialog, QStringLiteral("exportPath"))->text();
            choose(child<QComboBox>(dialog, QStringLiteral("exportLanguage")), QStringLiteral("en"));
            auto *format = child<QComboBox>(dialog, QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(int(PolicyFormat::Markdown)));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("exportPath")), out);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        };
        QTimer::singleShot(20, this, fill);
        child<QAction>(&window, QStringLiteral("exportPolicyAction"))->trigger();
        qputenv("HOME", oldHome);
        // THEN it said how many errors the register has before writing
        QVERIFY2(warning.contains(englishErrors(errors)), qPrintable(warning));
        // AND it offered the Documents folder, not the working directory
        QVERIFY2(suggested.startsWith(QDir(home.path()).filePath(QStringLiteral("Documents/"))), qPrintable(suggested));
        // AND wrote the policy in the language and format chosen
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(text.startsWith(QLatin1Char('#')), qPrintable(text.left(200)));
        QVERIFY2(text.contains(QStringLiteral("Hosting A/S")), qPrintable(text.left(400)));
        QVERIFY2(!text.contains(QStringLiteral("Behandlingsaktiviteter")), "not English");
    }

    void shouldSayWhatVersionAndLicenceInTheAboutBox()
    {
        const QString about = aboutText();
        QVERIFY2(about.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(about));
        QVERIFY2(about.contains(QRegularExpression(QStringLiteral("Fortegnelse \\d+\\.\\d+"))), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("Licence")), qPrintable(about));
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QVERIFY2(menus.contains(QStringLiteral("&Help")), qPrintable(menus.join(u',')));
    }

    void shouldFindAnItemWithCtrlFAndGoToIt_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::newRow("by name") << "hosting a/s" << int(EntityKind::Party) << "hosting"
                                 << "name";
        QTest::newRow("by name, accents aside") << "tofaktor" << int(EntityKind::Measure) << "mfa"
                                                << "name";
        QTest::newRow("by a field's content") << "levere varer" << int(EntityKind::Activity) << "sales"
                                              << "purposes[0].description";
        QTest::newRow("by id") << "us-cloud" << int(EntityKind::Transfer) << "us-cloud"
                               << "id";
        QTest::newRow("by code") << "bogforingsloven" << int(EntityKind::Activity) << "sales"
                                 << "retention[0].lawReferences";
    }
    void shouldFindAnItemWithCtrlFAndGoToIt()
    {
        QFETCH(QString, query);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, field);
        // GIVEN the sample register open
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // WHEN the officer presses Ctrl+F and types
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_F));
        auto *palette = window.findChild<SearchPalette *>(QStringLiteral("searchPalette"));
        QVERIFY(palette);
        QTest::keyClicks(palette->query(), query);
        // THEN the item is the first result, found in that field
        QVERIFY(palette->results()->count() > 0);
        QListWidgetItem *first = palette->results()->item(0);
        QCOMPARE(first->data(Qt::UserRole).toInt(), kind);
        QCOMPARE(first->data(Qt::UserRole + 1).toString(), id);
        QCOMPARE(first->data(Qt::UserRole + 2).toString(), field);
        // AND Enter goes to it
        QTest::keyClick(palette->query(), Qt::Key_Return);
        if (EntityKind(kind) != EntityKind::Organisation && EntityKind(kind) != EntityKind::Policy)
            QCOMPARE(window.listPage(EntityKind(kind))->currentId(), id);
        QVERIFY(window.listPage(EntityKind(kind))->isVisible());
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

    void shouldBuildARegisterThroughTheGuiAndUndoIt()
    {
        // GIVEN an empty register opened in the app
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.ropa"));
        QString error;
        QVERIFY(Store::create(path, Register::createEmpty(), &error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        Document *doc = window.document();
        const QByteArray empty = Json::write(doc->reg());

        // WHEN the officer names the organisation
        window.showPart(EntityKind::Organisation);
        ItemForm *org = window.singletonForm(EntityKind::Organisation);
        typeInto(org->editorFor(QStringLiteral("name")), QStringLiteral("Bager Hansen ApS"));
        typeInto(org->editorFor(QStringLiteral("email")), QStringLiteral("kontakt@bager.dk"));

        // AND adds a subject category and two data categories
        window.showPart(EntityKind::SubjectCategory);
        ListPage *subjects = window.listPage(EntityKind::SubjectCategory);
        QTest::mouseClick(child<QPushButton>(subjects, QStringLiteral("add")), Qt::LeftButton);
        typeInto(subjects->form()->editorFor(QStringLiteral("name")), QStringLiteral("Kunder"));
        ListPage *data = window.listPage(EntityKind::DataCategory);
        for (const QString &name : {QStringLiteral("Navn"), QStringLiteral("E-mail")}) {
            QTest::mouseClick(child<QPushButton>(data, QStringLiteral("add")), Qt::LeftButton);
            typeInto(data->form()->editorFor(QStringLiteral("name")), name);
        }

        // AND a processor in India
        ListPage *parties = window.listPage(EntityKind::Party);
        QTest::mouseClick(child<QPushButton>(parties, QStringLiteral("add")), Qt::LeftButton);
        typeInto(parties->form()->editorFor(QStringLiteral("name")), QStringLiteral("Webshop Ltd"));
        choose(qobject_cast<QComboBox *>(parties->form()->editorFor(QStringLiteral("country"))), QStringLiteral("IN"));

        // AND an activity with a purpose, the matrix filled and a recipient
        window.showPart(EntityKind::Activity);
        ListPage *activities = window.listPage(EntityKind::Activity);
        QTest::mouseClick(child<QPushButton>(activities, QStringLiteral("add")), Qt::LeftButton);
        ItemForm *form = activities->form();
        typeInto(form->editorFor(QStringLiteral("name")), QStringLiteral("Webshop"));
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("purposes#add")), Qt::LeftButton);
        typeInto(form->editorFor(QStringLiteral("purposes[0].description")), QStringLiteral("Levere varer"));
        choose(qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("purposes[0].legalBasis"))), QStringLiteral("b"));
        auto *dataList = qobject_cast<QListWidget *>(form->editorFor(QStringLiteral("data")));
        check(dataList, QStringLiteral("Navn"));
        check(dataList, QStringLiteral("E-mail"));
        auto *matrix = form->findChild<MatrixEditor *>(QStringLiteral("matrix"));
        QVERIFY(matrix);
        QCOMPARE(matrix->table()->columnCount(), 2);
        check(form->findChild<QListWidget *>(QStringLiteral("matrixSubjects")), QStringLiteral("Kunder")); // the activity's subjects are chosen
        matrix->table()->item(0, 0)->setCheckState(Qt::Checked);
        matrix->table()->item(0, 1)->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("recipients#add")), Qt::LeftButton);
        choose(qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("recipients[0].party"))),
               doc->reg().parties.at(0).id);

        // AND records the transfer to India under standard contractual clauses
        ListPage *transfers = window.listPage(EntityKind::Transfer);
        QTest::mouseClick(child<QPushButton>(transfers, QStringLiteral("add")), Qt::LeftButton);
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("destination"))), QStringLiteral("IN"));
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("party"))), doc->reg().parties.at(0).id);
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("mechanism"))), QStringLiteral("art46-2-c"));

        // THEN the register holds all of it
        const Register &reg = doc->reg();
        QCOMPARE(reg.organisation.name, QStringLiteral("Bager Hansen ApS"));
        QCOMPARE(reg.activities.size(), 1);
        const ProcessingActivity &a = reg.activities.at(0);
        QCOMPARE(a.name.text(QStringLiteral("da")), QStringLiteral("Webshop"));
        QCOMPARE(a.purposes.size(), 1);
        QCOMPARE(a.purposes.at(0).legalBasis, QStringLiteral("b"));
        QCOMPARE(a.purposes.at(0).description.text(QStringLiteral("da")), QStringLiteral("Levere varer"));
        QCOMPARE(a.data.size(), 2);
        QCOMPARE(a.matrix.size(), 1);
        QCOMPARE(a.matrix.at(0).data.size(), 2);
        QCOMPARE(a.recipients.at(0).party, reg.parties.at(0).id);
        QCOMPARE(reg.transfers.at(0).mechanism, QStringLiteral("art46-2-c"));
        QCOMPARE(reg.transfers.at(0).destination, QStringLiteral("IN"));
        // AND the live preview follows in the background and states it
        window.document()->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 70 20 30 40"); }, {});
        QTRY_VERIFY_WITH_TIMEOUT(window.preview()->browser()->toPlainText().contains(QStringLiteral("+45 70 20 30 40")), 10000);
        const QString preview = window.preview()->browser()->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Webshop Ltd")), qPrintable(preview.left(300)));
        QVERIFY(preview.contains(QStringLiteral("Bager Hansen ApS")));
        const QByteArray built = Json::write(reg);

        // WHEN everything is undone, step by step, with the keyboard shortcut's action
        QUndoStack *stack = doc->undoStack();
        QVERIFY(stack->count() > 10);
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        while (stack->canUndo())
            undo->trigger();
        // THEN the register is empty again, in memory and in the file
        QCOMPARE(Json::write(doc->reg()), empty);
        Register onDisk;
        QVERIFY(Store::read(path, &onDisk, &error));
        QCOMPARE(Json::write(onDisk), empty);

        // AND redo brings it all back, and it is there after quitting and reopening
        QAction *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        while (stack->canRedo())
            redo->trigger();
        QCOMPARE(Json::write(doc->reg()), built);
        window.close();
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(Json::write(reopened.document()->reg()), built);
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

    void shouldPreviewTheLatestEditAndCloseWhileMakingIt()
    {
        // GIVEN the sample register open, its policy previewed
        QTemporaryDir dir;
        auto window = std::make_unique<MainWindow>();
        QVERIFY(openSample(dir, *window));
        window->show();
        QTextBrowser *browser = window->preview()->browser();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->toPlainText().isEmpty(), 10000);
        // WHEN the officer types a new name for the organisation, a policy for each pause
        window->showPart(EntityKind::Organisation);
        ItemForm *org = window->singletonForm(EntityKind::Organisation);
        typeInto(org->editorFor(QStringLiteral("name")), QStringLiteral("Bager Hansen ApS"));
        // THEN the preview, made in the background, ends with the name as typed last
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("Bager Hansen ApS")), 10000);
        QVERIFY(browser->document()->parent() == browser); // owned, and freed with it
        // AND the window can close while a policy is still being made
        window->preview()->regenerateInBackground();
        window.reset();
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

    void shouldShowTheRetentionScheduleAndJumpToARule()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("retentionTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("5 ")));
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("10")));
        emit table->cellActivated(0, 0);
        QCOMPARE(window.listPage(EntityKind::Activity)->form()->itemId(), QStringLiteral("sales"));
        // It follows edits.
        window.document()->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.retention.append(RetentionRule{});
        },
                                                      {});
        QTRY_COMPARE(table->rowCount(), 2);
    }

    void shouldMakePreviewAndExportTheRecord()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        // WHEN the officer opens the record; it is made in the background
        RecordWindow *record = window.openRecord();
        QVERIFY(record);
        QSignalSpy finished(record, &RecordWindow::finished);
        QTest::mouseClick(child<QPushButton>(record, QStringLiteral("makeRecord")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // THEN the preview shows its pages, and it exports as the same PDF
        QVERIFY(record->pdfDocument()->pageCount() >= 4);
        QVERIFY(record->pdfDocument()->getAllText(0).text().contains(QStringLiteral("Eksempel ApS")));
        const QString path = dir.filePath(QStringLiteral("fortegnelse.pdf"));
        QString error;
        QVERIFY2(record->exportTo(path, &error), qPrintable(error));
        QCOMPARE(Test::FileFingerprint::of(path).bytes, record->pdf());
        // AND a run can be cancelled, leaving the shown record as it was
        const QByteArray shown = record->pdf();
        record->generate();
        record->cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(record->pdf(), shown);
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
