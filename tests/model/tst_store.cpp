// The .ropa file: round trips, durability of each edit, migration of an older schema,
// and every kind of file that must be refused without being touched.

#include "document.h"
#include "store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

void runSql(const QString &path, const QStringList &statements)
{
    const QString error = Test::runSql(path, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

using Test::queryOne;

/// The sample register with \a activities copies of its first activity.
Register largeRegister(int activities)
{
    Register reg = Test::sampleRegister();
    const ProcessingActivity model = reg.activities.at(0);
    for (int i = reg.activities.size(); i < activities; ++i) {
        ProcessingActivity a = model;
        a.id = QStringLiteral("bulk-%1").arg(i);
        a.name = LocalText(QStringLiteral("da"), QStringLiteral("Aktivitet %1").arg(i));
        reg.activities.append(std::move(a));
    }
    return reg;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        const Register reg = Test::sampleRegister();
        QString error;
        QVERIFY2(Store::create(path, reg, &error), qPrintable(error));

        Register back;
        QVERIFY2(Store::open(path, &back, &error), qPrintable(error));
        QCOMPARE(back.organisation, reg.organisation);
        QCOMPARE(back.policy, reg.policy);
        QCOMPARE(back.subjectCategories.items(), reg.subjectCategories.items());
        QCOMPARE(back.dataCategories.items(), reg.dataCategories.items());
        QCOMPARE(back.measures.items(), reg.measures.items());
        QCOMPARE(back.parties.items(), reg.parties.items());
        QCOMPARE(back.activities.items(), reg.activities.items());
        QCOMPARE(back.transfers.items(), reg.transfers.items());
        QCOMPARE(back.cookies.items(), reg.cookies.items());
        // Nothing but the register is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("r.ropa")});
    }

    void shouldCommitEveryEditAtOnce()
    {
        // GIVEN an open register
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        // WHEN the officer edits it, and nothing is "saved"
        doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.department = QStringLiteral("Salg og service");
        },
                                        {});
        // THEN another reader of the file sees the edit while the document is still open
        Register other;
        QVERIFY2(Store::read(path, &other, &error), qPrintable(error));
        QCOMPARE(other.activities.find(QStringLiteral("sales"))->department,
                 QStringLiteral("Salg og service"));
        QVERIFY(doc->lastChange().isValid());
    }

    void shouldLoadALargeListInOrder()
    {
        // GIVEN a register with a list long enough to be decoded in parallel, whose rows
        // are no longer stored in list order (a deleted item was restored by undo)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, largeRegister(1200), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString first = doc->reg().activities.at(0).id;
        QVERIFY(doc->remove<ProcessingActivity>(first));
        doc->undoStack()->undo();
        QCOMPARE(doc->reg().activities.at(0).id, first);
        // WHEN it is read again
        Register back;
        QVERIFY2(Store::read(path, &back, &error), qPrintable(error));
        // THEN every item is there, in the officer's order
        QCOMPARE(back.activities.items(), doc->reg().activities.items());
        for (int i = 0; i < back.activities.size(); ++i)
            QCOMPARE(back.activities.positionAt(i), doc->reg().activities.positionAt(i));
    }

    void shouldNameTheFirstDamagedItemOfALargeList()
    {
        // GIVEN a long list with two damaged rows, far apart
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        const Register reg = largeRegister(1200);
        QVERIFY2(Store::create(path, reg, &error), qPrintable(error));
        const QString early = reg.activities.at(100).id;
        const QString late = reg.activities.at(1150).id;
        runSql(path, {QStringLiteral("UPDATE activities SET body = '{\"id\": 1}' WHERE id = '%1'").arg(late), QStringLiteral("UPDATE activities SET body = 'not json' WHERE id = '%1'").arg(early)});
        // WHEN it is read
        Register back;
        QVERIFY(!Store::read(path, &back, &error));
        // THEN the error names the first of them in list order, as a reader going row by
        // row would
        QVERIFY2(error.contains(early), qPrintable(error));
        QVERIFY2(!error.contains(late), qPrintable(error));
    }

    void shouldRefuseFilesAndLeaveThemUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("folder") << "folder"
                                << "not a file";
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("random bytes") << "random"
                                      << "not an SQLite database";
        QTest::newRow("JSON given as a register") << "json"
                                                  << "not an SQLite database";
        QTest::newRow("someone else's SQLite database") << "foreign"
                                                        << "not a Fortegnelse register";
        QTest::newRow("another application's meta table") << "otherapp"
                                                          << "not a Fortegnelse register";
        QTest::newRow("newer schema") << "newer"
                                      << "newer version of Fortegnelse";
        QTest::newRow("truncated") << "truncated"
                                   << "damaged";
        QTest::newRow("corrupted page") << "corrupted"
                                        << "damaged";
        QTest::newRow("broken item body") << "badbody"
                                          << "damaged";
        QTest::newRow("dangling reference") << "dangling"
                                            << "unknown data category";
        QTest::newRow("read-only") << "readonly"
                                   << "read-only";
    }
    void shouldRefuseFilesAndLeaveThemUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        const auto makeRegister = [&] {
            QVERIFY2(Store::create(path, Test::sampleRegister(), &error), qPrintable(error));
        };

        // GIVEN a file that is not a register Fortegnelse can open
        if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("r.ropa")));
        } else if (kind == u"empty") {
            writeBytes(path, {});
        } else if (kind == u"random") {
            QRandomGenerator rng(42);
            QByteArray bytes(4096, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            writeBytes(path, bytes);
        } else if (kind == u"json") {
            writeBytes(path, "{\"format\": \"fortegnelse-register\"}");
        } else if (kind == u"foreign") {
            runSql(path, {QStringLiteral("CREATE TABLE dives (id INTEGER, depth REAL)")});
        } else if (kind == u"otherapp") {
            runSql(path, {QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)"), QStringLiteral("INSERT INTO meta VALUES ('application', 'kmymoney')")});
        } else if (kind == u"newer") {
            makeRegister();
            runSql(path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
        } else if (kind == u"truncated" || kind == u"corrupted") {
            makeRegister();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            if (kind == u"truncated") {
                bytes.truncate(bytes.size() / 2 + 100);
            } else {
                // Overwrite the second page (the first table's b-tree) with garbage.
                for (qsizetype i = 4096; i < 8192 && i < bytes.size(); ++i)
                    bytes[i] = char(0xA5);
            }
            f.resize(0);
            f.write(bytes);
        } else if (kind == u"badbody") {
            makeRegister();
            runSql(path, {QStringLiteral("UPDATE activities SET body = '{broken'")});
        } else if (kind == u"dangling") {
            makeRegister();
            runSql(path, {QStringLiteral("DELETE FROM data_categories WHERE id = 'health'")});
        } else if (kind == u"readonly") {
            makeRegister();
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        }
        if (kind == u"readonly" && QFileInfo(path).isWritable())
            QSKIP("running as a user that can write read-only files (root)");
        const auto before = Test::FileFingerprint::of(path);

        // WHEN it is opened
        Register reg;
        error.clear();
        const auto store = Store::open(path, &reg, &error);

        // THEN it is refused with a message saying why, and the file is as it was
        QVERIFY2(!store, qPrintable(kind));
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(Test::FileFingerprint::of(path) == before, "the refused file was modified");
        QVERIFY2(!QFile::exists(path + QStringLiteral("-journal")), "a journal was left behind");
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(u' ')));
    }

    void shouldMigrateAnOlderSchemaAfterBackingItUp()
    {
        // GIVEN a register written by schema version 1
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ropa"));
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("tests/model/fixtures/schema-v1.ropa")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const auto original = Test::FileFingerprint::of(path);

        // WHEN it is opened
        QString error;
        auto doc = Document::open(path, &error);

        // THEN its contents are all there
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->openedSchemaVersion(), 1);
        QCOMPARE(doc->reg().organisation.name, QStringLiteral("Gammel Fil ApS"));
        QCOMPARE(doc->reg().activities.size(), 2);
        QCOMPARE(doc->reg().activities.at(0).matrix.at(0).data, QStringList{QStringLiteral("salary")});
        QCOMPARE(doc->reg().activities.at(1).status, ActivityStatus::Draft);
        // AND the old file was backed up as it was
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(Test::FileFingerprint::of(backup).bytes, original.bytes);
        // AND the file now has the current schema, with the step recorded
        QCOMPARE(queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 QString::number(Store::schemaVersion));
        QCOMPARE(queryOne(path, QStringLiteral("SELECT description FROM migrations WHERE version = 2")),
                 QStringLiteral("Record when each item last changed"));
        QVERIFY(doc->lastChange().isValid());

        // AND edits use the new columns
        doc->update<ProcessingActivity>(QStringLiteral("recruiting"),
                                        [](ProcessingActivity &a) { a.status = ActivityStatus::Active; }, {});
        QVERIFY(!queryOne(path, QStringLiteral("SELECT changed_at FROM activities WHERE id = 'recruiting'")).isEmpty());
        doc.reset();

        // AND opening it again migrates nothing more
        QFile::remove(backup);
        doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->openedSchemaVersion(), Store::schemaVersion);
        QVERIFY(!QFile::exists(backup));
        QCOMPARE(doc->reg().activities.at(1).status, ActivityStatus::Active);
    }

    void shouldIndexTheJournalOfASchema5Register()
    {
        // GIVEN a register as schema 5 wrote it: a journal without indexes
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY2(Store::create(path, Test::sampleRegister(), &error), qPrintable(error));
        const QString indexes = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                               "WHERE type = 'index' AND tbl_name = 'journal' AND sql IS NOT NULL ORDER BY name)");
        QCOMPARE(queryOne(path, indexes), QStringLiteral("journal_actor,journal_item,journal_kind"));
        runSql(path, {QStringLiteral("DROP INDEX journal_item"), QStringLiteral("DROP INDEX journal_actor"), QStringLiteral("DROP INDEX journal_kind"), QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'")});
        QCOMPARE(queryOne(path, indexes), QString());
        // WHEN it is opened for editing
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        // THEN it was backed up, and the journal indexed in a step of its own
        QCOMPARE(doc->openedSchemaVersion(), 5);
        QVERIFY(QFile::exists(path + QStringLiteral(".v5.bak")));
        QCOMPARE(queryOne(path, indexes), QStringLiteral("journal_actor,journal_item,journal_kind"));
        QCOMPARE(queryOne(path, QStringLiteral("SELECT description FROM migrations WHERE version = 6")),
                 QStringLiteral("Index the journal for the history's filters"));
        // AND an item's history, and a user's, are read through their index
        const auto plan = [&](const QString &where) {
            QString detail;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
                db.setDatabaseName(path);
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM journal WHERE %1 ORDER BY seq DESC LIMIT 100").arg(where)))
                    while (q.next())
                        detail += q.value(3).toString() + QLatin1Char(' ');
            }
            QSqlDatabase::removeDatabase(QStringLiteral("plan"));
            return detail;
        };
        QVERIFY2(plan(QStringLiteral("item_kind = 'activity' AND item_id = 'sales'")).contains(QStringLiteral("journal_item")),
                 qPrintable(plan(QStringLiteral("item_kind = 'activity' AND item_id = 'sales'"))));
        QVERIFY2(plan(QStringLiteral("actor = 'ida'")).contains(QStringLiteral("journal_actor")), qPrintable(plan(QStringLiteral("actor = 'ida'"))));
    }

    void shouldRepairASchema5RegisterWhoseJournalCannotBeIndexed()
    {
        // GIVEN a schema-5 register whose journal lost a column (it cannot be indexed)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY2(Store::create(path, Test::sampleRegister(), &error), qPrintable(error));
        runSql(path, {QStringLiteral("DROP TABLE journal"), QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY)"), QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'")});
        // WHEN the app opens it, THEN it opens (to read, saying what is wrong), and the
        // repair makes the journal and its indexes again
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QString backup;
        QVERIFY2(doc->repair(&backup, &error), qPrintable(error));
        QVERIFY(!doc->isReadOnly());
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("1"); }, {}));
        doc.reset();
        doc = Document::open(path, &error);
        QVERIFY2(doc && !doc->isReadOnly(), qPrintable(error));
        QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal' AND sql IS NOT NULL")),
                 QStringLiteral("3"));
        QCOMPARE(queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), QString::number(Store::schemaVersion));
    }

    void shouldReadWithoutWritingOrMigrating()
    {
        // GIVEN an old-schema register that a command only reads
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ropa"));
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("tests/model/fixtures/schema-v1.ropa")), path));
        const auto before = Test::FileFingerprint::of(path);
        // WHEN it is read
        Register reg;
        QString error;
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
        // THEN everything is there, and the file is as it was, with no backup beside it
        QCOMPARE(reg.activities.size(), 2);
        QVERIFY(Test::FileFingerprint::of(path) == before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.ropa")});
    }

    void shouldSaveAConsistentCopy()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("a.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 70 00 00 00"); }, {});
        const QString copy = dir.filePath(QStringLiteral("copy.ropa"));
        QVERIFY2(doc->saveCopyAs(copy, &error), qPrintable(error));
        // The copy cannot overwrite the register itself.
        QVERIFY(!doc->saveCopyAs(doc->filePath(), &error));

        Register back;
        QVERIFY2(Store::open(copy, &back, &error), qPrintable(error));
        QCOMPARE(back.organisation, doc->reg().organisation);
        QCOMPARE(back.activities.items(), doc->reg().activities.items());
        // The original keeps working after the copy.
        doc->updateOrganisation([](Organisation &o) { o.phone.clear(); }, {});
        QVERIFY(doc->reg().organisation.phone.isEmpty());
    }

    void shouldNotCreateAnythingWhenTheTargetCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/r.ropa"));
        QString error;
        QVERIFY(!Store::create(path, Test::sampleRegister(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void shouldReplaceAnExistingFileOnlyWhenTheNewOneIsComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        Register smaller = Register::createEmpty();
        smaller.organisation.name = QStringLiteral("Ny");
        QVERIFY2(Store::create(path, smaller, &error), qPrintable(error));
        Register back;
        QVERIFY(Store::open(path, &back, &error));
        QCOMPARE(back.organisation.name, QStringLiteral("Ny"));
        QCOMPARE(back.activities.size(), 0);
    }
};

FORTEGNELSE_TEST_MAIN(TestStore)
#include "tst_store.moc"
