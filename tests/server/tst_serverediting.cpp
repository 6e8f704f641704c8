// Issue 17: officers editing one register on a PostgreSQL server at once, against a real
// PostgreSQL 15 cluster started for this test (pgcluster.h): stale edits refused, live
// refresh, the server stopping mid-edit, and many writers (in processes of their own)
// losing nothing.

#include "jsoncodec.h"
#include "serversupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QUrl>

using namespace Fortegnelse;
using namespace Fortegnelse::Test;

class TestServerEditing : public QObject
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

    void staleEditIsRefused_data()
    {
        QTest::addColumn<QString>("theirs"); // what the colleague does to activity-1
        QTest::addColumn<QString>("mine"); // what this window then tries on it
        QTest::newRow("edit after their edit") << "edit"
                                               << "edit";
        QTest::newRow("delete after their edit") << "edit"
                                                 << "delete";
        QTest::newRow("edit after their delete") << "delete"
                                                 << "edit";
        QTest::newRow("undo after their edit") << "edit"
                                               << "undo";
        QTest::newRow("redo after their edit") << "edit"
                                               << "redo";
    }

    void staleEditIsRefused()
    {
        QFETCH(QString, theirs);
        QFETCH(QString, mine);
        const QString url = m_server.newRegister(activitiesRegister(3));
        QString error;
        auto me = Document::open(url, &error);
        QVERIFY2(me, qPrintable(error));
        auto colleague = Document::open(url, &error);
        QVERIFY2(colleague, qPrintable(error));
        const QString id = QStringLiteral("activity-1");
        if (mine == u"undo" || mine == u"redo") {
            QVERIFY(setDepartment(*me, id, QStringLiteral("mine")));
            if (mine == u"redo")
                QVERIFY(me->undo());
            // The colleague sees that first, then builds on it.
            QVERIFY(colleague->checkForExternalChanges());
        }
        if (theirs == u"edit")
            QVERIFY(setDepartment(*colleague, id, QStringLiteral("theirs")));
        else
            QVERIFY(colleague->remove<ProcessingActivity>(id));
        const QByteArray server = exported(url);

        // No event is processed in between: this window has not heard of it yet.
        const QByteArray before = Json::write(me->reg());
        const int history = me->undoStack()->index();
        QSignalSpy failed(me.get(), &Document::writeFailed);
        bool ok = true;
        if (mine == u"edit")
            ok = setDepartment(*me, id, QStringLiteral("mine too"));
        else if (mine == u"delete")
            ok = me->remove<ProcessingActivity>(id);
        else if (mine == u"undo")
            ok = me->undo();
        else
            ok = me->redo();
        QVERIFY(!ok);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(theirs == u"edit" ? PgCluster::superuser() : QStringLiteral("deleted")),
                 qPrintable(message));
        // The step failed as a whole: this window, its history and the server are as they were.
        QCOMPARE(Json::write(me->reg()), before);
        QCOMPARE(me->undoStack()->index(), history);
        QCOMPARE(exported(url), server);
        // The store says what the colleague left.
        // Then the window reads the register again, and an edit goes through.
        QVERIFY(me->checkForExternalChanges());
        QCOMPARE(departmentOf(*me, id), theirs == u"edit" ? QStringLiteral("theirs") : QStringLiteral("<gone>"));
        QVERIFY(setDepartment(*me, QStringLiteral("activity-2"), QStringLiteral("after")));
    }

    void liveRefresh()
    {
        const QString url = m_server.newRegister(activitiesRegister(50));
        QString error;
        auto me = Document::open(url, &error);
        auto colleague = Document::open(url, &error, Document::Mode::ReadOnly);
        QVERIFY2(me && colleague, qPrintable(error));
        QList<qint64> latencies;
        for (int i = 0; i < 10; ++i) {
            QSignalSpy reloaded(colleague.get(), &Document::reloaded);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(setDepartment(*me, QStringLiteral("activity-7"), QStringLiteral("v%1").arg(i)));
            QVERIFY(reloaded.wait(10000));
            latencies.append(clock.elapsed());
            QCOMPARE(departmentOf(*colleague, QStringLiteral("activity-7")), QStringLiteral("v%1").arg(i));
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("live refresh latency over 10 commits: median %lld ms, worst %lld ms", latencies.at(5),
              latencies.last());
        // How fast is the benchmark's to say (bench_server), not a timed assertion's: a loaded
        // machine or a sanitizer build may take longer, and the window must still refresh.
    }

    void serverStopsMidEdit()
    {
        const QString url = m_server.newRegister(activitiesRegister(5));
        QString error;
        auto doc = Document::open(url, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(setDepartment(*doc, QStringLiteral("activity-1"), QStringLiteral("before")));
        QVERIFY2(m_server.cluster.stop(&error), qPrintable(error));

        QSignalSpy failed(doc.get(), &Document::writeFailed);
        const QByteArray before = Json::write(doc->reg());
        QVERIFY(!setDepartment(*doc, QStringLiteral("activity-1"), QStringLiteral("lost")));
        QVERIFY(failed.size() >= 1);
        QVERIFY2(failed.first().first().toString().contains(u"not made"), qPrintable(failed.first().first().toString()));
        QCOMPARE(Json::write(doc->reg()), before);
        QVERIFY(doc->isReadOnly());
        QVERIFY2(doc->readOnlyReason().contains(u"reconnects"), qPrintable(doc->readOnlyReason()));
        QVERIFY(!doc->checkForExternalChanges()); // still gone: stays read-only

        QVERIFY2(m_server.cluster.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isReadOnly(), 10000); // its own timer reconnects
        QCOMPARE(departmentOf(*doc, QStringLiteral("activity-1")), QStringLiteral("before"));
        QVERIFY(setDepartment(*doc, QStringLiteral("activity-1"), QStringLiteral("after")));
        auto other = Document::open(url, &error, Document::Mode::ReadOnly);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(departmentOf(*other, QStringLiteral("activity-1")), QStringLiteral("after"));
    }

    void commitLosesItsConnection()
    {
        // GIVEN a server whose connection ends while it commits the next change: a deferred
        // trigger, run at COMMIT, ends its own backend, so the answer never comes
        const QString url = m_server.newRegister(activitiesRegister(5));
        QString error;
        m_server.cluster.psql(QUrl(url).path().mid(1), QStringLiteral(R"(
            CREATE FUNCTION end_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.body LIKE '%lost at commit%' THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER end_at_commit AFTER INSERT OR UPDATE ON activities
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION end_at_commit();)"),
                              &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto doc = Document::open(url, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(setDepartment(*doc, QStringLiteral("activity-1"), QStringLiteral("before")));

        // WHEN the officer makes that change
        QSignalSpy failed(doc.get(), &Document::writeFailed);
        QSignalSpy reloaded(doc.get(), &Document::reloaded);
        QVERIFY(!setDepartment(*doc, QStringLiteral("activity-1"), QStringLiteral("lost at commit")));

        // THEN the window says it is not known whether it was made, and goes read-only
        QVERIFY(!failed.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(u"not known whether it was made"),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(doc->isReadOnly());
        // AND once it has reconnected by itself, it says the change was not saved
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isReadOnly(), 10000);
        QVERIFY(!reloaded.isEmpty());
        QVERIFY2(reloaded.last().first().toString().contains(u"was not saved"),
                 qPrintable(reloaded.last().first().toString()));
        QCOMPARE(departmentOf(*doc, QStringLiteral("activity-1")), QStringLiteral("before"));
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void manyWritersLoseNothing_data()
    {
        QTest::addColumn<int>("writers");
        QTest::addColumn<int>("edits");
        QTest::addColumn<bool>("restarts");
        QTest::newRow("4 writers x 500 edits") << 4 << 500 << false;
        QTest::newRow("4 writers x 100 edits, server restarts") << 4 << 100 << true;
    }

    void manyWritersLoseNothing()
    {
        QFETCH(int, writers);
        QFETCH(int, edits);
        QFETCH(bool, restarts);
        constexpr int items = 12; // few items, so writers overlap all the time
        const QString url = m_server.newRegister(activitiesRegister(items));
        QString error;
        std::vector<std::unique_ptr<Document>> docs;
        for (int w = 0; w < writers; ++w) {
            docs.push_back(Document::open(url, &error));
            QVERIFY2(docs.back(), qPrintable(error));
        }
        QRandomGenerator random(17);
        QHash<QString, QString> committed; // the last value reported committed per item
        int made = 0, refused = 0;
        for (int n = 0; n < writers * edits; ++n) {
            Document &doc = *docs.at(size_t(random.bounded(writers)));
            if (restarts && random.bounded(60) == 0) {
                QVERIFY(m_server.cluster.stop(&error));
                QVERIFY(m_server.cluster.restart(&error));
            }
            // Sometimes a window has heard of its colleagues' changes, sometimes not yet.
            if (random.bounded(3) == 0)
                QCoreApplication::processEvents();
            if (random.bounded(4) == 0)
                doc.checkForExternalChanges();
            const QString id = QStringLiteral("activity-%1").arg(random.bounded(items) + 1);
            const QString value = QStringLiteral("edit-%1").arg(n);
            if (setDepartment(doc, id, value)) {
                ++made;
                committed.insert(id, value);
            } else {
                ++refused;
            }
        }
        auto reader = Document::open(url, &error, Document::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->reg().activities.size(), items);
        for (int i = 1; i <= items; ++i) {
            const QString id = QStringLiteral("activity-%1").arg(i);
            QCOMPARE(departmentOf(*reader, id), committed.value(id, QStringLiteral("start")));
            QCOMPARE(reader->reg().activities.at(i - 1).name.text(QStringLiteral("da")),
                     QStringLiteral("Aktivitet %1").arg(i));
        }
        qInfo("%d writers, %d edits: %d committed, %d refused as stale or while the server was away", writers,
              writers * edits, made, refused);
        QCOMPARE(made + refused, writers * edits);
        QVERIFY(made > 0 && refused > 0);
    }

    void writerProcessesLoseNothing_data()
    {
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("edits");
        QTest::addColumn<int>("restarts");
        // FORTEGNELSE_SERVER_EDITS makes it smaller (a slow sanitizer build) or larger.
        const int edits = qEnvironmentVariableIntValue("FORTEGNELSE_SERVER_EDITS") > 0
            ? qEnvironmentVariableIntValue("FORTEGNELSE_SERVER_EDITS")
            : 500;
        QTest::newRow("4 processes x 500 edits") << 4 << edits << 0;
        QTest::newRow("4 processes x 500 edits, 3 server restarts") << 4 << edits << 3;
    }

    /// The issue's concurrency test: writers in processes of their own edit overlapping
    /// items at the same time. Every commit raises its item's version by one, so an item's
    /// version less one must be exactly the number of edits of it reported committed: no
    /// committed edit lost, none made that was reported refused.
    void writerProcessesLoseNothing()
    {
        QFETCH(int, processes);
        QFETCH(int, edits);
        QFETCH(int, restarts);
        constexpr int items = 12;
        const QString url = m_server.newRegister(activitiesRegister(items));
        std::vector<std::unique_ptr<QProcess>> writers;
        QElapsedTimer clock;
        clock.start();
        for (int p = 0; p < processes; ++p) {
            auto writer = std::make_unique<QProcess>();
            writer->setProcessChannelMode(QProcess::SeparateChannels);
            writer->start(QStringLiteral(FORTEGNELSE_SERVER_WRITER),
                          {url, QString::number(p + 1), QString::number(edits), QString::number(items)});
            QVERIFY(writer->waitForStarted());
            writers.push_back(std::move(writer));
        }
        QString error;
        for (int r = 0; r < restarts; ++r) {
            QTest::qWait(300 + QRandomGenerator::global()->bounded(500));
            QVERIFY2(m_server.cluster.stop(&error), qPrintable(error));
            QTest::qWait(200);
            QVERIFY2(m_server.cluster.restart(&error), qPrintable(error));
        }
        QHash<QString, int> committedEdits;
        QHash<QString, QSet<QString>> committedValues;
        int made = 0, refused = 0;
        for (auto &writer : writers) {
            // A writer may have finished already, while the restarts above ran the event
            // loop; waitForFinished() says false for a process that is no longer running.
            if (writer->state() != QProcess::NotRunning)
                QVERIFY(writer->waitForFinished(600'000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     writer->readAllStandardError().constData());
            const QList<QByteArray> lines = writer->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() != 3)
                    continue;
                if (f.at(0) == "ok") {
                    ++made;
                    ++committedEdits[QString::fromUtf8(f.at(1))];
                    committedValues[QString::fromUtf8(f.at(1))].insert(QString::fromUtf8(f.at(2)));
                } else {
                    ++refused;
                }
            }
        }
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(made + refused, processes * edits);
        const QString versions = m_server.sql(url, QStringLiteral("SELECT string_agg(id || '=' || (version - 1), ',') FROM activities"));
        for (const QString &pair : versions.split(u',')) {
            const QString id = pair.section(u'=', 0, 0);
            QCOMPARE(pair.section(u'=', 1).toInt(), committedEdits.value(id));
        }
        auto reader = Document::open(url, &error, Document::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->reg().activities.size(), items);
        for (int i = 1; i <= items; ++i) {
            const QString id = QStringLiteral("activity-%1").arg(i);
            const QString value = departmentOf(*reader, id);
            QVERIFY2(committedValues.value(id).contains(value) || (value == u"start" && !committedEdits.contains(id)),
                     qPrintable(id + QStringLiteral(": ") + value));
            QCOMPARE(reader->reg().activities.at(i - 1).name.text(QStringLiteral("da")),
                     QStringLiteral("Aktivitet %1").arg(i));
        }
        qInfo("%d processes x %d edits, %d restarts: %d committed, %d refused, %lld ms", processes, edits,
              restarts, made, refused, elapsed);
        QVERIFY(made > 0);
    }

    void cleanupTestCase() { m_server.cluster.stop(); }
};

FORTEGNELSE_SERVER_TEST_MAIN(TestServerEditing)
#include "tst_serverediting.moc"
