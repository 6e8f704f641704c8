// Opening what can be opened: a register left by a crash, a damaged one, a hostile one
// received by e-mail, one held by another window; and never a stale journal rolled into
// a new file.

#include "document.h"
#include "jsoncodec.h"
#include "registerlock.h"
#include "store.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

using Test::runSql;

QString integrityOf(const QString &path)
{
    return Test::queryOne(path, QStringLiteral("PRAGMA integrity_check"));
}

/// Leaves at \a crashed the state a crash in the middle of a large write leaves: the
/// file with some of the write in it, and the hot journal that undoes it.
bool makeCrashedCopy(const QString &source, const QString &crashed)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
        db.setDatabaseName(source);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        // A one-page cache makes SQLite write changed pages into the file before commit.
        ok = q.exec(QStringLiteral("PRAGMA cache_size = 1")) && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QString filler(3000, QLatin1Char('x'));
        for (int i = 0; ok && i < 200; ++i)
            ok = q.exec(QStringLiteral("INSERT INTO measures (id, position, body) VALUES ('junk-%1', %2, '%3')")
                            .arg(i)
                            .arg(1000 + i)
                            .arg(filler));
        ok = ok && QFile::exists(source + QStringLiteral("-journal"))
            && QFile::copy(source, crashed) && QFile::copy(source + QStringLiteral("-journal"), crashed + QStringLiteral("-journal"));
        q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash"));
    return ok;
}

QString createSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("r.ropa"))
{
    const QString path = dir.filePath(name);
    QString error;
    if (!Store::create(path, Test::sampleRegister(), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

QStringList damageKinds(const LoadReport &report)
{
    static const char *names[] = {"foreign object", "malformed table", "missing table",
                                  "undecodable item", "duplicate item", "dangling reference",
                                  "unknown code"};
    QStringList kinds;
    for (const Damage &d : report.damage) {
        const QString kind = QLatin1String(names[d.kind]);
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}

} // namespace

class TestOpening : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecoverARegisterLeftByACrash()
    {
        // GIVEN a register a crash left mid-write, with its hot journal
        QTemporaryDir dir;
        const QString source = createSample(dir, QStringLiteral("source.ropa"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.ropa"));
        QVERIFY(makeCrashedCopy(source, crashed));
        const QByteArray committed = Json::write(Test::sampleRegister());
        const auto before = Test::FileFingerprint::of(crashed);

        // WHEN a command that only reads opens it
        Register reg;
        QString error;
        QVERIFY2(Store::read(crashed, &reg, &error), qPrintable(error));
        // THEN it reads what was committed, without writing the file
        QCOMPARE(Json::write(reg), committed);
        QVERIFY(Test::FileFingerprint::of(crashed) == before);
        QVERIFY(QFile::exists(crashed + QStringLiteral("-journal")));

        // AND the app recovers the file itself
        auto doc = Document::open(crashed, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->isReadOnly());
        QCOMPARE(Json::write(doc->reg()), committed);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        doc.reset();
        QCOMPARE(integrityOf(crashed), QStringLiteral("ok"));
    }

    void shouldNeverRollAStaleJournalIntoANewRegister()
    {
        // GIVEN a crashed register with its journal
        QTemporaryDir dir;
        const QString source = createSample(dir, QStringLiteral("source.ropa"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.ropa"));
        QVERIFY(makeCrashedCopy(source, crashed));
        // WHEN a backup is restored over it under the same name
        Register restored = Test::sampleRegister();
        restored.organisation.name = QStringLiteral("Restored ApS");
        QString error;
        QVERIFY2(Store::create(crashed, restored, &error), qPrintable(error));
        // THEN the new register is whole and is what was restored
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QCOMPARE(integrityOf(crashed), QStringLiteral("ok"));
        Register back;
        QVERIFY2(Store::read(crashed, &back, &error), qPrintable(error));
        QCOMPARE(Json::write(back), Json::write(restored));
    }

    void shouldNotWriteARegisterThatIsOnlyOpened()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        const auto before = Test::FileFingerprint::of(path);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        doc.reset();
        QVERIFY2(Test::FileFingerprint::of(path) == before, "opening wrote the register");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("r.ropa")});
    }

    void shouldReadAWalRegisterWithoutLeavingFilesBesideIt()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(runSql(path, {QStringLiteral("PRAGMA journal_mode = WAL")}), QString());
        const auto before = Test::FileFingerprint::of(path);
        Register reg;
        QString error;
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
        QCOMPARE(Json::write(reg), Json::write(Test::sampleRegister()));
        QVERIFY(Test::FileFingerprint::of(path) == before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("r.ropa")});
    }

    void shouldOpenADamagedOrHostileRegisterAndRepairIt_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<bool>("itemsKept");
        const auto row = [](const char *name, QStringList sql, QStringList kinds, bool kept) {
            QTest::newRow(name) << sql << kinds << kept;
        };
        row("a trigger planted on meta",
            {QStringLiteral("CREATE TRIGGER plant AFTER UPDATE ON meta BEGIN UPDATE singletons SET body = "
                            "'{\"name\": \"Attacker\", \"email\": \"x@evil.example\"}' WHERE name = 'organisation'; END")},
            {QStringLiteral("foreign object")}, true);
        row("a trigger that makes the file unopenable",
            {QStringLiteral("CREATE TRIGGER bomb AFTER UPDATE ON meta BEGIN DELETE FROM parties; END")},
            {QStringLiteral("foreign object")}, true);
        row("a recursive view in place of a table",
            {QStringLiteral("DROP TABLE cookies"),
             QStringLiteral("CREATE VIEW cookies AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                            "SELECT n AS id, n AS position, 'x' AS body FROM r")},
            {QStringLiteral("foreign object"), QStringLiteral("missing table")}, false);
        row("a default that calls a function",
            {QStringLiteral("CREATE TABLE m2 (id TEXT PRIMARY KEY, position INTEGER NOT NULL DEFAULT (abs(random())), "
                            "body TEXT NOT NULL, changed_at TEXT)"),
             QStringLiteral("INSERT INTO m2 SELECT * FROM measures"), QStringLiteral("DROP TABLE measures"),
             QStringLiteral("ALTER TABLE m2 RENAME TO measures")},
            {QStringLiteral("malformed table")}, true);
        row("a table without its primary key, holding an id twice",
            {QStringLiteral("CREATE TABLE m2 (id TEXT, position INTEGER NOT NULL, body TEXT NOT NULL, changed_at TEXT)"),
             QStringLiteral("INSERT INTO m2 SELECT * FROM measures"), QStringLiteral("INSERT INTO m2 SELECT * FROM measures"),
             QStringLiteral("DROP TABLE measures"), QStringLiteral("ALTER TABLE m2 RENAME TO measures")},
            {QStringLiteral("malformed table"), QStringLiteral("duplicate item")}, true);
        row("an index nobody made", {QStringLiteral("CREATE INDEX spy ON activities (body)")},
            {QStringLiteral("foreign object")}, true);
        row("an index on the journal nobody made", {QStringLiteral("CREATE INDEX spy ON journal (after_body)")},
            {QStringLiteral("foreign object")}, true);
        row("one of the journal's indexes made otherwise",
            {QStringLiteral("DROP INDEX journal_kind"), QStringLiteral("CREATE INDEX journal_kind ON journal (kind, after_body)")},
            {QStringLiteral("foreign object")}, true);
        row("a missing table", {QStringLiteral("DROP TABLE transfers")}, {QStringLiteral("missing table")}, false);
        row("an item that does not decode", {QStringLiteral("UPDATE transfers SET body = '{broken'")},
            {QStringLiteral("undecodable item")}, false);
        row("an item with a key given twice", {QStringLiteral("UPDATE transfers SET body = '{\"id\": \"us-cloud\", \"id\": \"us-cloud\"}'")},
            {QStringLiteral("undecodable item")}, false);
        row("a reference to nothing", {QStringLiteral("DELETE FROM data_categories WHERE id = 'health'")},
            {QStringLiteral("dangling reference")}, false);
    }
    void shouldOpenADamagedOrHostileRegisterAndRepairIt()
    {
        QFETCH(QStringList, sql);
        QFETCH(QStringList, kinds);
        QFETCH(bool, itemsKept);
        // GIVEN a register that was tampered with or damaged
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(runSql(path, sql), QString());
        const QByteArray damagedBytes = Test::FileFingerprint::of(path).bytes;

        // WHEN a command reads it, THEN it is refused with a pointer to the repair
        Register reg;
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!Store::read(path, &reg, &error));
        QVERIFY2(error.contains(QStringLiteral("repair")), qPrintable(error));

        // WHEN the app opens it, THEN it opens, read-only, saying what is wrong
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(clock.elapsed() < 60'000);
        QVERIFY(doc->isReadOnly());
        QCOMPARE(damageKinds(doc->loadReport()), kinds);
        QVERIFY(Test::FileFingerprint::of(path).bytes == damagedBytes);
        if (itemsKept)
            QCOMPARE(Json::write(doc->reg()), Json::write(Test::sampleRegister()));

        // WHEN it is repaired
        QString backup;
        QVERIFY2(doc->repair(&backup, &error), qPrintable(error));
        // THEN a backup holds the file as it was, the register is editable and whole
        QCOMPARE(Test::FileFingerprint::of(backup).bytes, damagedBytes);
        QVERIFY(!doc->isReadOnly());
        QVERIFY(doc->loadReport().isClean());
        QVERIFY(!doc->add(Cookie{}).isEmpty()); // meta's last_change is written: no trigger fires
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
        QCOMPARE(doc->reg().organisation.name, Test::sampleRegister().organisation.name);
        const QByteArray repaired = Json::write(doc->reg());
        doc.reset();
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
        QCOMPARE(Json::write(reg), repaired);
        LoadReport report;
        Store::Options options;
        options.mode = Store::Mode::Read;
        options.report = &report;
        QVERIFY(Store::open(path, &reg, &error, options));
        QVERIFY2(report.isClean(), qPrintable(report.summary()));
        // AND the journal has its indexes as Fortegnelse makes them (the history's filters)
        QStringList indexes;
        for (const Store::Index &index : Store::schemaIndexes(Store::schemaVersion))
            indexes.append(Test::queryOne(path, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(index.name))
                                   == index.sql
                               ? index.name
                               : QStringLiteral("not %1").arg(index.name));
        QCOMPARE(indexes, (QStringList{QStringLiteral("journal_item"), QStringLiteral("journal_actor"), QStringLiteral("journal_kind")}));
    }

    void shouldNotRunPlantedSqlEvenWhenWritingBeforeARepair()
    {
        // GIVEN a register with a trigger that rewrites the e-mail the policy publishes
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(runSql(path, {QStringLiteral("CREATE TRIGGER plant AFTER UPDATE ON meta BEGIN UPDATE singletons SET body = "
                                              "'{\"name\": \"Attacker\"}' WHERE name = 'organisation'; END")}),
                 QString());
        // WHEN Fortegnelse writes it through its own connection (which updates meta)
        Register reg;
        LoadReport report;
        QString error;
        Store::Options options;
        options.report = &report;
        {
            auto store = Store::open(path, &reg, &error, options);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->begin(&error));
            QVERIFY(store->put(EntityKind::Policy, {}, 0, storedBody(AnyItem(reg.policy)), &error));
            QVERIFY2(store->commit(&error), qPrintable(error));
        }
        // THEN the trigger did not run
        options.mode = Store::Mode::Read;
        QVERIFY(Store::open(path, &reg, &error, options));
        QCOMPARE(reg.organisation.name, Test::sampleRegister().organisation.name);
        // (and a plain connection would have run it: the test's premise holds)
        QCOMPARE(runSql(path, {QStringLiteral("UPDATE meta SET value = value WHERE key = 'created'")}), QString());
        QVERIFY(Store::open(path, &reg, &error, options));
        QCOMPARE(reg.organisation.name, QStringLiteral("Attacker"));
    }

    void shouldUndoARepairOfTheItems()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(runSql(path, {QStringLiteral("UPDATE transfers SET body = '{broken'")}), QString());
        QString error, backup;
        auto doc = Document::open(path, &error);
        QVERIFY(doc);
        QVERIFY(doc->repair(&backup, &error));
        Register reg;
        QVERIFY(Store::read(path, &reg, &error));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undo());
        // The undecodable row is back, exactly as it was.
        QVERIFY(!Store::read(path, &reg, &error));
        QVERIFY2(error.contains(QStringLiteral("transfers")), qPrintable(error));
    }

    void shouldLetOneWindowEditAndOthersFollowReadOnly()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QString error;
        // GIVEN a register open for editing
        auto editor = Document::open(path, &error);
        QVERIFY2(editor, qPrintable(error));
        // WHEN a second window opens it for editing
        LockOwner owner;
        auto second = Document::open(path, &error, Document::Mode::Edit, &owner);
        // THEN it is refused, saying who has it
        QVERIFY(!second);
        QVERIFY2(error.contains(QStringLiteral("open for editing")), qPrintable(error));
        QCOMPARE(owner.pid, QCoreApplication::applicationPid());
        QCOMPARE(owner.host, QSysInfo::machineHostName());
        QVERIFY(!owner.user.isEmpty());
        QVERIFY2(error.contains(owner.user), qPrintable(error));
        // AND a command may not replace it
        QVERIFY(!Store::create(path, Register::createEmpty(), &error));
        QVERIFY2(error.contains(QStringLiteral("open for editing")), qPrintable(error));

        // WHEN it opens read-only, THEN it follows the editor's changes
        auto viewer = Document::open(path, &error, Document::Mode::ReadOnly);
        QVERIFY2(viewer, qPrintable(error));
        QVERIFY(!viewer->checkForExternalChanges());
        QVERIFY(editor->updateOrganisation([](Organisation &o) { o.name = QStringLiteral("Renamed ApS"); }, {}));
        QSignalSpy reloaded(viewer.get(), &Document::reloaded);
        QVERIFY(viewer->checkForExternalChanges());
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(viewer->reg().organisation.name, QStringLiteral("Renamed ApS"));

        // AND once the editor closes, the register can be edited again
        editor.reset();
        auto next = Document::open(path, &error);
        QVERIFY2(next, qPrintable(error));
    }

    void shouldTakeOverALockLeftByACrashedProcess()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        // GIVEN the lock file a crashed process left, naming it, but held by no one
        QFile lock(RegisterLock::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray("2147483646\nFortegnelse\n") + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->isReadOnly());
    }

    void shouldReadAgainWhatAnotherProgramWrote()
    {
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY(doc);
        const QString versionBefore = doc->reg().policy.version;
        QVERIFY(doc->updatePolicy([](PolicySettings &p) { p.version = QStringLiteral("7"); }, {}));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(!doc->checkForExternalChanges()); // our own writes are not news
        // WHEN another program writes the file behind the document's back
        QCOMPARE(runSql(path, {QStringLiteral("UPDATE singletons SET body = '{\"name\": \"Changed Elsewhere A/S\"}' "
                                              "WHERE name = 'organisation'")}),
                 QString());
        QSignalSpy reloaded(doc.get(), &Document::reloaded);
        QSignalSpy changed(doc.get(), &Document::changed);
        // THEN the document reads it again and tells the views what changed, item by item,
        // and keeps the history, whose step (the policy) still applies
        QVERIFY(doc->checkForExternalChanges());
        QCOMPARE(doc->reg().organisation.name, QStringLiteral("Changed Elsewhere A/S"));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(changed.count(), 1);
        const Change change = changed.at(0).at(0).value<Change>();
        QCOMPARE(change.type, Change::Modified);
        QCOMPARE(change.kind, EntityKind::Organisation);
        QVERIFY(change.fields.contains(QStringLiteral("name")));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undo());
        QCOMPARE(doc->reg().policy.version, versionBefore);
        QCOMPARE(doc->reg().organisation.name, QStringLiteral("Changed Elsewhere A/S"));
    }

    void shouldSayARegisterIsBusyRatherThanDamagedWhileAnotherWrites()
    {
        // GIVEN a register another program holds in an exclusive write
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        // WHEN a command reads it (after SQLite's five-second wait for the lock)
        Register reg;
        QString error;
        const bool read = Store::read(path, &reg, &error);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        // THEN it says the register is busy, not damaged
        QVERIFY(!read);
        QVERIFY2(error.contains(QStringLiteral("busy")) && !error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
    }

    void shouldTakeANameStartingWithFileAsAFileName()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        QString error;
        const bool created = bool(Store::create(QStringLiteral("file:x.ropa?mode=memory"), Test::sampleRegister(), &error));
        Register reg;
        const bool read = Store::read(QStringLiteral("file:x.ropa?mode=memory"), &reg, &error);
        QDir::setCurrent(previous);
        QVERIFY2(created && read, qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("file:x.ropa?mode=memory"))));
        QCOMPARE(Json::write(reg), Json::write(Test::sampleRegister()));
    }

    void shouldNeverReplaceALinkOrASpecialFile()
    {
        QTemporaryDir dir;
        const QString target = createSample(dir, QStringLiteral("target.ropa"));
        const QString link = dir.filePath(QStringLiteral("link.ropa"));
        QVERIFY(QFile::link(target, link));
        const auto before = Test::FileFingerprint::of(target);
        QString error;
        QVERIFY(!Store::create(link, Register::createEmpty(), &error));
        QVERIFY2(error.contains(QStringLiteral("link")), qPrintable(error));
        QVERIFY(Test::FileFingerprint::of(target) == before);
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void shouldCleanUpWhatAKilledImportLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        // GIVEN what a killed import leaves: its temporary register and journal
        for (const QString &name : {QStringLiteral("r.ropa.tmp-0123456789ab"), QStringLiteral("r.ropa.tmp-0123456789ab-journal")}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial");
        }
        QString error;
        QVERIFY2(Store::create(path, Test::sampleRegister(), &error), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("r.ropa")});
    }
};

FORTEGNELSE_TEST_MAIN(TestOpening)
#include "tst_opening.moc"
