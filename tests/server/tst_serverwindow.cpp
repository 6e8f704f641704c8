// Issue 17 through real widgets on a real PostgreSQL 15 server: the officer's unsaved
// typing survives a colleague's change being read in, a refused edit opens the conflict
// dialog, and only the register's administrator may publish the policy.

#include "conflictdialog.h"
#include "itemform.h"
#include "itemoperations.h"
#include "mainwindow.h"
#include "serversupport.h"
#include "snapshotoperations.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>

using namespace Fortegnelse;
using namespace Fortegnelse::Test;

namespace {

bool setNotes(Document &doc, const QString &id, const QString &value)
{
    return doc.update<ProcessingActivity>(
        id, [&](ProcessingActivity &a) { a.notes = value; }, QStringLiteral("Notes"));
}

QString editorText(QWidget *w)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText();
    return QStringLiteral("<no editor>");
}

/// Keeps a picture of \a w when FORTEGNELSE_SCREENSHOTS names a folder, to look at.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

    ServerFixture m_server;

private slots:
    void initTestCase()
    {
        if (PgCluster::binDir().isEmpty())
            QSKIP("PostgreSQL 15 is not installed (postgresql-15)");
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void typingSurvivesAColleaguesChange_data()
    {
        QTest::addColumn<QString>("item"); // what the colleague changes
        QTest::addColumn<QString>("field");
        QTest::newRow("another field of the same item") << "activity-1"
                                                        << "notes";
        QTest::newRow("another item") << "activity-2"
                                      << "department";
    }

    void typingSurvivesAColleaguesChange()
    {
        QFETCH(QString, item);
        QFETCH(QString, field);
        const QString url = m_server.newRegister(activitiesRegister(2));
        QString error;
        auto me = Document::open(url, &error);
        auto colleague = Document::open(url, &error);
        QVERIFY2(me && colleague, qPrintable(error));
        ItemForm form;
        form.setItem(me.get(), EntityKind::Activity, QStringLiteral("activity-1"));
        form.resize(700, 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *department = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("department")));
        QVERIFY(department);
        department->setFocus();
        department->end(false);
        {
            // Typed, not yet committed: the editor holds text the register does not.
            const QSignalBlocker uncommitted(department);
            QTest::keyClicks(department, QStringLiteral(" og løn"));
        }
        QCOMPARE(department->text(), QStringLiteral("start og løn"));
        QCOMPARE(departmentOf(*me, QStringLiteral("activity-1")), QStringLiteral("start"));

        QSignalSpy reloaded(me.get(), &Document::reloaded);
        QVERIFY(field == u"notes" ? setNotes(*colleague, item, QStringLiteral("their note"))
                                  : setDepartment(*colleague, item, QStringLiteral("theirs")));
        QVERIFY(reloaded.wait(10000)); // the notification, processed as the window would
        QCOMPARE(field == u"notes" ? me->reg().activities.find(item)->notes : departmentOf(*me, item),
                 field == u"notes" ? QStringLiteral("their note") : QStringLiteral("theirs"));
        QCOMPARE(department->text(), QStringLiteral("start og løn"));
        if (field == u"notes")
            QCOMPARE(editorText(form.editorFor(QStringLiteral("notes"))), QStringLiteral("their note"));
    }

    void aRefusedEditOpensTheConflictDialog_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QString>("department");
        QTest::newRow("take theirs") << false << "theirs";
        QTest::newRow("keep mine") << true << "mine";
    }

    void aRefusedEditOpensTheConflictDialog()
    {
        QFETCH(bool, keep);
        QFETCH(QString, department);
        const QString url = m_server.newRegister(activitiesRegister(2));
        MainWindow window;
        QStringList warnings;
        window.warn = [&](const QString &, const QString &text) { warnings.append(text); };
        QVERIFY(window.openFile(url));
        window.resize(1280, 720);
        window.show();
        QString error;
        auto colleague = Document::open(url, &error);
        QVERIFY2(colleague, qPrintable(error));
        QVERIFY(setDepartment(*colleague, QStringLiteral("activity-1"), QStringLiteral("theirs")));
        // The window's edit goes out before it has heard of theirs.
        QVERIFY(!setDepartment(*window.document(), QStringLiteral("activity-1"), QStringLiteral("mine")));
        auto *dialog = window.findChild<ConflictDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(warnings.isEmpty()); // the dialog says it, not a second message box
        screenshot(dialog, QStringLiteral("conflict-dialog"));
        QTest::mouseClick(keep ? dialog->keepMineButton() : dialog->takeTheirsButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ConflictDialog *>());
        QCOMPARE(departmentOf(*window.document(), QStringLiteral("activity-1")), department);
        auto reader = Document::open(url, &error, Document::Mode::ReadOnly);
        QCOMPARE(departmentOf(*reader, QStringLiteral("activity-1")), department);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void onlyTheAdministratorPublishes_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("mayPublish");
        QTest::newRow("reader") << "reader" << false;
        QTest::newRow("editor") << "editor" << false;
        QTest::newRow("administrator") << "admin" << true;
    }

    void onlyTheAdministratorPublishes()
    {
        QFETCH(QString, role);
        QFETCH(bool, mayPublish);
        const QString url = m_server.newRegister(activitiesRegister(1));
        ServerAddress a;
        QString error;
        QVERIFY(ServerAddress::parse(url, &a, &error));
        const QString login = QStringLiteral("%1_%2_publisher").arg(a.database, role);
        m_server.sql(url, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2_%3").arg(login, a.database, role));
        const QString theirUrl = m_server.cluster.url(a.database, login);

        MainWindow window;
        window.warn = [](const QString &, const QString &text) { qWarning("%s", qPrintable(text)); };
        QVERIFY(window.openFile(theirUrl));
        auto *publish = window.findChild<QAction *>(QStringLiteral("publishPolicyAction"));
        QVERIFY(publish);
        QCOMPARE(publish->isEnabled(), mayPublish);
        const QString why = window.document()->administratorOnlyReason();
        QCOMPARE(why.isEmpty(), mayPublish);
        if (!mayPublish) {
            // Says why: the role that may, and who this is.
            QVERIFY2(publish->statusTip().contains(role == u"reader" ? login : a.database + QStringLiteral("_admin")),
                     qPrintable(publish->statusTip()));
            QVERIFY2(publish->text().contains(QStringLiteral("administrators only")), qPrintable(publish->text()));
        }
        // The operation itself refuses too, not only the menu.
        QCOMPARE(publishPolicy(*window.document(), QStringLiteral("2.0"), QDateTime::currentDateTime()), mayPublish);
        auto reader = Document::open(url, &error, Document::Mode::ReadOnly);
        QCOMPARE(reader->reg().policy.version == u"2.0", mayPublish);
        // Submitting the record is the administrator's in the same way, with the reason.
        const OperationResult submitted = keepSubmitted(*window.document(), QByteArrayLiteral("%PDF-1.4"),
                                                        {QDate(2026, 3, 4), QStringLiteral("Datatilsynet"), {}});
        QCOMPARE(bool(submitted), mayPublish);
        if (!mayPublish)
            QCOMPARE(submitted.message, window.document()->filePath() + QStringLiteral(": ") + why);
        QList<Snapshot> kept;
        QVERIFY(reader->readSnapshots({}, &kept, &error));
        QCOMPARE(kept.size(), mayPublish ? 2 : 0);
    }

    void thePublishMenuFollowsTheServer()
    {
        // GIVEN the window of someone who may publish, on a register on the server
        const QString url = m_server.newRegister(activitiesRegister(1));
        MainWindow window;
        window.warn = [](const QString &, const QString &) {};
        QVERIFY(window.openFile(url));
        auto *publish = window.findChild<QAction *>(QStringLiteral("publishPolicyAction"));
        QVERIFY(publish);
        QVERIFY(publish->isEnabled());

        // WHEN the server goes away and an edit finds it gone
        QString error;
        QVERIFY2(m_server.cluster.stop(&error), qPrintable(error));
        QVERIFY(!setDepartment(*window.document(), QStringLiteral("activity-1"), QStringLiteral("lost")));

        // THEN publishing is not offered while the register is read-only, and the menu says why
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(!publish->isEnabled());
        QCOMPARE(publish->statusTip(), window.document()->readOnlyReason());

        // WHEN the server is back and the window has reconnected by itself
        QVERIFY2(m_server.cluster.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isReadOnly(), 10000);

        // THEN it is offered again
        QVERIFY(publish->isEnabled());
        QVERIFY(publish->statusTip().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    Fortegnelse::Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    TestServerWindow tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_serverwindow.moc"
