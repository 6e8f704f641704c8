// Issue 15, part 6: import-table on the command line, in-process: the dry run's exit code,
// the officer's own column mapping, a register written all or nothing, and every refusal.
// The layouts and the facts they import are tst_tableimport.

#include "importsupport.h"
#include "registeroperations.h"
#include "store.h"
#include "tablefixtures.h"
#include "tableimport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;
using namespace Fortegnelse::ImportTest;

class TestTableImportCli : public QObject
{
    Q_OBJECT

private slots:
    void shouldDryRunWithTheExitCodeOfTheWorstRow_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("printed");
        const QStringList header = {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Formål"),
                                    QStringLiteral("Behandlingsgrundlag"), QStringLiteral("Registrerede"),
                                    QStringLiteral("Personoplysninger")};
        const QStringList clean = {QStringLiteral("Løn"), QStringLiteral("Lønudbetaling"), QStringLiteral("art. 6, stk. 1, litra b")};
        const QStringList linked = {QStringLiteral("Kunder"), QStringLiteral("Ordrer"), QStringLiteral("Aftale"),
                                    QStringLiteral("Kunder; Leverandører"), QStringLiteral("Navn; Adresse")};
        const QStringList nameless = {QString(), QString(), QStringLiteral("Samtykke")};
        QTest::newRow("clean: 0") << QList<QStringList>{header, clean} << QStringLiteral("text") << 0
                                  << QStringList{QStringLiteral("liste.csv (csv): a table with one row per activity"),
                                                 QStringLiteral("  A \"Behandlingsaktivitet\" -> Activity"),
                                                 QStringLiteral("  C \"Behandlingsgrundlag\" -> Legal basis"),
                                                 QStringLiteral("ok        liste, A2  Løn"),
                                                 QStringLiteral("1 activities: 1 ok, 0 with warnings, 0 invalid.")};
        QTest::newRow("warnings: 1") << QList<QStringList>{header, clean, linked} << QStringLiteral("text") << 1
                                     << QStringList{QStringLiteral("warning   liste, A3  Kunder"),
                                                    QStringLiteral("liste, D3: Every category of data subjects")};
        QTest::newRow("invalid: 2") << QList<QStringList>{header, clean, nameless} << QStringLiteral("text") << 2
                                    << QStringList{QStringLiteral("invalid   liste, A3"),
                                                   QStringLiteral("liste, A3: The activity has no name.")};
        QTest::newRow("json") << QList<QStringList>{header, clean, linked} << QStringLiteral("json") << 1
                              << QStringList{QStringLiteral("\"status\": \"warning\""), QStringLiteral("\"field\": \"legalBasis\""),
                                             QStringLiteral("\"place\": \"liste, A3\"")};
    }
    void shouldDryRunWithTheExitCodeOfTheWorstRow()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(QStringList, printed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        QVERIFY(Test::writeFile(path, Test::csvText(rows, u';').toUtf8()));
        const Run run = runInProcess({QStringLiteral("import-table"), path, QStringLiteral("--dry-run"),
                                      QStringLiteral("--format"), format});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &line : printed)
            QVERIFY2(run.out.contains(line), qPrintable(run.out));
        if (format == u"json")
            QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("liste.csv")});
    }

    void shouldLetTheOfficerChangeTheMapping()
    {
        // GIVEN a column the importer does not know, and one it maps to the wrong field
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        QVERIFY(Test::writeFile(path, "Behandlingsaktivitet;Hvorfor;Modtagere;Noter\nLøn;Lønudbetaling;Bank;Systemet Sirius\n"));
        // WHEN the officer maps them on the command line
        const Run run = runInProcess({QStringLiteral("import-table"), path, QStringLiteral("--dry-run"),
                                      QStringLiteral("--map"), QStringLiteral("B=purpose"), QStringLiteral("--map"),
                                      QStringLiteral("D=systems"), QStringLiteral("--format"), QStringLiteral("json")});
        // THEN the columns go where the officer said, and nothing else moves
        QCOMPARE(run.exitCode, 0);
        const QJsonArray columns = QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("columns")].toArray();
        QStringList fields;
        for (const QJsonValue &column : columns)
            fields.append(column[QStringLiteral("column")].toString() + u'=' + column[QStringLiteral("field")].toString());
        QCOMPARE(fields, (QStringList{QStringLiteral("A=name"), QStringLiteral("B=purpose"), QStringLiteral("C=recipients"), QStringLiteral("D=systems")}));
        ImportOptions options;
        options.mapping = {{1, ImportField::Purpose}, {3, ImportField::Systems}};
        const Planned planned = plan(path, options);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(purposeBases(planned.reg.activities.at(0)), QStringList{QStringLiteral("Lønudbetaling=")});
        QCOMPARE(planned.reg.activities.at(0).systems, QStringList{QStringLiteral("Systemet Sirius")});
    }

    void shouldWriteTheRegisterAllOrNothing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QStringList header = {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Formål"),
                                    QStringLiteral("Registrerede"), QStringLiteral("Personoplysninger")};
        const QStringList row = {QStringLiteral("Løn"), QStringLiteral("Lønudbetaling"), QStringLiteral("Medarbejdere"),
                                 QStringLiteral("Navn; CPR-nummer")};
        QVERIFY(Test::writeFile(good, Test::csvText({header, row}, u';').toUtf8()));
        QVERIFY(Test::writeFile(bad, Test::csvText({header, row, {QString(), QString(), QStringLiteral("Kunder")}}, u';').toUtf8()));
        // GIVEN a file with warnings only: it is written, and reads back as the plan said
        const QString out = dir.filePath(QStringLiteral("out.ropa"));
        Run run = runInProcess({QStringLiteral("import-table"), good, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(Test::fileContents(out)).object();
        const QJsonArray activities = json.value(QStringLiteral("activities")).toArray();
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.at(0)[QStringLiteral("name")][QStringLiteral("da")].toString(), QStringLiteral("Løn"));
        QCOMPARE(activities.at(0)[QStringLiteral("matrix")].toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("dataCategories")).toArray().size(), 2);
        // GIVEN a file with an invalid row: nothing is written, and the reason is named
        const QString refused = dir.filePath(QStringLiteral("refused.ropa"));
        run = runInProcess({QStringLiteral("import-table"), bad, QStringLiteral("-o"), refused});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("bad.csv: nothing was imported: bad, A3: The activity has no name.")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(refused));
        // AND an output is never the input
        const Test::FileFingerprint before = Test::FileFingerprint::of(good);
        run = runInProcess({QStringLiteral("import-table"), good, QStringLiteral("-o"), good});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(Test::FileFingerprint::of(good), before);
    }

    void shouldMergeIntoARegisterAsOneStepOfItsHistory()
    {
        // GIVEN a register with the customers' activity, and a file that names the same people
        QTemporaryDir dir;
        const QString reg = dir.filePath(QStringLiteral("reg.ropa"));
        QString error;
        QVERIFY2(Store::create(reg, Test::sampleRegister(), &error), qPrintable(error)); // closed again at once
        const QString csv = dir.filePath(QStringLiteral("liste.csv"));
        QVERIFY(Test::writeFile(csv, "Behandlingsaktivitet;Formål;Registrerede;Personoplysninger\nNyhedsbrev;Udsendelse;Kunder;Navn\n"));
        // WHEN a dry run merges it: nothing is written
        const Test::FileFingerprint before = Test::FileFingerprint::of(reg);
        Run run = runInProcess({QStringLiteral("import-table"), csv, QStringLiteral("--into"), reg, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(Test::FileFingerprint::of(reg), before);
        // WHEN it is merged
        run = runInProcess({QStringLiteral("import-table"), csv, QStringLiteral("--into"), reg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // THEN the activity is added, the people are the register's own category, and the
        // history holds it as one step
        Register after;
        QVERIFY(readRegister(reg, &after));
        QCOMPARE(after.activities.size(), Test::sampleRegister().activities.size() + 1);
        QCOMPARE(after.subjectCategories.size(), Test::sampleRegister().subjectCategories.size());
        QCOMPARE(after.activities.at(after.activities.size() - 1).subjects(), QStringList{QStringLiteral("customers")});
        run = runInProcess({QStringLiteral("history"), reg});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("Import 1 activit(y|ies) from liste.csv"))), 1);
    }

    void shouldRefuseBadArgumentsAndFilesWritingNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown layout") << QStringList{QStringLiteral("--layout"), QStringLiteral("diagonal")}
                                        << QStringLiteral("unknown layout \"diagonal\"");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("xml")}
                                        << QStringLiteral("unknown format \"xml\"");
        QTest::newRow("no output") << QStringList{} << QStringLiteral("no output file given");
        QTest::newRow("--into a register that is not there") << QStringList{QStringLiteral("--into"), QStringLiteral("r.ropa")}
                                                             << QStringLiteral("r.ropa: ");
        QTest::newRow("--into and -o") << QStringList{QStringLiteral("--into"), QStringLiteral("r.ropa"), QStringLiteral("-o"), QStringLiteral("s.ropa")}
                                       << QStringLiteral("--into writes into that register; leave out -o");
        QTest::newRow("no such sheet") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--sheet"), QStringLiteral("Ark9")}
                                       << QStringLiteral("There is no sheet named \"Ark9\"");
        QTest::newRow("a mapping without a field") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("C=colour")}
                                                   << QStringLiteral("--map \"C=colour\": give a column and a field");
        QTest::newRow("vertical forced on a table") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--layout"), QStringLiteral("vertical")}
                                                    << QStringLiteral("No sheet or table has a column of at least 3 labels");
    }
    void shouldRefuseBadArgumentsAndFilesWritingNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        QVERIFY(Test::writeFile(path, "Behandlingsaktivitet;Formål;Modtagere\nLøn;Lønudbetaling;Bank\n"));
        const Run run = runInProcess(QStringList{QStringLiteral("import-table"), path} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("fortegnelse import-table: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("liste.csv")});
    }
};

FORTEGNELSE_TEST_MAIN(TestTableImportCli)
#include "tst_tableimportcli.moc"
