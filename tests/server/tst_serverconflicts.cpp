// Issue 17: two windows on one register on a real PostgreSQL 15 server change the same
// item; the refused one sees the colleague's value, who and when, and takes theirs or
// keeps its own as a new edit (operations/conflictoperations.h). The same for an undo of
// a step a colleague has since built on, and for a reload, which keeps the undo history.

#include "conflictoperations.h"
#include "jsoncodec.h"
#include "serversupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>

using namespace Fortegnelse;
using namespace Fortegnelse::Test;

namespace {

QString notesOf(const Document &doc, const QString &id)
{
    const int i = doc.reg().activities.indexOf(id);
    return i < 0 ? QStringLiteral("<gone>") : doc.reg().activities.at(i).notes;
}

bool setNotes(Document &doc, const QString &id, const QString &value)
{
    return doc.update<ProcessingActivity>(
        id, [&](ProcessingActivity &a) { a.notes = value; }, QStringLiteral("Notes"));
}

/// Typing into the department: consecutive keystrokes merge into one step.
bool typeDepartment(Document &doc, const QString &id, const QString &value)
{
    return doc.update<ProcessingActivity>(
        id, [&](ProcessingActivity &a) { a.department = value; }, QStringLiteral("Department"),
        QStringLiteral("department"));
}

/// What a third window, opened now, reads: the server's state.
QString onServer(const QString &url, const QString &id, bool notes = false)
{
    QString error;
    auto doc = Document::open(url, &error, Document::Mode::ReadOnly);
    if (!doc)
        return QStringLiteral("refused: ") + error;
    return notes ? notesOf(*doc, id) : departmentOf(*doc, id);
}

} // namespace

class TestServerConflicts : public QObject
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

    void staleEdit_data()
    {
        QTest::addColumn<QString>("theirs"); // what the colleague did first to activity-1
        QTest::addColumn<bool>("keep"); // the officer keeps their own change
        QTest::addColumn<QString>("department"); // afterwards, on the server
        QTest::addColumn<QString>("notes");
        QTest::newRow("same field, take theirs") << "department" << false << "theirs"
                                                 << "";
        QTest::newRow("same field, keep mine") << "department" << true << "mine"
                                               << "";
        QTest::newRow("other field, take theirs") << "notes" << false << "start"
                                                  << "their note";
        QTest::newRow("other field, keep mine: theirs stays") << "notes" << true << "mine"
                                                              << "their note";
        QTest::newRow("deleted, take theirs") << "delete" << false << "<gone>"
                                              << "<gone>";
        QTest::newRow("deleted, keep mine: made again") << "delete" << true << "mine"
                                                        << "";
    }

    void staleEdit()
    {
        QFETCH(QString, theirs);
        QFETCH(bool, keep);
        QFETCH(QString, department);
        QFETCH(QString, notes);
        const QString url = m_server.newRegister(activitiesRegister(3));
        const QString id = QStringLiteral("activity-1");
        QString error;
        auto me = Document::open(url, &error);
        auto colleague = Document::open(url, &error);
        QVERIFY2(me && colleague, qPrintable(error));
        if (theirs == u"department")
            QVERIFY(setDepartment(*colleague, id, QStringLiteral("theirs")));
        else if (theirs == u"notes")
            QVERIFY(setNotes(*colleague, id, QStringLiteral("their note")));
        else
            QVERIFY(colleague->remove<ProcessingActivity>(id));

        // This window has not heard of it yet: its edit is refused as a conflict.
        QSignalSpy found(me.get(), &Document::conflictFound);
        const int history = me->undoStack()->count();
        QVERIFY(!setDepartment(*me, id, QStringLiteral("mine")));
        QCOMPARE(found.size(), 1);
        QVERIFY(me->lastConflict());
        const EditConflict c = *me->lastConflict();
        QCOMPARE(c.kind, EntityKind::Activity);
        QCOMPARE(c.id, id);
        QCOMPARE(c.undo, false);
        QCOMPARE(c.theyDeleted(), theirs == u"delete");
        if (!c.theyDeleted()) {
            QCOMPARE(c.by, PgCluster::superuser());
            QVERIFY(c.at.isValid());
            QVERIFY(qAbs(c.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        // What the dialog shows: the field, their value, mine.
        const ConflictSummary summary = describeConflict(me->reg(), c);
        QVERIFY2(summary.headline.contains(theirs == u"delete" ? QStringLiteral("deleted") : PgCluster::superuser()),
                 qPrintable(summary.headline));
        QVERIFY2(summary.headline.contains(QStringLiteral("Aktivitet 1")), qPrintable(summary.headline));
        QCOMPARE(summary.rows.size(), 1);
        QCOMPARE(summary.rows.first().field, QStringLiteral("department"));
        QVERIFY2(summary.rows.first().mine.contains(QStringLiteral("mine")), qPrintable(summary.rows.first().mine));
        QCOMPARE(summary.rows.first().theyChangedItToo, theirs == u"department");
        if (theirs == u"department")
            QVERIFY2(summary.rows.first().theirs.contains(QStringLiteral("theirs")), qPrintable(summary.rows.first().theirs));
        QCOMPARE(summary.theirOtherFields.size(), theirs == u"notes" ? 1 : 0);

        const OperationResult result = keep ? keepMine(*me) : takeTheirs(*me);
        QVERIFY2(result, qPrintable(result.message));
        QVERIFY(!me->lastConflict());
        QCOMPARE(onServer(url, id), department);
        QCOMPARE(onServer(url, id, true), notes);
        QCOMPARE(departmentOf(*me, id), department);
        // Keeping mine is one new step; taking theirs writes nothing.
        QCOMPARE(me->undoStack()->count(), history + (keep ? 1 : 0));
        if (keep) {
            // ... which is undone as one step, back to what the colleague left.
            QVERIFY(me->undo());
            QCOMPARE(onServer(url, id), theirs == u"department" ? QStringLiteral("theirs") : theirs == u"notes" ? QStringLiteral("start")
                                                                                                                : QStringLiteral("<gone>"));
        }
    }

    void undoOfWhatAColleagueBuiltOn_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QString>("department");
        QTest::newRow("take theirs") << false << "theirs";
        QTest::newRow("keep mine: the undo made as a new edit") << true << "start";
    }

    void undoOfWhatAColleagueBuiltOn()
    {
        QFETCH(bool, keep);
        QFETCH(QString, department);
        const QString url = m_server.newRegister(activitiesRegister(3));
        const QString id = QStringLiteral("activity-2");
        QString error;
        auto me = Document::open(url, &error);
        auto colleague = Document::open(url, &error);
        QVERIFY2(me && colleague, qPrintable(error));
        QVERIFY(setDepartment(*me, id, QStringLiteral("mine")));
        QVERIFY(setNotes(*me, QStringLiteral("activity-3"), QStringLiteral("my other step")));
        QVERIFY(colleague->checkForExternalChanges());
        QVERIFY(setDepartment(*colleague, id, QStringLiteral("theirs")));
        // This window reads the colleague's change; its history is kept.
        QVERIFY(me->checkForExternalChanges());
        QCOMPARE(departmentOf(*me, id), QStringLiteral("theirs"));
        QCOMPARE(me->undoStack()->count(), 2);
        // The later step still applies: undone as usual.
        QVERIFY(me->undo());
        QCOMPARE(onServer(url, QStringLiteral("activity-3"), true), QString());
        // The earlier one would overwrite the colleague's change: refused, never applied blindly.
        QSignalSpy failed(me.get(), &Document::writeFailed);
        QSignalSpy found(me.get(), &Document::conflictFound);
        QVERIFY(!me->undo());
        QCOMPARE(found.size(), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(PgCluster::superuser()), qPrintable(failed.first().first().toString()));
        QCOMPARE(me->undoStack()->index(), 1);
        QCOMPARE(onServer(url, id), QStringLiteral("theirs"));
        const EditConflict c = *me->lastConflict();
        QVERIFY(c.undo);
        QCOMPARE(c.by, PgCluster::superuser());
        const ConflictSummary summary = describeConflict(me->reg(), c);
        QCOMPARE(summary.rows.size(), 1);
        QVERIFY2(summary.rows.first().theirs.contains(QStringLiteral("theirs")), qPrintable(summary.rows.first().theirs));
        QVERIFY2(summary.rows.first().mine.contains(QStringLiteral("start")), qPrintable(summary.rows.first().mine));

        const OperationResult result = keep ? keepMine(*me) : takeTheirs(*me);
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(onServer(url, id), department);
        QCOMPARE(departmentOf(*me, id), department);
    }

    void typingAfterAReloadIsAStepOfItsOwn()
    {
        // Typing merges into one step; after the colleague's change to another field of
        // the item is read in, the next keystroke must not merge into the step before it,
        // or undoing it would take the colleague's change back.
        const QString url = m_server.newRegister(activitiesRegister(2));
        const QString id = QStringLiteral("activity-1");
        QString error;
        auto me = Document::open(url, &error);
        auto colleague = Document::open(url, &error);
        QVERIFY2(me && colleague, qPrintable(error));
        QVERIFY(typeDepartment(*me, id, QStringLiteral("H")));
        QVERIFY(typeDepartment(*me, id, QStringLiteral("HR")));
        QCOMPARE(me->undoStack()->count(), 1);
        QVERIFY(colleague->checkForExternalChanges());
        QVERIFY(setNotes(*colleague, id, QStringLiteral("their note")));
        QVERIFY(me->checkForExternalChanges());
        QVERIFY(typeDepartment(*me, id, QStringLiteral("HR2")));
        QCOMPARE(me->undoStack()->count(), 2);
        QVERIFY(me->undo());
        QCOMPARE(onServer(url, id), QStringLiteral("HR"));
        QCOMPARE(onServer(url, id, true), QStringLiteral("their note"));
        // The step before the reload would take their note back: refused.
        QVERIFY(!me->undo());
        QCOMPARE(onServer(url, id, true), QStringLiteral("their note"));
    }
};

FORTEGNELSE_SERVER_TEST_MAIN(TestServerConflicts)
#include "tst_serverconflicts.moc"
