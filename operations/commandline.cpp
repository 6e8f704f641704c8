#include "commandline.h"

#include "printable.h"
#include "referencedata.h"
#include "registerlocation.h"
#include "subcommands.h"
#include "tablecommands.h"

#include <QFileInfo>
#include <QIODevice>

namespace Fortegnelse {

namespace Subcommands {

namespace {

QString usage()
{
    return CommandLine::tr("Usage:\n"
                           "  fortegnelse [FILE.ropa]                      open the register in the app\n"
                           "  fortegnelse import IN.json -o OUT.ropa       make a register from JSON\n"
                           "  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for "
                           "standard output)\n"
                           "  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf\n"
                           "                     [--audience CATEGORY] [--templates FOLDER] [--first-layer URL] -o OUT\n"
                           "                                               write the privacy policy (or its first\n"
                           "                                               layer alone, linking to the full one)\n"
                           "  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]\n"
                           "                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf\n"
                           "                                               write the Article 30 record as PDF, or as\n"
                           "                                               ODT with named styles for editing\n"
                           "  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]\n"
                           "                                               check the register against the GDPR\n"
                           "  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)\n"
                           "  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse|cnil]\n"
                           "                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]\n"
                           "                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa\n"
                           "                                               a register from a spreadsheet or Word tables,\n"
                           "                                               or merged into one as one undoable step\n"
                           "  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT\n"
                           "                                               write the record as a spreadsheet\n"
                           "  fortegnelse server-init postgresql://USER@HOST/DB\n"
                           "                                               set up a database for a register, and its roles\n"
                           "  fortegnelse copy SOURCE TARGET               copy a register between a file and a server\n"
                           "Wherever a register is read, a postgresql:// URL may stand for the file.\n"
                           "Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds "
                           "errors, import-table --dry-run when a row has warnings.")
        + QLatin1Char('\n') + historyUsage() + QLatin1Char('\n') + snapshotUsage()
        + QLatin1Char('\n') + reviewUsage() + QLatin1Char('\n') + driftUsage();
}

} // namespace

void printText(QIODevice *stream, const QString &text)
{
    stream->write(text.toUtf8() + '\n');
}

int fail(const CommandLineIo &io, const QString &command, const QString &message)
{
    // Messages are one line, whatever the input they quote holds.
    printText(io.err, printable(QStringLiteral("fortegnelse %1: %2").arg(command, message)));
    return ExitBadInput;
}

int failed(const CommandLineIo &io, const QString &command, const OperationResult &result)
{
    return fail(io, command, result.message);
}

bool parseInvocation(QCommandLineParser &parser, const QStringList &arguments, bool needsOutput,
                     QString *input, QString *output, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandLine::tr("Output file."), CommandLine::tr("file"));
    if (needsOutput)
        parser.addOption(outputOption);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The parser takes the first argument, the command, as the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty()
            ? CommandLine::tr("no input file given")
            : CommandLine::tr("one input file expected, got %1").arg(positional.size());
        return false;
    }
    *input = positional.first();
    if (needsOutput) {
        if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
            *error = CommandLine::tr("no output file given (-o FILE)");
            return false;
        }
        *output = parser.value(outputOption);
    }
    return true;
}

QString checkedLanguage(const QString &language, QString *error)
{
    if (ReferenceData::languages().contains(language))
        return language;
    *error = CommandLine::tr("unknown language \"%1\"; use da, nb, sv or en").arg(language);
    return {};
}

QString reportLanguage(const QString &language, const CommandLineIo &io, QString *error)
{
    const QString checked = checkedLanguage(language, error);
    if (!checked.isEmpty() && io.installLanguage)
        io.installLanguage(checked);
    return checked;
}

Destination destination(const QString &output, const CommandLineIo &io)
{
    return output == u"-" ? Destination::toStream(io.out) : Destination::file(output);
}

} // namespace Subcommands

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything but one existing file to open is for the command line, which answers
    // an unknown word with a message rather than opening a window on it.
    return arguments.size() > 2
        || !(QFileInfo(arguments.at(1)).isFile() || isServerLocation(arguments.at(1)));
}

int runCommandLine(const QStringList &arguments, const CommandLineIo &io)
{
    using namespace Subcommands;
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printText(io.out, usage());
        return ExitSuccess;
    }
    if (first == u"--version") {
        printText(io.out, QStringLiteral("fortegnelse ") + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    const QStringList rest = arguments.mid(1);
    if (first == u"import")
        return runImport(rest, io);
    if (first == u"export-json")
        return runExportJson(rest, io);
    if (first == u"repair")
        return runRepair(rest, io);
    if (first == u"policy")
        return runPolicy(rest, io);
    if (first == u"check")
        return runCheck(rest, io);
    if (first == u"ropa-pdf")
        return runRecordPdf(rest, io);
    if (first == u"history")
        return runHistory(rest, io);
    if (first == u"diff")
        return runDiff(rest, io);
    if (first == u"snapshots")
        return runSnapshots(rest, io);
    if (first == u"submit")
        return runSubmit(rest, io);
    if (first == u"reviews")
        return runReviews(rest, io);
    if (first == u"drift")
        return runDrift(rest, io);
    if (first == u"import-table")
        return runImportTable(rest, io);
    if (first == u"export-table")
        return runExportTable(rest, io);
    if (first == u"server-init")
        return runServerInit(rest, io);
    if (first == u"copy")
        return runCopy(rest, io);
    if (first.startsWith(QLatin1Char('-')) || !first.contains(QLatin1Char('.')))
        return fail(io, first, CommandLine::tr("unknown command; see fortegnelse --help"));
    return fail(io, QStringLiteral("open"), CommandLine::tr("%1: no such file").arg(first));
}

} // namespace Fortegnelse
