// The history operations and commands: diff of two known registers (golden files in every
// UI language), the state at a date rebuilt from the journal, history, restore.

#include "commandlinesupport.h"
#include "commandline.h"
#include "document.h"
#include "historyoperations.h"
#include "jsoncodec.h"
#include "store.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using namespace Fortegnelse;

namespace {

const QString older = QStringLiteral("resources/examples/oesyn.json");
const QString newer = QStringLiteral("tests/data/history/oesyn-changed.json");

using Run = Test::CommandRun;

Run run(const QStringList &arguments)
{
    CommandLineIo io;
    io.installLanguage = [](const QString &lang) { installUiLanguage(lang); };
    return Test::runCommand(arguments, io);
}

void compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QString path = Test::sourcePath(QStringLiteral("tests/data/golden/") + name);
    if (qEnvironmentVariableIsSet("FORTEGNELSE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing; run with FORTEGNELSE_UPDATE_GOLDEN=1")));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden.readAll()));
}

Register readJson(const QString &relative)
{
    QFile file(Test::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(file.readAll(), &reg, &errors))
        qFatal("%s", qPrintable(Json::summarize(errors)));
    return reg;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installUiLanguage(QStringLiteral("en")); }

    void shouldListTheDifferencesOfTwoKnownRegisters_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("format");
        for (const char *lang : {"da", "nb", "sv", "en"})
            QTest::addRow("%s text", lang) << QString::fromLatin1(lang) << QStringLiteral("txt");
        QTest::newRow("en markdown") << QStringLiteral("en") << QStringLiteral("md");
        QTest::newRow("en json") << QStringLiteral("en") << QStringLiteral("json");
    }
    void shouldListTheDifferencesOfTwoKnownRegisters()
    {
        QFETCH(QString, lang);
        QFETCH(QString, format);
        // GIVEN two known registers as JSON
        // WHEN they are compared on the command line in a language
        const Run r = run({QStringLiteral("diff"), Test::sourcePath(older), Test::sourcePath(newer),
                           QStringLiteral("--lang"), lang, QStringLiteral("--format"),
                           format == u"txt" ? QStringLiteral("text") : format});
        // THEN the list is the expected one
        QVERIFY2(r.exit == 0, r.err.constData());
        compareWithGolden(r.out, QStringLiteral("diff-oesyn.%1.%2").arg(lang, format));
    }

    void shouldFindExactlyTheChangesMade()
    {
        // GIVEN the two registers in memory
        const QList<Difference> d = diffRegisters(readJson(older), readJson(newer));
        // THEN each change is one difference, of the right item and field
        QStringList got;
        for (const Difference &x : d)
            got.append(QStringLiteral("%1 %2/%3 %4").arg(int(x.type)).arg(itemKindName(x.kind), x.id, x.field));
        QCOMPARE(got, (QStringList{QStringLiteral("2 organisation/ phone"), QStringLiteral("0 measure/backup "), QStringLiteral("2 party/gohighlevel dpfChecked"), QStringLiteral("2 activity/support department"), QStringLiteral("2 activity/support description.en"), QStringLiteral("1 activity/marketing ")}));
        // AND a register compared with itself has none
        QVERIFY(diffRegisters(readJson(newer), readJson(newer)).isEmpty());
    }

    void shouldRebuildTheRegisterAsItWasAtAMoment()
    {
        // GIVEN a register made from the older JSON, then edited into the newer one
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, readJson(older), &error);
        QVERIFY2(doc, qPrintable(error));
        QThread::msleep(5);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QThread::msleep(5);
        const Register target = readJson(newer);
        QVERIFY(doc->updateOrganisation([&](Organisation &o) { o = target.organisation; }, {}));
        QVERIFY(!doc->add(*target.measures.find(QStringLiteral("backup"))).isEmpty());
        QVERIFY(doc->update<Party>(QStringLiteral("gohighlevel"), [&](Party &p) { p = *target.parties.find(p.id); }, {}));
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("support"), [&](ProcessingActivity &a) {
            a = *target.activities.find(a.id);
        },
                                                {}));
        QVERIFY(doc->remove<ProcessingActivity>(QStringLiteral("marketing")));
        QCOMPARE(diffRegisters(doc->reg(), target), QList<Difference>());
        doc.reset();

        // WHEN the state before the edits is rebuilt from the journal
        Register then;
        const QString side = path + QLatin1Char('@') + before.toString(Qt::ISODateWithMs);
        const OperationResult result = readState(side, &then);

        // THEN it is the older register, and diff says what changed since
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(diffRegisters(then, readJson(older)), QList<Difference>());
        QCOMPARE(Json::write(then).size(), Json::write(readJson(older)).size());
        const Run r = run({QStringLiteral("diff"), side, path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("differences")).toArray().size(), 6);

        // AND a moment before the journal began is not known, and no snapshot is made up
        const Run early = run({QStringLiteral("diff"), path + QStringLiteral("@2020-01-01"), path});
        QCOMPARE(early.exit, 2);
        QVERIFY2(early.err.contains("not known"), early.err.constData());
        const Run published = run({QStringLiteral("diff"), path + QStringLiteral("@published"), path});
        QCOMPARE(published.exit, 2);
        QVERIFY2(published.err.contains("has not been published"), published.err.constData());

        // AND once another program changed an item, its earlier state is not known either
        QCOMPARE(Test::runSql(path, {QStringLiteral("UPDATE activities SET body = replace(body, 'Kundeservice', "
                                                    "'Support') WHERE id = 'support'")}),
                 QString());
        Register unknown;
        const OperationResult outside = readState(side, &unknown);
        QVERIFY(!outside);
        QVERIFY2(outside.message.contains(QStringLiteral("outside Fortegnelse")), qPrintable(outside.message));
    }

    void shouldListTheHistoryOfTheRegisterAndOfAnItem()
    {
        // GIVEN a register with two edits of two items and an undo
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.department = QStringLiteral("Salg");
        },
                                                {}));
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
        QVERIFY(doc->undo());
        doc.reset();

        // WHEN its history is listed, whole and for one item
        const Run all = run({QStringLiteral("history"), path});
        const Run item = run({QStringLiteral("history"), path, QStringLiteral("--item"), QStringLiteral("sales"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        const Run future = run({QStringLiteral("history"), path, QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        const Run unknown = run({QStringLiteral("history"), path, QStringLiteral("--item"), QStringLiteral("nothing")});
        const Run undos = run({QStringLiteral("history"), path, QStringLiteral("--kind"), QStringLiteral("undo")});
        const Run someoneElse = run({QStringLiteral("history"), path, QStringLiteral("--user"), QStringLiteral("nobody-here")});

        // THEN
        QVERIFY2(all.exit == 0, all.err.constData());
        const QString text = QString::fromUtf8(all.out);
        QCOMPARE(text.count(QStringLiteral(" UTC  ")), 3);
        QVERIFY2(text.indexOf(QStringLiteral("undo: ")) < text.indexOf(QStringLiteral("edit: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"+45 11 22 33 44\" → (empty)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("→ \"Salg\"")), qPrintable(text));
        QVERIFY2(item.exit == 0, item.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(item.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[QStringLiteral("fields")].toArray(), QJsonArray{QStringLiteral("department")});
        QCOMPARE(entries.at(0)[QStringLiteral("after")][QStringLiteral("department")].toString(), QStringLiteral("Salg"));
        QCOMPARE(future.exit, 0);
        QCOMPARE(future.out, QByteArray("No changes in the journal.\n"));
        QCOMPARE(unknown.exit, 2);
        QCOMPARE(QString::fromUtf8(undos.out).count(QStringLiteral(" UTC  ")), 1);
        QVERIFY2(undos.out.contains("undo: "), undos.out.constData());
        QCOMPARE(someoneElse.out, QByteArray("No changes in the journal.\n"));
    }

    void shouldShowAnOlderRegisterWithoutChangingIt()
    {
        // GIVEN a register from before the journal (schema 3)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        QCOMPARE(Test::runSql(path, {QStringLiteral("DROP TABLE journal"), QStringLiteral("DROP TABLE snapshots"), QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'")}),
                 QString());
        const Test::FileFingerprint before = Test::FileFingerprint::of(path);

        // WHEN its history is listed, and it is compared with a date
        const Run history = run({QStringLiteral("history"), path});
        const Run diff = run({QStringLiteral("diff"), path + QStringLiteral("@2026-01-01"), path});

        // THEN the history is empty, the earlier state is not known, and the file is as it was
        QCOMPARE(history.exit, 0);
        QCOMPARE(history.out, QByteArray("No changes in the journal.\n"));
        QCOMPARE(diff.exit, 2);
        QVERIFY2(diff.err.contains("not known"), diff.err.constData());
        QCOMPARE(Test::FileFingerprint::of(path), before);
    }

    void shouldRestoreAnEarlierStateAsANewUndoableEdit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("an edited activity") << QStringLiteral("activity") << QStringLiteral("sales");
        QTest::newRow("the organisation") << QStringLiteral("organisation") << QString();
        QTest::newRow("a deleted transfer") << QStringLiteral("transfer") << QStringLiteral("us-cloud");
    }
    void shouldRestoreAnEarlierStateAsANewUndoableEdit()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        // GIVEN a register whose item was changed (or deleted) after an original state
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        const QByteArray original = Json::write(doc->reg());
        if (kind == u"activity")
            QVERIFY(doc->update<ProcessingActivity>(id, [](ProcessingActivity &a) { a.department = QStringLiteral("X"); }, {}));
        else if (kind == u"organisation")
            QVERIFY(doc->updateOrganisation([](Organisation &o) { o.email = QStringLiteral("x@example.org"); }, {}));
        else
            QVERIFY(doc->remove<Transfer>(id));
        QVERIFY(Json::write(doc->reg()) != original);

        // WHEN the state before the change, from the journal, is restored
        JournalQuery query;
        QList<JournalEntry> journal;
        QVERIFY(doc->readJournal(query, &journal, &error));
        QCOMPARE(journal.size(), 1);
        const int steps = doc->undoStack()->count();
        const OperationResult result = restoreItem(*doc, *itemKindFromName(kind), id, journal.first().before);

        // THEN the register equals the original, by a new step that can be undone
        QVERIFY2(result, qPrintable(result.message));
        QCOMPARE(Json::write(doc->reg()), original);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->undo());
        QVERIFY(Json::write(doc->reg()) != original);
    }
};

int main(int argc, char *argv[])
{
    Fortegnelse::Test::setUpDeterministicEnvironment();
    QCoreApplication app(argc, argv);
    installUiLanguage(QStringLiteral("en"));
    TestHistory tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_history.moc"
