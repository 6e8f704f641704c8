// The command line as a user meets it: the real executable, its exit codes, its one-line
// messages, and no output file unless the whole output is written.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QString &workingDir, const QList<QPair<QString, QString>> &extra = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FORTEGNELSE_EXECUTABLE), arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void shouldImportAndExportExamplesByteIdentically_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("oesyn") << QStringLiteral("oesyn");
        QTest::newRow("octopus") << QStringLiteral("octopus");
        QTest::newRow("deskhero") << QStringLiteral("deskhero");
    }
    void shouldImportAndExportExamplesByteIdentically()
    {
        QFETCH(QString, example);
        QTemporaryDir dir;
        const QString json = Test::sourcePath(QStringLiteral("resources/examples/%1.json").arg(example));
        Run r = run({QStringLiteral("import"), json, QStringLiteral("-o"), QStringLiteral("x.ropa")}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        // To a file...
        r = run({QStringLiteral("export-json"), QStringLiteral("x.ropa"), QStringLiteral("-o"), QStringLiteral("x.json")}, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile original(json), exported(dir.filePath(QStringLiteral("x.json")));
        QVERIFY(original.open(QIODevice::ReadOnly) && exported.open(QIODevice::ReadOnly));
        const QByteArray expected = original.readAll();
        QCOMPARE(exported.readAll(), expected);
        // ...and to standard output.
        r = run({QStringLiteral("export-json"), QStringLiteral("x.ropa"), QStringLiteral("-o"), QStringLiteral("-")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
    }

    void shouldRefuseBadInputWithOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("out.ropa");
        QTest::newRow("no arguments to import") << QStringList{QStringLiteral("import")} << "no input file";
        QTest::newRow("no output") << QStringList{QStringLiteral("import"), QStringLiteral("good.json")} << "no output file";
        QTest::newRow("two inputs") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("bad.json"), QStringLiteral("-o"), out} << "one input file";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("--force"), QStringLiteral("-o"), out} << "Unknown option";
        QTest::newRow("missing input") << QStringList{QStringLiteral("import"), QStringLiteral("nope.json"), QStringLiteral("-o"), out} << "cannot be read";
        QTest::newRow("folder as input") << QStringList{QStringLiteral("import"), QStringLiteral("sub"), QStringLiteral("-o"), out} << "folder";
        QTest::newRow("broken JSON") << QStringList{QStringLiteral("import"), QStringLiteral("broken.json"), QStringLiteral("-o"), out} << "line 1, column";
        QTest::newRow("invalid register") << QStringList{QStringLiteral("import"), QStringLiteral("bad.json"), QStringLiteral("-o"), out} << "$.activities[0].purposes[0].legalBasis";
        QTest::newRow("folder as output") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("sub")} << "folder";
        QTest::newRow("output in missing folder") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("no/where.ropa")} << "no/where.ropa";
        QTest::newRow("export of JSON") << QStringList{QStringLiteral("export-json"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("x.json")} << "not an SQLite database";
        QTest::newRow("export of a foreign file") << QStringList{QStringLiteral("export-json"), QStringLiteral("random.bin"), QStringLiteral("-o"), QStringLiteral("x.json")} << "not an SQLite database";
        QTest::newRow("export to a missing folder") << QStringList{QStringLiteral("export-json"), QStringLiteral("good.ropa"), QStringLiteral("-o"), QStringLiteral("no/x.json")} << "cannot be written";
        QTest::newRow("register to standard output") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("-")} << "-o FILE.ropa";
        QTest::newRow("policy in an unknown language") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), QStringLiteral("p.html")} << "unknown language";
        QTest::newRow("policy in an unknown format") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("p.docx")} << "unknown format";
        QTest::newRow("policy for an unknown audience") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa"), QStringLiteral("--audience"), QStringLiteral("martians"), QStringLiteral("-o"), QStringLiteral("p.html")} << "martians";
        QTest::newRow("policy of a foreign file") << QStringList{QStringLiteral("policy"), QStringLiteral("random.bin"), QStringLiteral("-o"), QStringLiteral("p.html")} << "not an SQLite database";
        QTest::newRow("policy without output") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa")} << "no output file";
        QTest::newRow("policy templates missing") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa"), QStringLiteral("--templates"), QStringLiteral("nowhere"), QStringLiteral("-o"), QStringLiteral("p.html")} << "does not exist";
        QTest::newRow("export onto its input") << QStringList{QStringLiteral("export-json"), QStringLiteral("good.ropa"), QStringLiteral("-o"), QStringLiteral("good.ropa")} << "it is the input good.ropa";
        QTest::newRow("policy onto its input by ./") << QStringList{QStringLiteral("policy"), QStringLiteral("good.ropa"), QStringLiteral("-o"), QStringLiteral("./good.ropa")} << "it is the input good.ropa";
        QTest::newRow("import onto its input") << QStringList{QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("good.json")} << "it is the input good.json";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("missing file to open") << QStringList{QStringLiteral("missing.ropa")} << "no such file";
    }
    void shouldRefuseBadInputWithOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // GIVEN a folder with good and bad inputs, and an existing output to protect
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("sub"));
        write(dir.filePath(QStringLiteral("good.json")),
              "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1}");
        write(dir.filePath(QStringLiteral("broken.json")), "{,}");
        write(dir.filePath(QStringLiteral("bad.json")),
              "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"activities\": "
              "[{\"id\": \"a\", \"purposes\": [{\"legalBasis\": \"z\"}]}]}");
        write(dir.filePath(QStringLiteral("random.bin")), QByteArray(2048, '\x17'));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("good.json"), QStringLiteral("-o"), QStringLiteral("good.ropa")}, dir.path()).exitCode == 0);
        write(dir.filePath(QStringLiteral("out.ropa")), "keep me");
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const auto outBefore = Test::FileFingerprint::of(dir.filePath(QStringLiteral("out.ropa")));
        const auto registerBefore = Test::FileFingerprint::of(dir.filePath(QStringLiteral("good.ropa")));
        const auto jsonBefore = Test::FileFingerprint::of(dir.filePath(QStringLiteral("good.json")));

        // WHEN the command runs
        const Run r = run(arguments, dir.path());

        // THEN it exits 2 with one line saying what is wrong, and writes nothing
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
        QVERIFY(Test::FileFingerprint::of(dir.filePath(QStringLiteral("out.ropa"))) == outBefore);
        QVERIFY(Test::FileFingerprint::of(dir.filePath(QStringLiteral("good.ropa"))) == registerBefore);
        QVERIFY(Test::FileFingerprint::of(dir.filePath(QStringLiteral("good.json"))) == jsonBefore);
    }

    void shouldWritePolicyInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("snippet") << QStringLiteral("snippet") << QByteArray("<div class=\"privacy-policy\"");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# ");
        QTest::newRow("txt") << QStringLiteral("txt") << QByteArray("Privatlivspolitik");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    }
    void shouldWritePolicyInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("r.json")),
              "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"organisation\": "
              "{\"name\": \"Test ApS\", \"language\": \"da\", \"country\": \"DK\", \"supervisoryAuthority\": \"DK\"}}");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("r.json"), QStringLiteral("-o"), QStringLiteral("r.ropa")}, dir.path()).exitCode, 0);
        const auto before = Test::FileFingerprint::of(dir.filePath(QStringLiteral("r.ropa")));
        const Run r = run({QStringLiteral("policy"), QStringLiteral("r.ropa"), QStringLiteral("--lang"), QStringLiteral("da"),
                           QStringLiteral("--format"), format, QStringLiteral("-o"), QStringLiteral("out")},
                          dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QFile out(dir.filePath(QStringLiteral("out")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().startsWith(start));
        QVERIFY2(Test::FileFingerprint::of(dir.filePath(QStringLiteral("r.ropa"))) == before, "reading the register changed it");
    }

    void shouldNotMigrateAFileItOnlyReads()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("tests/model/fixtures/schema-v1.ropa")), dir.filePath(QStringLiteral("old.ropa"))));
        const auto before = Test::FileFingerprint::of(dir.filePath(QStringLiteral("old.ropa")));
        const Run r = run({QStringLiteral("export-json"), QStringLiteral("old.ropa"), QStringLiteral("-o"), QStringLiteral("-")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Gammel Fil ApS"));
        QVERIFY(Test::FileFingerprint::of(dir.filePath(QStringLiteral("old.ropa"))) == before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.ropa")});
    }

    void shouldSayWhenStandardOutputIsFull()
    {
        // GIVEN standard output on a device that is always full
        if (!QFileInfo(QStringLiteral("/dev/full")).exists())
            QSKIP("This system has no /dev/full.");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("r.json")), "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1}");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("r.json"), QStringLiteral("-o"), QStringLiteral("r.ropa")}, dir.path()).exitCode, 0);
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.setStandardOutputFile(QStringLiteral("/dev/full"));

        // WHEN the register is exported to it
        p.start(QStringLiteral(FORTEGNELSE_EXECUTABLE), {QStringLiteral("export-json"), QStringLiteral("r.ropa"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));

        // THEN it fails and says why in words
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(p.readAllStandardError(), QByteArray("fortegnelse export-json: standard output: write failed: the disk is full\n"));
    }

    void shouldOpenTheRegisterGivenInTheWindow()
    {
        // GIVEN a register, and a home of its own for the app's settings
        QTemporaryDir dir;
        Run r = run({QStringLiteral("import"), Test::sourcePath(QStringLiteral("resources/examples/oesyn.json")),
                     QStringLiteral("-o"), QStringLiteral("oesyn.ropa")},
                    dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QPair<QString, QString>> env{{QStringLiteral("FORTEGNELSE_QUIT_WHEN_SHOWN"), QStringLiteral("1")},
                                                 {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                                                 {QStringLiteral("HOME"), dir.path()},
                                                 {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}};

        // WHEN the app is started on it: a file alone opens the window, not a subcommand
        r = run({QStringLiteral("oesyn.ropa")}, dir.path(), env);

        // THEN the window showed it, the file's name in its title, and quit cleanly
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("oesyn.ropa") && r.out.contains("Fortegnelse"), r.out.constData());
        QVERIFY2(!r.out.contains("read-only"), r.out.constData());

        // WHEN it is started with nothing to open
        r = run({}, dir.path(), env);

        // THEN the window shows the start page, titled with the app alone
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Fortegnelse\n"));
    }

    void shouldPrintHelpAndVersion()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("--help")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("export-json"));
        r = run({QStringLiteral("--version")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("fortegnelse "));
    }
};

FORTEGNELSE_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
