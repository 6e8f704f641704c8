// Every subcommand run in-process, as the executable runs it: its arguments, exit code,
// standard output and the exact line on standard error. Every refusal of an output that
// would destroy an input, go through a link, or replace a special file is a named row, and
// each proves that nothing in the folder changed.

#include "commandline.h"
#include "document.h"
#include "fixturefolder.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QGuiApplication>

using namespace Fortegnelse;

namespace {

struct InProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

InProcessRun runInProcess(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CommandLineIo io;
    io.out = &out;
    io.err = &err;
    io.today = QDate(2026, 12, 1);
    const int exitCode = runCommandLine(QStringList{QStringLiteral("fortegnelse")} + arguments, io);
    return {exitCode, out.data(), err.data()};
}

/// "import good.json -o out.ropa" as a list; names with spaces are given as lists.
QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasControlCharacterBeforeTheEnd(const QByteArray &line)
{
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        if (uchar(line.at(i)) < 0x20 || uchar(line.at(i)) == 0x7F)
            return true;
    return false;
}

} // namespace

class TestSubcommands : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseWithOneExactLineAndChangeNothing_data();
    void shouldRefuseWithOneExactLineAndChangeNothing();
    void shouldRunAndWriteOnlyItsOutput_data();
    void shouldRunAndWriteOnlyItsOutput();
    void shouldTellTheCommandLineFromTheApp_data();
    void shouldTellTheCommandLineFromTheApp();
    void shouldReportCheckProblemsInTheChosenLanguage();
    void shouldSayWhenStandardOutputCannotBeWritten();
    void shouldRepairADamagedRegisterAndKeepABackup();
    void shouldRefuseToRepairARegisterHeldOrUnreadable_data();
    void shouldRefuseToRepairARegisterHeldOrUnreadable();
};

namespace {
bool runRawSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}
} // namespace

void TestSubcommands::shouldRepairADamagedRegisterAndKeepABackup()
{
    // GIVEN a register with a planted trigger and settings that do not decode
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("r.ropa"));
    QVERIFY(runRawSql(path, QStringLiteral("CREATE TRIGGER plant AFTER UPDATE ON meta BEGIN DELETE FROM parties; END")));
    QVERIFY(runRawSql(path, QStringLiteral("UPDATE singletons SET body = '{broken' WHERE name = 'policy'")));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();
    InProcessRun check = runInProcess(words("export-json r.ropa -o -"));
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err.contains("repair"), check.err.constData());
    // (A copy would carry the damage: it is refused the same way, and nothing is written.)
    check = runInProcess(words("copy r.ropa copy.ropa"));
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err.contains("repair"), check.err.constData());
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("copy.ropa"))));

    // WHEN it is repaired
    const InProcessRun r = runInProcess(words("repair r.ropa"));

    // THEN it says what it fixed and where the backup is, and the register reads again
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 3, r.out.constData());
    QVERIFY2(lines.first().startsWith("r.ropa: repaired "), r.out.constData());
    QVERIFY2(r.out.contains("trigger \"plant\""), r.out.constData());
    QVERIFY2(r.out.contains("  policy: "), r.out.constData());
    const QByteArray backup = lines.first().mid(lines.first().lastIndexOf(' ') + 1);
    QFile kept(QString::fromUtf8(backup));
    QVERIFY2(kept.open(QIODevice::ReadOnly), backup.constData());
    QCOMPARE(kept.readAll(), damagedBytes);
    QCOMPARE(runInProcess(words("export-json r.ropa -o -")).exitCode, 0);
    const InProcessRun again = runInProcess(words("repair r.ropa"));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("r.ropa: nothing to repair\n"));
}

void TestSubcommands::shouldRefuseToRepairARegisterHeldOrUnreadable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("held by another window") << "held"
                                            << "fortegnelse repair: r.ropa: The register is open for editing by ";
    QTest::newRow("not a database") << "garbage"
                                    << "fortegnelse repair: good.json: This is not a Fortegnelse register: it is not an SQLite database.";
    QTest::newRow("missing") << "missing"
                             << "fortegnelse repair: none.ropa: The file does not exist.";
}

void TestSubcommands::shouldRefuseToRepairARegisterHeldOrUnreadable()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    std::unique_ptr<Document> holder;
    QString error;
    if (kind == u"held")
        holder = Document::open(folder.filePath(QStringLiteral("r.ropa")), &error);
    const QString file = kind == u"held" ? QStringLiteral("r.ropa") : kind == u"garbage" ? QStringLiteral("good.json")
                                                                                         : QStringLiteral("none.ropa");
    const auto before = folder.snapshot();
    const InProcessRun r = runInProcess({QStringLiteral("repair"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
    QCOMPARE(folder.snapshot(), before);
}

void TestSubcommands::shouldSayWhenStandardOutputCannotBeWritten()
{
    // GIVEN a standard output that takes nothing (a closed pipe, say)
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    QBuffer out, err;
    err.open(QIODevice::WriteOnly);
    CommandLineIo io;
    io.out = &out;
    io.err = &err;

    // WHEN a document goes there
    const int exitCode = runCommandLine(words("fortegnelse export-json r.ropa -o -"), io);

    // THEN the command fails with one line that says so
    QCOMPARE(exitCode, 2);
    QCOMPARE(err.data(), QByteArray("fortegnelse export-json: standard output: write failed\n"));
}

void TestSubcommands::shouldRefuseWithOneExactLineAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QStringList &arguments, const char *message) {
        QTest::newRow(name) << arguments << QString::fromUtf8(message);
    };

    // Arguments
    row("import without arguments", words("import"), "fortegnelse import: no input file given");
    row("import without output", words("import good.json"), "fortegnelse import: no output file given (-o FILE)");
    row("import with two inputs", words("import good.json bad.json -o out.ropa"),
        "fortegnelse import: one input file expected, got 2");
    row("import with an unknown option", words("import good.json --force -o out.ropa"),
        "fortegnelse import: Unknown option 'force'.");
    row("import to standard output", words("import good.json -o -"),
        "fortegnelse import: a register is a file; give its name with -o FILE.ropa");
    row("unknown command", words("frobnicate"), "fortegnelse frobnicate: unknown command; see fortegnelse --help");
    row("missing file to open", words("missing.ropa"), "fortegnelse open: missing.ropa: no such file");

    // Inputs
    row("import of a missing file", words("import nope.json -o out.ropa"),
        "fortegnelse import: nope.json: cannot be read: No such file or directory");
    row("import of a folder", words("import sub -o out.ropa"), "fortegnelse import: sub: cannot be read: it is a folder");
    row("import of broken JSON", words("import broken.json -o out.ropa"),
        "fortegnelse import: broken.json: line 1, column 3: not valid JSON: unterminated object");
    row("import of an invalid register", words("import bad.json -o out.ropa"),
        "fortegnelse import: bad.json: $.activities[0].purposes[0].legalBasis: \"z\" is not a known Art. 6(1) legal basis; expected one of: a, b, c, d, e, f");
    row("export-json of JSON", words("export-json good.json -o x.json"),
        "fortegnelse export-json: good.json: This is not a Fortegnelse register: it is not an SQLite database.");
    row("export-json of a foreign file", words("export-json random.bin -o x.json"),
        "fortegnelse export-json: random.bin: This is not a Fortegnelse register: it is not an SQLite database.");
    row("export-json of a missing register", words("export-json nope.ropa -o x.json"),
        "fortegnelse export-json: nope.ropa: The file does not exist.");
    row("export-json of a name SQLite reads as a URI", words("export-json file:nope.ropa -o x.json"),
        "fortegnelse export-json: file:nope.ropa: The file does not exist.");
    row("policy of a foreign file", words("policy random.bin -o p.html"),
        "fortegnelse policy: random.bin: This is not a Fortegnelse register: it is not an SQLite database.");
    row("ropa-pdf of a missing register", words("ropa-pdf nope.ropa -o r.pdf"),
        "fortegnelse ropa-pdf: nope.ropa: The file does not exist.");
    row("check of a missing register", words("check nope.ropa"), "fortegnelse check: nope.ropa: The file does not exist.");

    // Options
    row("export-json without output", words("export-json r.ropa"), "fortegnelse export-json: no output file given (-o FILE)");
    row("policy without output", words("policy r.ropa"), "fortegnelse policy: no output file given (-o FILE)");
    row("ropa-pdf without input", words("ropa-pdf -o r.pdf"), "fortegnelse ropa-pdf: no input file given");
    row("ropa-pdf in a format it does not write", words("ropa-pdf r.ropa --format docx -o r.docx"),
        "fortegnelse ropa-pdf: unknown format \"docx\"; use pdf or odt");
    row("policy in an unknown language", words("policy r.ropa --lang de -o p.html"),
        "fortegnelse policy: unknown language \"de\"; use da, nb, sv or en");
    row("policy in an unknown format", words("policy r.ropa --format docx -o p.docx"),
        "fortegnelse policy: unknown format \"docx\"; use html, snippet, md, txt, odt or pdf");
    row("policy for an unknown audience", words("policy r.ropa --audience martians -o p.html"),
        "fortegnelse policy: No subject category \"martians\" in the register; use one of: ");
    row("policy with missing templates", words("policy r.ropa --templates nowhere -o p.html"),
        "fortegnelse policy: The template folder nowhere does not exist.");
    row("first layer linking to no web address", words("policy r.ropa --first-layer privacy.html -o p.html"),
        "fortegnelse policy: --first-layer needs the web address of the full policy, such as "
        "https://example.dk/privacy; \"privacy.html\" is not one");
    row("ropa-pdf in an unknown language", words("ropa-pdf r.ropa --lang de -o r.pdf"),
        "fortegnelse ropa-pdf: unknown language \"de\"; use da, nb, sv or en");
    row("ropa-pdf of an unknown record", words("ropa-pdf r.ropa --record everything -o r.pdf"),
        "fortegnelse ropa-pdf: unknown record \"everything\"; use controller, processor or both");
    row("check in an unknown format", words("check r.ropa --format xml"),
        "fortegnelse check: unknown format \"xml\"; use text or json");
    row("check in an unknown language", words("check r.ropa --lang de"),
        "fortegnelse check: unknown language \"de\"; use da, nb, sv or en");
    row("check with two inputs", words("check r.ropa hard.ropa"), "fortegnelse check: one input file expected, got 2");

    // Outputs that are an input, by any name
    row("import onto its input", words("import good.json -o good.json"),
        "fortegnelse import: good.json: cannot be written: it is the input good.json; give another output file");
    row("import onto its input by ./", words("import good.json -o ./good.json"),
        "fortegnelse import: ./good.json: cannot be written: it is the input good.json; give another output file");
    row("import from a symlink onto its target", words("import jsonlink.json -o good.json"),
        "fortegnelse import: good.json: cannot be written: it is the input jsonlink.json; give another output file");
    row("export-json onto its input", words("export-json r.ropa -o r.ropa"),
        "fortegnelse export-json: r.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("export-json onto its input by ./", words("export-json r.ropa -o ./r.ropa"),
        "fortegnelse export-json: ./r.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("export-json onto its input by dir/..", words("export-json r.ropa -o sub/../r.ropa"),
        "fortegnelse export-json: sub/../r.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("export-json from a symlink onto its target", words("export-json link.ropa -o r.ropa"),
        "fortegnelse export-json: r.ropa: cannot be written: it is the input link.ropa; give another output file");
    row("export-json onto a hard link of its input", words("export-json r.ropa -o hard.ropa"),
        "fortegnelse export-json: hard.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("policy onto its input", words("policy r.ropa -o r.ropa"),
        "fortegnelse policy: r.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("policy onto a hard link of its input", words("policy r.ropa --format pdf -o hard.ropa"),
        "fortegnelse policy: hard.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("policy onto its input by a file: name", words("policy file:q%72.ropa -o file:q%72.ropa"),
        "fortegnelse policy: file:q%72.ropa: cannot be written: it is the input file:q%72.ropa; give another output file");
    row("ropa-pdf onto its input", words("ropa-pdf r.ropa -o r.ropa"),
        "fortegnelse ropa-pdf: r.ropa: cannot be written: it is the input r.ropa; give another output file");
    row("ropa-pdf from a symlink onto its target", words("ropa-pdf link.ropa -o r.ropa"),
        "fortegnelse ropa-pdf: r.ropa: cannot be written: it is the input link.ropa; give another output file");

    // Outputs that are not an ordinary file
    row("import onto a folder", words("import good.json -o sub"), "fortegnelse import: sub: cannot be written: it is a folder");
    row("import onto a symlink", words("import good.json -o linkout"),
        "fortegnelse import: linkout: cannot be written: it is a symbolic link; give the name of the file itself");
    row("import onto a dangling symlink", words("import good.json -o dangling"),
        "fortegnelse import: dangling: cannot be written: it is a symbolic link; give the name of the file itself");
    row("import onto a FIFO", words("import good.json -o pipe"),
        "fortegnelse import: pipe: cannot be written: it is a named pipe, not a file");
    row("import onto a socket", words("import good.json -o socket"),
        "fortegnelse import: socket: cannot be written: it is a socket, not a file");
    row("import onto a device node", words("import good.json -o null"),
        "fortegnelse import: null: cannot be written: it is a device, not a file");
    row("export-json onto a FIFO", words("export-json r.ropa -o pipe"),
        "fortegnelse export-json: pipe: cannot be written: it is a named pipe, not a file");
    row("export-json onto a symlink", words("export-json r.ropa -o linkout"),
        "fortegnelse export-json: linkout: cannot be written: it is a symbolic link; give the name of the file itself");
    row("export-json onto a device node", words("export-json r.ropa -o null"),
        "fortegnelse export-json: null: cannot be written: it is a device, not a file");
    row("policy onto a symlink", words("policy r.ropa -o linkout"),
        "fortegnelse policy: linkout: cannot be written: it is a symbolic link; give the name of the file itself");
    row("policy onto a socket", words("policy r.ropa -o socket"),
        "fortegnelse policy: socket: cannot be written: it is a socket, not a file");
    row("ropa-pdf onto a FIFO", words("ropa-pdf r.ropa -o pipe"),
        "fortegnelse ropa-pdf: pipe: cannot be written: it is a named pipe, not a file");
    row("ropa-pdf onto a device node", words("ropa-pdf r.ropa -o null"),
        "fortegnelse ropa-pdf: null: cannot be written: it is a device, not a file");
    row("export-json into a missing folder", words("export-json r.ropa -o no/x.json"),
        "fortegnelse export-json: no/x.json: cannot be written: No such file or directory");
    row("import into a missing folder", words("import good.json -o no/where.ropa"),
        "fortegnelse import: no/where.ropa: cannot be written: the folder it would go in does not exist");

    // Quoted input never steers the terminal
    row("control characters in a file name",
        QStringList{QStringLiteral("import"), QStringLiteral("evil\x1b]0;owned\x07\r.json"), QStringLiteral("-o"), QStringLiteral("out.ropa")},
        "fortegnelse import: evil\\x1b]0;owned\\x07\\r.json: cannot be read: No such file or directory");
    row("bidi override in a file name",
        QStringList{QStringLiteral("check"), QStringLiteral("gpj.\u202Eropa")},
        "fortegnelse check: gpj.\\u202eropa: The file does not exist.");
    row("control characters in JSON values", words("import evil.json -o out.ropa"),
        "fortegnelse import: evil.json: $.activities[0].purposes[0].legalBasis: \"\\x1b[2Jz\" is not a known Art. 6(1) legal basis; expected one of: a, b, c, d, e, f");
}

void TestSubcommands::shouldRefuseWithOneExactLineAndChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // GIVEN a folder of inputs, links and special files
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    if (arguments.contains(QStringLiteral("null")) && !folder.hasDeviceNode())
        QSKIP("Making a device node needs root (CAP_MKNOD); the FIFO and socket rows cover the rest.");
    const auto before = folder.snapshot();

    // WHEN the command runs
    const InProcessRun r = runInProcess(arguments);

    // THEN it exits 2 with exactly one printable line, and nothing in the folder changed
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err), message + QLatin1Char('\n'));
    QVERIFY2(!hasControlCharacterBeforeTheEnd(r.err), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(folder.snapshot(), before);
}

void TestSubcommands::shouldRunAndWriteOnlyItsOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stdoutStart");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("outputStart");
    const QByteArray sqlite("SQLite format 3");
    const QByteArray none;
    QTest::newRow("import") << words("import good.json -o new.ropa") << 0 << none << "new.ropa" << sqlite;
    QTest::newRow("import over an older output") << words("import good.json -o out.ropa") << 0 << none << "out.ropa" << sqlite;
    QTest::newRow("import to a file: name, not a URI") << words("import good.json -o file:o%72.ropa") << 0 << none
                                                       << "file:o%72.ropa" << sqlite;
    QTest::newRow("import from a symlink") << words("import jsonlink.json -o new.ropa") << 0 << none << "new.ropa" << sqlite;
    QTest::newRow("export-json to a file") << words("export-json r.ropa -o x.json") << 0 << none << "x.json"
                                           << QByteArray("{\n    \"activities\"");
    QTest::newRow("export-json to standard output") << words("export-json r.ropa -o -") << 0
                                                    << QByteArray("{\n    \"activities\"") << QString() << none;
    QTest::newRow("export-json of a file: name, not a URI") << words("export-json file:q%72.ropa -o -") << 0
                                                            << QByteArray("{\n    \"activities\"") << QString() << none;
    QTest::newRow("export-json from a symlink") << words("export-json link.ropa -o x.json") << 0 << none << "x.json"
                                                << QByteArray("{\n    \"activities\"");
    QTest::newRow("policy as HTML") << words("policy r.ropa -o p.html") << 0 << none << "p.html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("policy as Markdown to standard output") << words("policy r.ropa --lang en --format md -o -") << 0
                                                           << QByteArray("# ") << QString() << none;
    QTest::newRow("policy as PDF") << words("policy r.ropa --format pdf -o p.pdf") << 0 << none << "p.pdf" << QByteArray("%PDF-");
    QTest::newRow("policy's first layer for a website")
        << words("policy r.ropa --format snippet --first-layer https://example.dk/privatliv -o -") << 0
        << QByteArray("<div class=\"privacy-policy\" lang=\"da\">\n<h2 id=\"summary\">") << QString() << none;
    QTest::newRow("ropa-pdf") << words("ropa-pdf r.ropa --lang en -o r.pdf") << 0 << none << "r.pdf" << QByteArray("%PDF-");
    QTest::newRow("the record as ODT") << words("ropa-pdf r.ropa --format odt -o r.odt") << 0 << none << "r.odt"
                                       << QByteArray("PK\x03\x04");
    QTest::newRow("ropa-pdf of the processor record to standard output")
        << words("ropa-pdf r.ropa --record processor -o -") << 0 << QByteArray("%PDF-") << QString() << none;
    QTest::newRow("check finding errors") << words("check errors.ropa") << 1
                                          << QByteArray("Error: organisation name: The organisation has no name.") << QString() << none;
    QTest::newRow("check finding errors as JSON") << words("check errors.ropa --format json") << 1
                                                  << QByteArray("{\n    \"advice\": 1,\n    \"errors\": 6,")
                                                  << QString() << none;
    QTest::newRow("check finding no errors") << words("check r.ropa") << 0
                                             << QByteArray("Warning: organisation address: ") << QString() << none;
    QTest::newRow("help") << words("--help") << 0 << QByteArray("Usage:\n") << QString() << none;
    QTest::newRow("version") << words("--version") << 0 << QByteArray("fortegnelse 0.1.0\n") << QString() << none;
}

void TestSubcommands::shouldRunAndWriteOnlyItsOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stdoutStart);
    QFETCH(QString, output);
    QFETCH(QByteArray, outputStart);
    // GIVEN a folder of inputs
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    auto expected = folder.snapshot();

    // WHEN the command runs
    const InProcessRun r = runInProcess(arguments);

    // THEN it succeeds quietly, prints what it should, and writes only its output
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.out.startsWith(stdoutStart), r.out.left(200).constData());
    QCOMPARE(r.out.isEmpty(), stdoutStart.isEmpty());
    auto after = folder.snapshot();
    if (!output.isEmpty()) {
        QFile written(folder.filePath(output));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(written.readAll().startsWith(outputStart), qPrintable(output));
        QVERIFY(after.contains(output));
        after.remove(output);
        expected.remove(output);
    }
    QCOMPARE(after, expected);
}

void TestSubcommands::shouldTellTheCommandLineFromTheApp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("no arguments") << QStringList{QStringLiteral("fortegnelse")} << false;
    QTest::newRow("a register to open") << words("fortegnelse r.ropa") << false;
    QTest::newRow("a missing register") << words("fortegnelse missing.ropa") << true;
    QTest::newRow("a subcommand") << words("fortegnelse check r.ropa") << true;
    QTest::newRow("an option") << words("fortegnelse --help") << true;
}

void TestSubcommands::shouldTellTheCommandLineFromTheApp()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    QCOMPARE(isCommandLineInvocation(arguments), commandLine);
}

void TestSubcommands::shouldReportCheckProblemsInTheChosenLanguage()
{
    // GIVEN a register and a language hook, as the executable wires the UI's installer
    Test::FixtureFolder folder;
    QVERIFY(folder.isValid());
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    QStringList installed;
    CommandLineIo io{&out, &err, [&installed](const QString &language) { installed.append(language); },
                     QDate(2026, 12, 1)};

    // WHEN check runs in Swedish
    const int exitCode = runCommandLine(words("fortegnelse check errors.ropa --lang sv"), io);

    // THEN the language was installed before the report was made
    QCOMPARE(exitCode, 1);
    QCOMPARE(installed, QStringList{QStringLiteral("sv")});
    QVERIFY(err.data().isEmpty());
    QVERIFY(out.data().endsWith(" advice\n"));
}

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // the PDF documents lay out text with fonts
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    TestSubcommands tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_subcommands.moc"
