// The start page and the register's overview, a new register and the examples, the policy's
// export dialog, About, and search: the ways in and out of a register, through real widgets.

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
#include "snapshotoperations.h"
#include "newregisterdialog.h"
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

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en"));
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

    void shouldProposeTheAuthorityOfTheOfficersLanguage_data()
    {
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QString>("country");
        QTest::newRow("Danish") << "da"
                                << "DK";
        QTest::newRow("Norwegian") << "nb"
                                   << "NO";
        QTest::newRow("Swedish") << "sv"
                                 << "SE";
        QTest::newRow("English") << "en"
                                 << "DK";
    }
    void shouldProposeTheAuthorityOfTheOfficersLanguage()
    {
        QFETCH(QString, ui);
        QFETCH(QString, country);
        // GIVEN an officer working in a language (Swedish once proposed Finland's authority)
        installUiLanguage(ui);
        // WHEN they start a new register
        NewRegisterDialog dialog;
        // THEN the authority, and with it the country and the law, are their country's
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("authority"))->currentData().toString(), country);
        child<QLineEdit>(&dialog, QStringLiteral("organisationName"))->setText(QStringLiteral("Bager Hansen"));
        const Register reg = dialog.makeRegister();
        QCOMPARE(reg.organisation.supervisoryAuthority, country);
        QCOMPARE(reg.organisation.country, country);
        QCOMPARE(reg.policy.governingLaw, country);
        installUiLanguage(QStringLiteral("en"));
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

    void shouldShowTheReviewsDueAndTheLastSubmission()
    {
        // GIVEN the sample register, one activity overdue for review and its DPIA due in ten days
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        const QDate today = QDate::currentDate();
        QVERIFY(window.document()->update<ProcessingActivity>(
            QStringLiteral("sales"),
            [&today](ProcessingActivity &a) {
                a.nextReview = today.addDays(-3);
                a.dpia.done = true;
                a.dpia.nextReview = today.addDays(10);
            },
            {}));
        window.show();
        window.showOverview();
        // THEN the overview lists both, the overdue one first, in words
        auto *reviews = child<QLabel>(&window, QStringLiteral("overviewReviews"));
        QTRY_VERIFY2(reviews->text().contains(QStringLiteral("1 overdue, 1 due in the next 30 days")), qPrintable(reviews->text()));
        const QString text = reviews->text();
        QVERIFY2(text.indexOf(QStringLiteral("Review the processing activity")) < text.indexOf(QStringLiteral("Review the data protection impact assessment")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("overdue since %1").arg(QLocale().toString(today.addDays(-3), QLocale::ShortFormat))), qPrintable(text));
        // AND a click on the DPIA's line opens the activity at the date to move
        const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"([^\"]*dpia\\.nextReview[^\"]*)\"")).match(text);
        QVERIFY2(link.hasMatch(), qPrintable(text));
        emit reviews->linkActivated(link.captured(1));
        QVERIFY(window.listPage(EntityKind::Activity)->isVisible());
        QCOMPARE(window.listPage(EntityKind::Activity)->currentId(), QStringLiteral("sales"));
        window.showOverview();

        // AND the record: not submitted yet, then the submission with its case number
        auto *record = child<QLabel>(&window, QStringLiteral("overviewRecord"));
        QVERIFY2(record->text().contains(QStringLiteral("Not submitted")), qPrintable(record->text()));
        const OperationResult kept = keepSubmitted(*window.document(), QByteArrayLiteral("%PDF-1.4 the record"),
                                                   {QDate(2026, 3, 3), QStringLiteral("Datatilsynet"), QStringLiteral("26-123")});
        QVERIFY2(kept.ok, qPrintable(kept.message));
        QTRY_VERIFY2(record->text().contains(QStringLiteral("26-123")), qPrintable(record->text()));
        QVERIFY(record->text().contains(QStringLiteral("Datatilsynet")));
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

    void shouldExportTheFirstLayerAloneForAWebsite()
    {
        // GIVEN a register open in a window
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        // WHEN the officer asks for the first layer and types an address without a scheme
        const QString out = home.filePath(QStringLiteral("first.html"));
        bool refusedBadAddress = false;
        QString shownProblem;
        std::function<void()> fill = [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog) {
                QTimer::singleShot(20, this, fill);
                return;
            }
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("exportFirstLayer")), Qt::LeftButton);
            auto *url = child<QLineEdit>(dialog, QStringLiteral("exportFullTextUrl"));
            typeInto(url, QStringLiteral("example.dk/privatliv"));
            refusedBadAddress = !ok->isEnabled();
            shownProblem = child<QLabel>(dialog, QStringLiteral("exportUrlError"))->text();
            QApplication::processEvents(); // the message's line laid out, as the officer sees it
            Test::save(dialog, QStringLiteral("export-first-layer.png"));
            // AND then the full policy's real address
            typeInto(url, QStringLiteral("https://example.dk/privatliv"));
            auto *format = child<QComboBox>(dialog, QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(int(PolicyFormat::Snippet)));
            typeInto(child<QLineEdit>(dialog, QStringLiteral("exportPath")), out);
            QTest::mouseClick(ok, Qt::LeftButton);
        };
        QTimer::singleShot(20, this, fill);
        child<QAction>(&window, QStringLiteral("exportPolicyAction"))->trigger();
        // THEN the address without a scheme was refused, and said where
        QVERIFY(refusedBadAddress);
        QVERIFY2(shownProblem.contains(QStringLiteral("example.dk/privatliv")), qPrintable(shownProblem));
        // AND the file holds the first layer, its links leading into the full policy there
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray html = written.readAll();
        QVERIFY2(html.contains("href=\"https://example.dk/privatliv#"), html.left(600).constData());
        QVERIFY2(html.contains("href=\"https://example.dk/privatliv\""), html.right(600).constData());
        QVERIFY2(!html.contains("href=\"#"), html.constData());
    }

    void shouldSayWhatVersionAndLicenceInTheAboutBox()
    {
        const QString about = aboutText();
        QVERIFY2(about.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(about));
        QVERIFY2(about.contains(QRegularExpression(QStringLiteral("Fortegnelse \\d+\\.\\d+"))), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("Licence")), qPrintable(about));
        // The components it is made with, each with its licence (the LGPL asks for it).
        for (const char *component : {"Qt 6 (LGPL-3.0)", "QuaZip (LGPL-2.1", "qpdf (Apache-2.0)", "SQLite", "zlib"})
            QVERIFY2(about.contains(QLatin1String(component)), component);
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
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestStartPage tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_startpage.moc"
