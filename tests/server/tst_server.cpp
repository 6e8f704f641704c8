// Issue 17: the register on a PostgreSQL server, against a real PostgreSQL 15 cluster
// started for this test (pgcluster.h): addresses, server-init, copies, the command line,
// schema versions and the roles the server enforces.

#include "commandline.h"
#include "historyexport.h"
#include "historyjson.h"
#include "itemoperations.h"
#include "serversupport.h"
#include "store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

using namespace Fortegnelse;
using namespace Fortegnelse::Test;

class TestServer : public QObject
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

    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("host and port") << "postgresql://mette@db.example.org:5433/acme" << true
                                       << "db.example.org"
                                       << "acme"
                                       << "connect_timeout=5";
        QTest::newRow("TLS verified") << "postgresql://db.example.org/acme?sslmode=verify-full" << true
                                      << "db.example.org"
                                      << "acme"
                                      << "sslmode=verify-full;connect_timeout=5";
        QTest::newRow("socket folder") << "postgresql:///acme?host=/run/postgresql" << true << "/run/postgresql"
                                       << "acme"
                                       << "connect_timeout=5";
        QTest::newRow("service file") << "postgresql://?service=fortegnelse" << true << ""
                                      << ""
                                      << "service=fortegnelse;connect_timeout=5";
        QTest::newRow("password refused") << "postgresql://mette:secret@db/acme" << false << ""
                                          << ""
                                          << "";
        QTest::newRow("password option refused") << "postgresql://db/acme?password=x" << false << ""
                                                 << ""
                                                 << "";
        QTest::newRow("option injection refused") << "postgresql://db/acme?sslmode=disable%3Bhost%3Devil" << false
                                                  << ""
                                                  << ""
                                                  << "";
        QTest::newRow("no database") << "postgresql://db.example.org" << false << ""
                                     << ""
                                     << "";
        QTest::newRow("a file") << "acme.ropa" << false << ""
                                << ""
                                << "";
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        ServerAddress a;
        QString error;
        QCOMPARE(ServerAddress::parse(url, &a, &error), accepted);
        if (!accepted) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QTEST(a.host, "host");
        QTEST(a.database, "database");
        QTEST(a.connectOptions(), "options");
        // What is shown and kept in the recent list reads back as the same address.
        ServerAddress again;
        QVERIFY2(ServerAddress::parse(a.toUrl(), &again, &error), qPrintable(a.toUrl() + error));
        QCOMPARE(again.host, a.host);
        QCOMPARE(again.database, a.database);
        QCOMPARE(again.connectOptions(), a.connectOptions());
    }

    void serverInitIsRepeatable()
    {
        QString error;
        QVERIFY2(m_server.cluster.createDatabase(QStringLiteral("fresh"), &error), qPrintable(error));
        QStringList done;
        QVERIFY(initializeServer(m_server.cluster.url(QStringLiteral("fresh")), &done));
        QCOMPARE(done.size(), 2);
        QVERIFY(done.first().contains(u"created"));
        done.clear();
        QVERIFY(initializeServer(m_server.cluster.url(QStringLiteral("fresh")), &done));
        QVERIFY(done.first().contains(u"there already"));
        QCOMPARE(m_server.sql(m_server.cluster.url(QStringLiteral("fresh")),
                              QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                                             "WHERE rolname LIKE 'fresh\\_%'")),
                 QStringLiteral("fresh_admin,fresh_editor,fresh_reader"));
        // An empty register opens, and a copy into it is what fills it.
        auto doc = Document::open(m_server.cluster.url(QStringLiteral("fresh")), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->reg().activities.size(), 0);
    }

    void copyRoundTrip_data()
    {
        QTest::addColumn<Register>("reg");
        QTest::newRow("sample register") << Test::sampleRegister();
        QTest::newRow("empty register") << Register::createEmpty(QStringLiteral("en"));
        QTest::newRow("300 activities") << activitiesRegister(300);
    }

    void copyRoundTrip()
    {
        QFETCH(Register, reg);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.ropa"));
        QString error;
        QVERIFY2(Store::create(file, reg, &error), qPrintable(error));
        const QString name = m_server.newName(QStringLiteral("copy"));
        QVERIFY(m_server.cluster.createDatabase(name, &error));
        QStringList done;
        QVERIFY(initializeServer(m_server.cluster.url(name), &done));
        const QString url = m_server.cluster.url(name);

        QVERIFY(copyRegister(file, url));
        const QString back = dir.filePath(QStringLiteral("b.ropa"));
        QVERIFY(copyRegister(url, back));
        const QByteArray original = exported(file);
        QVERIFY(original.startsWith('{'));
        QCOMPARE(exported(url), original);
        QCOMPARE(exported(back), original);

        // A copy never replaces a register, on a server or in a file.
        const OperationResult again = copyRegister(back, url);
        QVERIFY(!again);
        QVERIFY2(again.message.contains(u"already holds a register"), qPrintable(again.message));
        QVERIFY(!copyRegister(url, back));
        QCOMPARE(exported(url), original);
    }

    void copyCarriesTheHistory()
    {
        // GIVEN a register with edits, an undo and a published policy
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.ropa"));
        QString error;
        auto doc = Document::create(file, Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.department = QStringLiteral("Salg");
        },
                                                {}));
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
        QVERIFY(doc->undo());
        QVERIFY(publishPolicy(*doc, QStringLiteral("2"), QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc())));
        doc.reset();
        RegisterHistory before;
        QVERIFY(readHistoryOf(file, &before));
        QVERIFY2(before.journal.size() >= 4, qPrintable(QString::number(before.journal.size())));
        QCOMPARE(before.snapshots.size(), 1);

        // WHEN it is copied onto a server and back into a file
        const QString name = m_server.newName(QStringLiteral("history"));
        QVERIFY(m_server.cluster.createDatabase(name, &error));
        QStringList done;
        QVERIFY(initializeServer(m_server.cluster.url(name), &done));
        const QString url = m_server.cluster.url(name);
        QVERIFY(copyRegister(file, url));
        const QString back = dir.filePath(QStringLiteral("b.ropa"));
        QVERIFY(copyRegister(url, back));

        // THEN each entry and snapshot is there as it was: number, time, author, contents
        RegisterHistory onServer, inTheCopy;
        QVERIFY(readHistoryOf(url, &onServer));
        QVERIFY(readHistoryOf(back, &inTheCopy));
        QCOMPARE(onServer, before);
        QCOMPARE(inTheCopy, before);
        // AND the journal goes on after the last entry copied
        auto onTheServer = Document::open(url, &error);
        QVERIFY2(onTheServer, qPrintable(error));
        QVERIFY(onTheServer->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.department = QStringLiteral("Marketing");
        },
                                                        {}));
        onTheServer.reset();
        RegisterHistory after;
        QVERIFY(readHistoryOf(url, &after));
        QCOMPARE(after.journal.size(), before.journal.size() + 1);
        QVERIFY(after.journal.last().seq > before.journal.last().seq);
        // AND a database that holds a history already is not added to, and is left as it was
        const QString kept = m_server.newName(QStringLiteral("kept"));
        QVERIFY(m_server.cluster.createDatabase(kept, &error));
        QVERIFY(initializeServer(m_server.cluster.url(kept), &done));
        const QString keptUrl = m_server.cluster.url(kept);
        m_server.sql(keptUrl, QStringLiteral("INSERT INTO journal (seq, step_no, changed_at, actor, kind, step_text, "
                                             "item_kind, item_id, fields) VALUES (1, 1, '2026-01-01T00:00:00.000Z', "
                                             "'mette', 'edit', 'x', 'activity', 'a', '')"));
        const OperationResult refused = copyRegister(back, keptUrl);
        QVERIFY(!refused);
        QVERIFY2(refused.message.contains(u"already holds a history"), qPrintable(refused.message));
        QCOMPARE(m_server.sql(keptUrl, QStringLiteral("SELECT count(*) FROM activities")), QStringLiteral("0"));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {URL} stands for the server register
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output"); // a part of standard output or error
        QTest::newRow("export-json") << args({"export-json", "{URL}", "-o", "-"}) << 0 << "\"activities\"";
        QTest::newRow("check") << args({"check", "{URL}"}) << 1 << "error";
        QTest::newRow("policy") << args({"policy", "{URL}", "--lang", "en", "--format", "md", "-o", "-"}) << 0
                                << "#";
        QTest::newRow("ropa-pdf") << args({"ropa-pdf", "{URL}", "--lang", "en", "-o", "-"}) << 0 << "%PDF";
        QTest::newRow("copy onto a register") << args({"copy", "{FILE}", "{URL}"}) << 2 << "already holds";
        QTest::newRow("copy onto itself") << args({"copy", "{URL}", "{URL}"}) << 2 << "onto itself";
        QTest::newRow("server-init of a file") << args({"server-init", "{FILE}"}) << 2 << "postgresql://";
        QTest::newRow("password in the URL") << args({"export-json", "postgresql://a:b@localhost/x", "-o", "-"})
                                             << 2 << "never keeps one";
    }

    /// Every command that reads a register reads one on a server; copy and server-init.
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY2(Store::create(file, Test::sampleRegister(), &error), qPrintable(error));
        const QString name = m_server.newName(QStringLiteral("cli"));
        QVERIFY(m_server.cluster.createDatabase(name, &error));
        const QString url = m_server.cluster.url(name);
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CommandLineIo io{&out, &err, {}, QDate(2026, 12, 3)};
        QCOMPARE(runCommandLine({QStringLiteral("fortegnelse"), QStringLiteral("server-init"), url}, io), 0);
        QVERIFY2(out.data().contains("_editor"), out.data().constData());
        QCOMPARE(runCommandLine({QStringLiteral("fortegnelse"), QStringLiteral("copy"), file, url}, io), 0);
        out.buffer().clear();
        out.seek(0);
        arguments.replaceInStrings(QStringLiteral("{URL}"), url).replaceInStrings(QStringLiteral("{FILE}"), file);
        QCOMPARE(runCommandLine(QStringList{QStringLiteral("fortegnelse")} + arguments, io), exitCode);
        QVERIFY2(out.data().contains(output.toUtf8()) || err.data().contains(output.toUtf8()),
                 (out.data().left(200) + err.data()).constData());
    }

    void newerSchemaIsRefused()
    {
        const QString url = m_server.newRegister(Test::sampleRegister());
        m_server.sql(url, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        QString error;
        QVERIFY(!Document::open(url, &error));
        QVERIFY2(error.contains(u"newer version of Fortegnelse") && error.contains(u"99"), qPrintable(error));
        QVERIFY(exported(url).startsWith("refused"));
    }

    void olderSchemaIsUpdatedByServerInit()
    {
        const QString url = m_server.newRegister(Test::sampleRegister());
        const QByteArray before = exported(url);
        // A register set up by the previous version of Fortegnelse: without the tables the
        // newest schema adds (the journal, for schema 4).
        const QStringList older = Store::schemaTableNames(Store::schemaVersion - 1);
        for (const QString &table : Store::schemaTableNames(Store::schemaVersion)) {
            if (!older.contains(table))
                m_server.sql(url, QStringLiteral("DROP TABLE %1").arg(table));
        }
        m_server.sql(url, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'; "
                                         "DELETE FROM migrations WHERE version = %2")
                              .arg(Store::schemaVersion - 1)
                              .arg(Store::schemaVersion));
        QString error;
        QVERIFY(!Document::open(url, &error));
        QVERIFY2(error.contains(u"server-init"), qPrintable(error));
        QStringList done;
        const OperationResult init = initializeServer(url, &done);
        QVERIFY2(init, qPrintable(init.message));
        QVERIFY2(done.first().contains(u"updated"), qPrintable(done.join(u'\n')));
        QCOMPARE(m_server.sql(url, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 QString::number(Store::schemaVersion));
        QCOMPARE(exported(url), before);
    }

    void rolesAreTheServers_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("mayWrite");
        QTest::newRow("reader") << "reader" << false;
        QTest::newRow("editor") << "editor" << true;
        QTest::newRow("administrator") << "admin" << true;
    }

    void rolesAreTheServers()
    {
        QFETCH(QString, role);
        QFETCH(bool, mayWrite);
        const QString url = m_server.newRegister(activitiesRegister(3));
        ServerAddress a;
        QString error;
        QVERIFY(ServerAddress::parse(url, &a, &error));
        const QString login = QStringLiteral("%1_%2_login").arg(a.database, role);
        m_server.sql(url, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2_%3").arg(login, a.database, role));
        const QString theirUrl = m_server.cluster.url(a.database, login);

        auto doc = Document::open(theirUrl, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->isReadOnly(), !mayWrite);
        if (!mayWrite)
            QVERIFY2(doc->readOnlyReason().contains(login), qPrintable(doc->readOnlyReason()));
        QCOMPARE(setDepartment(*doc, QStringLiteral("activity-1"), role), mayWrite);
        // The journal names the database user who made the change (issue 16 on a server).
        QList<JournalEntry> page;
        QVERIFY2(doc->readJournal(JournalQuery{}, &page, &error), qPrintable(error));
        QCOMPARE(page.size(), mayWrite ? 1 : 0);
        // The history window's filters: the users the journal names, and changes before a moment.
        QStringList actors;
        QVERIFY2(doc->readJournalActors(&actors, &error), qPrintable(error));
        QCOMPARE(actors, mayWrite ? QStringList{login} : QStringList{});
        for (const int days : {-1, 1}) {
            JournalQuery until;
            until.until = QDateTime::currentDateTimeUtc().addDays(days);
            QVERIFY2(doc->readJournal(until, &page, &error), qPrintable(error));
            QCOMPARE(page.size(), mayWrite && days > 0 ? 1 : 0);
        }
        if (mayWrite) {
            QCOMPARE(page.first().actor, login);
            QCOMPARE(page.first().itemId, QStringLiteral("activity-1"));
            QVERIFY(page.first().after.contains(role.toUtf8()));
            // Append-only, enforced by the server: no login of the application rewrites it.
            m_server.sql(url, QStringLiteral("UPDATE journal SET actor = 'someone else'"), &error, login);
            QVERIFY2(error.contains(u"permission denied"), qPrintable(error));
            m_server.sql(url, QStringLiteral("DELETE FROM journal"), &error, login);
            QVERIFY2(error.contains(u"permission denied"), qPrintable(error));
        }
        // Around the application, with plain SQL: the server itself says no to a reader.
        m_server.sql(url, QStringLiteral("UPDATE activities SET body = '{}' WHERE id = 'activity-2'"), &error, login);
        QCOMPARE(error.isEmpty(), mayWrite);
        if (!mayWrite)
            QVERIFY2(error.contains(u"permission denied"), qPrintable(error));
        // Nobody but the owner changes the tables themselves.
        m_server.sql(url, QStringLiteral("ALTER TABLE activities ADD COLUMN evil TEXT"), &error, login);
        QVERIFY(!error.isEmpty());
        // Keeping a snapshot (publishing the policy, submitting the record) is the
        // administrator's, and the server says so to the others.
        m_server.sql(url, QStringLiteral("INSERT INTO snapshots (seq, taken_at, actor, kind, details, register, documents) "
                                         "VALUES (1, '2026-03-03T10:00:00.000Z', 'x', 'published', '{}', '{}', '{}')"),
                     &error, login);
        QCOMPARE(error.isEmpty(), role == u"admin");
        if (role != u"admin")
            QVERIFY2(error.contains(u"permission denied"), qPrintable(error));
        // Giving roles to others is the administrator's.
        m_server.sql(url, QStringLiteral("CREATE ROLE %1_x LOGIN").arg(login));
        m_server.sql(url, QStringLiteral("GRANT %1_reader TO %2_x").arg(a.database, login), &error, login);
        QCOMPARE(error.isEmpty(), role == u"admin");
    }

    void tlsWhenAskedAndNothingElse()
    {
        // GIVEN a server that takes TCP connections over TLS only, with a register on it
        PgCluster server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.enableTls(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(QStringLiteral("tlsreg"), &error), qPrintable(error));
        QStringList done;
        const OperationResult initialized = initializeServer(server.url(QStringLiteral("tlsreg")), &done);
        QVERIFY2(initialized.ok, qPrintable(initialized.message));
        QVERIFY2(writeRegisterAt(server.url(QStringLiteral("tlsreg")), Test::sampleRegister(), &error), qPrintable(error));
        const QString address = QStringLiteral("postgresql://%1@localhost:%2/tlsreg?sslmode=")
                                    .arg(PgCluster::superuser())
                                    .arg(server.port());

        // WHEN the officer connects asking for TLS and a check of the server's name
        const QString verified = address + QStringLiteral("verify-full&sslrootcert=")
            + QString::fromLatin1(QUrl::toPercentEncoding(server.certificatePath()));
        auto doc = Document::open(verified, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->reg().organisation.name, Test::sampleRegister().organisation.name);
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.email = QStringLiteral("tls@eksempel.dk"); },
                                        QStringLiteral("E-mail")));

        // THEN the server sees the connection encrypted
        const QString encrypted = server.psql(QStringLiteral("tlsreg"),
                                              QStringLiteral("SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity "
                                                             "USING (pid) WHERE ssl AND datname = 'tlsreg'"),
                                              &error);
        QVERIFY2(encrypted.toInt() >= 1, qPrintable(encrypted + error));
        // AND without TLS it refuses, and the message says why
        QVERIFY(!Document::open(address + QStringLiteral("disable"), &error));
        QVERIFY2(error.contains(u"no encryption"), qPrintable(error));
        // AND a server whose certificate the officer's authority did not sign is refused
        QVERIFY(!Document::open(address + QStringLiteral("verify-full&sslrootcert=/etc/ssl/certs/ca-certificates.crt"),
                                &error));
        QVERIFY2(error.contains(u"certificate"), qPrintable(error));
        doc.reset();
        server.stop();
    }

    void cleanupTestCase() { m_server.cluster.stop(); }
};

FORTEGNELSE_SERVER_TEST_MAIN(TestServer)
#include "tst_server.moc"
