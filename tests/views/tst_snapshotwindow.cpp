// A snapshot's register opened read-only in a window of its own (issue 16): the state the
// policy was published from, as it was then, refusing every change with the reason, and
// saved as a new register that can be edited. The register itself is left as it is.
// A screenshot for the docs with FORTEGNELSE_SCREENSHOTS=<dir>.

#include "document.h"
#include "documentbanner.h"
#include "historysupport.h"
#include "itemoperations.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "snapshotoperations.h"
#include "snapshotsdialog.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Fortegnelse;
using namespace Fortegnelse::Test::History;
using Fortegnelse::Test::child;

namespace {

QString salesNameIn(const Document &doc)
{
    const ProcessingActivity *sales = doc.reg().activities.find(QStringLiteral("sales"));
    return sales ? sales->name.text(QStringLiteral("da")) : QString();
}

} // namespace

class TestSnapshotWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldOpenTheStateASnapshotKeptReadOnly()
    {
        // GIVEN a register whose policy was published, then changed
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        Document &doc = *window.document();
        QVERIFY(publishPolicy(doc, QStringLiteral("2.0"), QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC)));
        QVERIFY(renameSales(doc, QStringLiteral("Handel")));
        const QDateTime lastChange = doc.lastChange();

        // WHEN the publishing is opened read-only from the snapshots
        window.findChild<QAction *>(QStringLiteral("snapshotsAction"))->trigger();
        auto *dialog = window.findChild<SnapshotsDialog *>();
        QVERIFY(dialog);
        QStringList warnings;
        dialog->warn = [&](const QString &, const QString &text) { warnings.append(text); };
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("openReadOnly"))->isEnabled());
        std::unique_ptr<QWidget> opened(dialog->openReadOnly());

        // THEN a window of its own shows the register as it stood: "Salg", not "Handel"
        QVERIFY2(opened, qPrintable(warnings.join(u'\n')));
        auto *kept = qobject_cast<MainWindow *>(opened.get());
        QVERIFY(kept);
        QVERIFY(kept->parent() == nullptr);
        Document *then = kept->document();
        QVERIFY(then);
        QCOMPARE(salesNameIn(*then), salesName);
        QCOMPARE(salesNameIn(doc), QStringLiteral("Handel"));
        // AND it is read-only, and the banner and the title say which state it is
        QVERIFY(then->isReadOnly());
        QVERIFY2(kept->banner()->text().contains(QStringLiteral("Policy version 2.0 published")),
                 qPrintable(kept->banner()->text()));
        QVERIFY2(kept->windowTitle().contains(QStringLiteral("read-only")), qPrintable(kept->windowTitle()));
        // AND a change is refused and changes nothing, here or in the register
        QVERIFY(!renameSales(*then, QStringLiteral("Noget andet")));
        QCOMPARE(salesNameIn(*then), salesName);
        QCOMPARE(then->undoStack()->count(), 0);
        QVERIFY2(kept->banner()->text().endsWith(QStringLiteral("\nThe change was not made.")), qPrintable(kept->banner()->text()));
        QCOMPARE(kept->banner()->text().count(QStringLiteral("It is kept as it was")), 1);
        // AND it cannot be published again from here
        auto *publish = kept->findChild<QAction *>(QStringLiteral("publishPolicyAction"));
        QVERIFY(publish);
        QVERIFY(!publish->isEnabled());
        // AND its problems are listed, as in any window (once the checks have run)
        QTreeWidget *problems = kept->problems()->list();
        QTRY_VERIFY(problems->topLevelItemCount() > 0);
        QTest::qWait(50); // the list lays its rows out on a timer; the picture waits for it
        Test::save(kept, QStringLiteral("snapshot-read-only.png"));

        // WHEN it is saved as a copy
        const QString copy = dir.filePath(QStringLiteral("as-published.ropa"));
        QString error;
        QVERIFY2(then->saveCopyAs(copy, &error), qPrintable(error));

        // THEN the copy is a register of its own that can be edited, holding the state kept
        auto reopened = Document::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(!reopened->isReadOnly());
        QCOMPARE(salesNameIn(*reopened), salesName);
        QVERIFY(renameSales(*reopened, QStringLiteral("Salg og service")));
        // AND the register the snapshot belongs to was not written
        QCOMPARE(doc.lastChange(), lastChange);
        QCOMPARE(salesNameIn(doc), QStringLiteral("Handel"));
        QVERIFY(warnings.isEmpty());
        delete dialog;
    }

    void shouldSayWhenTheSnapshotCannotBeRead()
    {
        // GIVEN a snapshot whose kept register is not a register
        Snapshot broken;
        broken.seq = 7;
        broken.registerJson = QByteArrayLiteral("{ not json");
        std::unique_ptr<Document> doc;

        // WHEN it is opened
        const OperationResult result = openKeptState(QStringLiteral("r.ropa"), broken, &doc);

        // THEN nothing is opened, and the message says which snapshot and where
        QVERIFY(!result);
        QVERIFY(!doc);
        QVERIFY2(result.message.contains(QStringLiteral("r.ropa")) && result.message.contains(QStringLiteral("snapshot 7")),
                 qPrintable(result.message));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/fortegnelse-screen-XXXXXX.json"));
    if (!Test::useOneScreen(config, QStringLiteral("1280x720")))
        return 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseSnapshotWindowTests"));
    TestSnapshotWindow tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_snapshotwindow.moc"
