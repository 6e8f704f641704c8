// The list pages, their model and the problems list, driven through the main window as an
// officer would use them.

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

#include <QAbstractItemModelTester>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

class TestLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en")); // English plurals: "3 errors"
    }

    void shouldNameWhatRefersToAnItemBeforeDeletingIt()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        ListPage *page = window.listPage(EntityKind::Party);
        page->select(QStringLiteral("hosting"));
        QString asked;
        page->confirm = [&](const QString &q) { asked = q; return false; };
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("delete")), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Salg")) && asked.contains(QStringLiteral("Cloud Inc.")), qPrintable(asked));
        QCOMPARE(window.document()->reg().parties.size(), 2); // answered no
        page->confirm = [](const QString &) { return true; };
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("delete")), Qt::LeftButton);
        QCOMPARE(window.document()->reg().parties.size(), 1);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->reg().parties.size(), 2);
    }

    void shouldFilterAndSortTheList()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        ListPage *page = window.listPage(EntityKind::Party);
        QCOMPARE(page->view()->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("filter")), QStringLiteral("cloud"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
    }

    void shouldListProblemsLiveAndJumpToTheField()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeWidget *list = window.problems()->list();
        const int before = list->topLevelItemCount();
        auto *errors = child<QToolButton>(window.problems(), QStringLiteral("errorsButton"));
        const int errorsBefore = errors->text().section(QLatin1Char(' '), 0, 0).toInt();
        // GIVEN a purpose on legitimate interests without the interest described
        window.document()->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.purposes[0].legalBasis = QStringLiteral("f");
        },
                                                      {});
        // THEN the problem is listed at once
        QTreeWidgetItem *found = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(2, Qt::UserRole).toString() == u"purposes[0].legitimateInterest")
                found = list->topLevelItem(i);
        QVERIFY2(found, "the problem was not listed");
        QVERIFY(list->topLevelItemCount() > before);
        QCOMPARE(errors->text(), QStringLiteral("%1 errors").arg(errorsBefore + 1));
        // AND activating it opens the activity with the field focused
        emit list->itemActivated(found, 0);
        ItemForm *form = window.listPage(EntityKind::Activity)->form();
        QCOMPARE(form->itemId(), QStringLiteral("sales"));
        QCOMPARE(QApplication::focusWidget(), form->editorFor(QStringLiteral("purposes[0].legitimateInterest")));
        // AND filtering by severity hides it
        child<QToolButton>(window.problems(), QStringLiteral("errorsButton"))->click();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(list->topLevelItem(i)->data(2, Qt::UserRole).toString() != u"purposes[0].legitimateInterest");
    }

    void shouldUpdateOnlyTheProblemsAnEditChanges()
    {
        // GIVEN the sample register, its problems listed, the last one selected
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        QTreeWidget *list = window.problems()->list();
        QVERIFY(list->topLevelItemCount() > 2);
        const auto activityOf = [](const QTreeWidgetItem *row) {
            return EntityKind(row->data(0, Qt::UserRole).toInt()) == EntityKind::Activity ? row->data(1, Qt::UserRole).toString() : QString();
        };
        QString id;
        for (int i = 0; i < list->topLevelItemCount() && id.isEmpty(); ++i)
            id = activityOf(list->topLevelItem(i));
        QVERIFY2(!id.isEmpty(), "no activity has a problem");
        QTreeWidgetItem *last = list->topLevelItem(list->topLevelItemCount() - 1);
        QVERIFY(activityOf(last) != id);
        list->setCurrentItem(last);
        // WHEN that activity is renamed, which its problems' rows show
        Document *doc = window.document();
        QVERIFY(doc->update<ProcessingActivity>(id, [](ProcessingActivity &a) {
            for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("sv")})
                a.name.set(lang, QStringLiteral("Omdøbt aktivitet"));
        },
                                                {}));
        // THEN the list reads as a new panel's would
        ProblemsPanel fresh;
        fresh.setDocument(doc);
        QCOMPARE(list->topLevelItemCount(), fresh.list()->topLevelItemCount());
        bool renamed = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(list->topLevelItem(i)->text(c), fresh.list()->topLevelItem(i)->text(c));
                renamed = renamed || list->topLevelItem(i)->text(c) == u"Omdøbt aktivitet";
            }
        QVERIFY(renamed);
        // AND a row the edit did not touch is the same row, still selected
        QCOMPARE(list->currentItem(), last);
    }

    void shouldKeepTheListModelConsistent()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        RegisterListModel model(doc.get(), EntityKind::Party);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const QString id = doc->add(Party{});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(2), id);
        doc->update<Party>(id, [](Party &p) { p.name = QStringLiteral("Ny"); }, {});
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Ny"));
        QVERIFY(doc->remove<Party>(QStringLiteral("hosting")));
        QCOMPARE(model.rowCount(), 2);
        doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(0), QStringLiteral("hosting"));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestLists tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_lists.moc"
