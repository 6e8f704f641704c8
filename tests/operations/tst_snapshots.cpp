// Snapshots (issue 16): publishing keeps the published texts and the register, marking the
// record as submitted keeps the register and the PDF's hash, both in one transaction; they
// are listed, compared with, and regenerate equal to what was kept.

#include "commandlinesupport.h"
#include "commandline.h"
#include "document.h"
#include "failingstorage.h"
#include "itemoperations.h"
#include "jsoncodec.h"
#include "snapshotoperations.h"
#include "store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

using Run = Test::CommandRun;

Run run(const QStringList &arguments)
{
    CommandLineIo io;
    io.today = QDate(2026, 3, 3);
    return Test::runCommand(arguments, io);
}

Register example()
{
    return Test::exampleRegister(QStringLiteral("oesyn"));
}

QString createExample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, example(), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

QList<Snapshot> snapshotsOf(const Document &doc, bool withContents = false)
{
    SnapshotQuery query;
    query.withContents = withContents;
    QList<Snapshot> list;
    QString error;
    if (!doc.readSnapshots(query, &list, &error))
        qFatal("%s", qPrintable(error));
    return list;
}

const QDateTime publishedAt(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepThePublishedTextsAndRegenerateThemEqual_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &lang : snapshotLanguages()) {
            for (const PolicyFormat format : snapshotFormats()) {
                const QString key = snapshotDocumentKey(lang, format);
                QTest::newRow(qPrintable(key)) << key;
            }
        }
    }
    void shouldKeepThePublishedTextsAndRegenerateThemEqual()
    {
        QFETCH(QString, key);
        // GIVEN a register
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(createExample(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(snapshotsOf(*doc).isEmpty());

        // WHEN the policy is published
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));

        // THEN one snapshot keeps the register as published and the text in this language and format
        const QList<Snapshot> kept = snapshotsOf(*doc, true);
        QCOMPARE(kept.size(), 1);
        const Snapshot &s = kept.first();
        QCOMPARE(s.kind, Snapshot::Published);
        QCOMPARE(s.version, QStringLiteral("2.0"));
        QCOMPARE(s.seq, 1);
        QCOMPARE(s.actor, currentOsUser());
        QCOMPARE(s.registerJson, Json::write(doc->reg()));
        QCOMPARE(s.documents.size(), snapshotLanguages().size() * snapshotFormats().size());
        QVERIFY(s.documents.value(key).size() > 500);
        // AND the text regenerated from the kept register equals the kept text
        QMap<QString, QByteArray> again;
        QVERIFY2(regenerateDocuments(s, &again, &error), qPrintable(error));
        QCOMPARE(QString::fromUtf8(again.value(key)), QString::fromUtf8(s.documents.value(key)));
        // AND it is the text the policy command writes from the register as published
        const QString lang = key.section(QLatin1Char('/'), 0, 0);
        const QString format = key.section(QLatin1Char('/'), 1);
        const Run policy = run({QStringLiteral("policy"), doc->filePath(), QStringLiteral("--lang"), lang,
                                QStringLiteral("--format"), format == u"md" ? QStringLiteral("md") : format,
                                QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(policy.exit == 0, policy.err.constData());
        QCOMPARE(QString::fromUtf8(policy.out), QString::fromUtf8(s.documents.value(key)));
        // AND the command line prints the same kept text
        const Run shown = run({QStringLiteral("snapshots"), doc->filePath(), QStringLiteral("--show"),
                               QStringLiteral("published"), QStringLiteral("--document"), key});
        QVERIFY2(shown.exit == 0, shown.err.constData());
        QCOMPARE(shown.out, s.documents.value(key));
    }

    void shouldKeepTheSnapshotWhenThePublishingIsUndone()
    {
        // GIVEN a published policy
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(createExample(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString before = doc->reg().policy.version;
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));
        QCOMPARE(doc->reg().policy.version, QStringLiteral("2.0"));

        // WHEN the step is undone and redone
        QVERIFY(doc->undo());
        QCOMPARE(doc->reg().policy.version, before);
        QCOMPARE(snapshotsOf(*doc).size(), 1);
        QVERIFY(doc->redo());

        // THEN what was published stays recorded once: undo takes back the stamp, not the fact
        QCOMPARE(snapshotsOf(*doc).size(), 1);
        // AND publishing again keeps a second one, newest first
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.1"), publishedAt.addDays(1)));
        const QList<Snapshot> kept = snapshotsOf(*doc);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.first().version, QStringLiteral("2.1"));
        QCOMPARE(kept.first().seq, 2);
        QVERIFY(kept.first().registerJson.isEmpty()); // the list reads no contents
    }

    void shouldKeepNothingWhenThePublishingFails_data()
    {
        QTest::addColumn<int>("failingCall");
        // begin, put the policy, the journal, the snapshot, commit
        for (int call = 1; call <= 5; ++call)
            QTest::addRow("failing at call %d", call) << call;
    }
    void shouldKeepNothingWhenThePublishingFails()
    {
        QFETCH(int, failingCall);
        // GIVEN a register whose storage fails at one call of the publishing step
        QTemporaryDir dir;
        const QString path = createExample(dir);
        Register reg;
        QString error;
        auto store = Store::open(path, &reg, &error);
        QVERIFY2(store, qPrintable(error));
        auto failing = std::make_unique<Test::FailingStorage>(std::move(store));
        Test::FailingStorage *storage = failing.get();
        auto doc = Document::fromStorage(std::move(failing), reg);
        const QByteArray before = Json::write(doc->reg());
        storage->failAt(failingCall);

        // WHEN the policy is published
        QVERIFY(!publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));

        // THEN nothing of it is kept: no stamp, no journal entry, no snapshot
        QCOMPARE(storage->calls(), failingCall);
        QCOMPARE(Json::write(doc->reg()), before);
        QCOMPARE(Test::fileContents(path), before);
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT COUNT(*) FROM snapshots")), QStringLiteral("0"));
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT COUNT(*) FROM journal")), QStringLiteral("0"));
        QCOMPARE(doc->undoStack()->count(), 0);
        // AND publishing again works, once
        storage->failAt(0);
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT COUNT(*) FROM snapshots")), QStringLiteral("1"));
    }

    void shouldKeepASubmittedRecordWithItsHash()
    {
        // GIVEN a register
        QTemporaryDir dir;
        const QString path = createExample(dir);
        const QString pdf = dir.filePath(QStringLiteral("record.pdf"));

        // WHEN the record is written as submitted to Datatilsynet
        const Run submitted = run({QStringLiteral("submit"), path, QStringLiteral("--on"), QStringLiteral("2026-03-03"),
                                   QStringLiteral("--case"), QStringLiteral("26-0042"), QStringLiteral("-o"), pdf});
        QVERIFY2(submitted.exit == 0, submitted.err.constData());

        // THEN the snapshot keeps the day, the authority, the case, the PDF's hash and the register
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QString error;
        auto doc = Document::open(path, &error, Document::Mode::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        const QList<Snapshot> kept = snapshotsOf(*doc, true);
        QCOMPARE(kept.size(), 1);
        const Snapshot &s = kept.first();
        QCOMPARE(s.kind, Snapshot::Submitted);
        QCOMPARE(s.submittedOn, QDate(2026, 3, 3));
        QCOMPARE(s.authority, QStringLiteral("Datatilsynet"));
        QCOMPARE(s.caseNumber, QStringLiteral("26-0042"));
        QCOMPARE(s.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(s.registerJson, Json::write(doc->reg()));
        // AND the list says what it is
        const Run list = run({QStringLiteral("snapshots"), path});
        QVERIFY2(list.exit == 0, list.err.constData());
        QVERIFY2(list.out.contains("submitted") && list.out.contains("case no. 26-0042")
                     && list.out.contains(s.sha256.toLatin1()),
                 list.out.constData());
        const Run json = run({QStringLiteral("snapshots"), path, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject first = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("snapshots")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("caseNumber")).toString(), QStringLiteral("26-0042"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("submitted"));
    }

    void shouldCompareWithWhatWasPublishedAndSubmitted_data()
    {
        QTest::addColumn<QString>("side");
        QTest::newRow("published") << QStringLiteral("published");
        QTest::newRow("submitted") << QStringLiteral("submitted");
    }
    void shouldCompareWithWhatWasPublishedAndSubmitted()
    {
        QFETCH(QString, side);
        // GIVEN a register with nothing kept yet
        QTemporaryDir dir;
        const QString path = createExample(dir);
        const Run none = run({QStringLiteral("diff"), path + QLatin1Char('@') + side, path});
        QCOMPARE(none.exit, 2);
        QVERIFY2(none.err.contains(side == u"published" ? "not been published" : "not been marked as submitted"), none.err.constData());

        // WHEN it is published or submitted, and then one field is changed
        QString error;
        {
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            if (side == u"published") {
                QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));
            } else {
                // A submission changes no item, so the register's last change stays where it was
                // (else a published policy would look older than the register's contents).
                const QDateTime before = doc->lastChange();
                const QString stored = Test::queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'last_change'"));
                QTest::qWait(5);
                QVERIFY(keepSubmitted(*doc, QByteArrayLiteral("%PDF-1.4"), {QDate(2026, 3, 3), {}, {}}));
                QCOMPARE(doc->lastChange(), before);
                QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'last_change'")), stored);
            }
            const QDateTime beforeEdit = doc->lastChange();
            QTest::qWait(5);
            QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
            QVERIFY(doc->lastChange() > beforeEdit); // and an edit moves it
        }

        // THEN the difference from what was kept to now is exactly that field
        const Run diff = run({QStringLiteral("diff"), path + QLatin1Char('@') + side, path, QStringLiteral("--format"),
                              QStringLiteral("json")});
        QVERIFY2(diff.exit == 0, diff.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(diff.out).object().value(QStringLiteral("differences")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    }

    void shouldMigrateASchema4RegisterAndStartKeepingSnapshots()
    {
        // GIVEN a register as Fortegnelse wrote it before snapshots (schema 4)
        QTemporaryDir dir;
        const QString path = createExample(dir);
        QCOMPARE(Test::runSql(path, {QStringLiteral("DROP TABLE snapshots"), QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'")}),
                 QString());
        const Test::FileFingerprint v4 = Test::FileFingerprint::of(path);

        // WHEN it is only read, it is left as it is and keeps no snapshots
        const Run list = run({QStringLiteral("snapshots"), path});
        QVERIFY2(list.exit == 0, list.err.constData());
        QVERIFY(list.out.startsWith("No snapshots"));
        QCOMPARE(Test::FileFingerprint::of(path), v4);

        // WHEN it is opened for editing
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));

        // THEN it was backed up and migrated, and the next publishing is kept
        QCOMPARE(doc->openedSchemaVersion(), 4);
        QCOMPARE(Test::FileFingerprint::of(path + QStringLiteral(".v4.bak")).bytes, v4.bytes);
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 QString::number(Store::schemaVersion));
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT description FROM migrations WHERE version = 5")),
                 QStringLiteral("Keep snapshots of what was published and submitted"));
        QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));
        QCOMPARE(snapshotsOf(*doc).size(), 1);
    }

    void shouldCarryTheHistoryThroughJsonAndBack()
    {
        // GIVEN a register with edits, an undo, a deletion, a publishing and a submission
        QTemporaryDir dir;
        const QString path = createExample(dir);
        QString error;
        {
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
            QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 55 66 77 88"); }, {}));
            QVERIFY(doc->undo());
            QVERIFY(doc->remove<SecurityMeasure>(QStringLiteral("mfa")));
            QVERIFY(publishPolicy(*doc, QStringLiteral("2.0"), publishedAt));
            QVERIFY(keepSubmitted(*doc, QByteArrayLiteral("%PDF-1.4"), {QDate(2026, 3, 3), {}, QStringLiteral("26-1")}));
        }
        const QString exported = dir.filePath(QStringLiteral("a.json"));

        // WHEN it is exported, imported into a new register and exported again
        Run r = run({QStringLiteral("export-json"), path, QStringLiteral("-o"), exported});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QString imported = dir.filePath(QStringLiteral("b.ropa"));
        r = run({QStringLiteral("import"), exported, QStringLiteral("-o"), imported});
        QVERIFY2(r.exit == 0, r.err.constData());
        const Run again = run({QStringLiteral("export-json"), imported, QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(again.exit == 0, again.err.constData());

        // THEN the export carries the journal and both snapshots, as format 3
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 3);
        const QJsonObject history = root.value(QStringLiteral("history")).toObject();
        QSet<int> steps;
        for (const QJsonValue &entry : history.value(QStringLiteral("journal")).toArray())
            steps.insert(entry.toObject().value(QStringLiteral("step")).toInt());
        QCOMPARE(steps.size(), 5); // 2 edits, undo, the deletion with its references, publish
        QCOMPARE(history.value(QStringLiteral("snapshots")).toArray().size(), 2);
        // AND the round trip gives the same bytes
        QCOMPARE(QString::fromUtf8(again.out), QString::fromUtf8(json));
        // AND the imported register holds the same journal and snapshots, with their times and actors
        auto original = Document::open(path, &error, Document::Mode::ReadOnly);
        auto copy = Document::open(imported, &error, Document::Mode::ReadOnly);
        QVERIFY2(original && copy, qPrintable(error));
        QList<JournalEntry> a, b;
        QVERIFY(original->readJournal({}, &a, &error));
        QVERIFY(copy->readJournal({}, &b, &error));
        QCOMPARE(b, a);
        QCOMPARE(snapshotsOf(*copy, true), snapshotsOf(*original, true));
        // AND without the history it is the register alone, format 2, for sharing
        const Run shared = run({QStringLiteral("export-json"), path, QStringLiteral("--no-history"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(shared.exit == 0, shared.err.constData());
        QCOMPARE(shared.out, Json::write(original->reg()));
        QVERIFY(!shared.out.contains("\"history\""));
        QVERIFY(shared.out.contains("\"formatVersion\": 2"));
    }

    void shouldRefuseAHistoryItCannotVouchFor_data()
    {
        QTest::addColumn<QByteArray>("history");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray entry = R"({"seq": 1, "step": 1, "at": "2026-03-01T10:00:00.000Z", "actor": "mette", "kind": "edit", "itemKind": "organisation")";
        QTest::newRow("unknown field") << QByteArray(R"({"journal": [)" + entry + R"(, "colour": "red"}]})")
                                       << QStringLiteral("$.history.journal[0].colour") << QStringLiteral("unknown field");
        QTest::newRow("unknown kind") << QByteArray(R"({"journal": [{"seq": 1, "step": 1, "at": "2026-03-01T10:00:00Z", "actor": "m", "kind": "forge", "itemKind": "policy"}]})")
                                      << QStringLiteral("$.history.journal[0].kind") << QStringLiteral("expected");
        QTest::newRow("seq out of order") << QByteArray(R"({"journal": [)" + entry + "}, " + entry + "}]}")
                                          << QStringLiteral("$.history.journal[1].seq") << QStringLiteral("greater");
        QTest::newRow("bad time") << QByteArray(R"({"journal": [{"seq": 1, "step": 1, "at": "yesterday", "actor": "m", "kind": "edit", "itemKind": "policy"}]})")
                                  << QStringLiteral("$.history.journal[0].at") << QStringLiteral("date-time");
        QTest::newRow("snapshot's register broken") << QByteArray(R"({"snapshots": [{"seq": 1, "at": "2026-03-01T10:00:00Z", "actor": "m", "kind": "published", "register": {"format": "fortegnelse-register", "formatVersion": 2, "activites": []}}]})")
                                                    << QStringLiteral("$.history.snapshots[0].register.activites") << QStringLiteral("unknown field");
        QTest::newRow("unknown history key") << QByteArray(R"({"audit": []})") << QStringLiteral("$.history.audit")
                                             << QStringLiteral("unknown field");
    }
    void shouldRefuseAHistoryItCannotVouchFor()
    {
        QFETCH(QByteArray, history);
        QFETCH(QString, path);
        QFETCH(QString, message);
        // GIVEN an export whose history is wrong in one place
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("h.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "fortegnelse-register", "formatVersion": 3, "history": )" + history + "}");
        file.close();
        // WHEN it is imported
        const QString target = dir.filePath(QStringLiteral("h.ropa"));
        const Run r = run({QStringLiteral("import"), json, QStringLiteral("-o"), target});
        // THEN it is refused at that place, and no register is made
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains((path + QStringLiteral(": ")).toUtf8()) && r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(target));
    }

    void shouldSkipSnapshotRowsItDoesNotKnow()
    {
        // GIVEN a received register with a row of a kind Fortegnelse never writes
        QTemporaryDir dir;
        const QString path = createExample(dir);
        QCOMPARE(Test::runSql(path, {QStringLiteral("INSERT INTO snapshots VALUES (1, '2026-01-01T00:00:00.000Z', "
                                                    "'x', 'forged', '{}', '{}', '{}')")}),
                 QString());
        // WHEN the snapshots are listed
        const Run list = run({QStringLiteral("snapshots"), path});
        // THEN the row is not read as one
        QVERIFY2(list.exit == 0, list.err.constData());
        QVERIFY(list.out.startsWith("No snapshots"));
    }
};

int main(int argc, char *argv[])
{
    Fortegnelse::Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // the record lays out text with fonts
    TestSnapshots tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_snapshots.moc"
