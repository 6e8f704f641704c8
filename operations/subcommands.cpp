// One function per subcommand: read the arguments, call the named operation, print.

#include "subcommands.h"

#include "documentoperations.h"
#include "policydocument.h"
#include "historyexport.h"
#include "printable.h"
#include "registeroperations.h"
#include "snapshotoperations.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

int runImport(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("import");
    QString input, output, error;
    QCommandLineParser parser;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    if (output == u"-")
        return fail(io, command, CommandLine::tr("a register is a file; give its name with -o FILE.ropa"));
    if (OperationResult result = importRegister(input, output); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

int runRepair(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("repair");
    QString input, output, error;
    QCommandLineParser parser;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    RepairReport report;
    if (OperationResult result = repairRegister(input, &report); !result)
        return failed(io, command, result);
    if (report.fixed.isEmpty()) {
        printText(io.out, CommandLine::tr("%1: nothing to repair").arg(printable(input)));
        return ExitSuccess;
    }
    const int fixed = int(report.fixed.size());
    printText(io.out, CommandLine::tr("%1: repaired %n problem(s); the file as it was is kept as %2", nullptr, fixed).arg(printable(input), printable(report.backupPath)));
    for (const QString &line : std::as_const(report.fixed))
        printText(io.out, QStringLiteral("  ") + line);
    return ExitSuccess;
}

int runExportJson(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("export-json");
    QString input, output, error;
    QCommandLineParser parser;
    // The journal and snapshots go with the register unless left out for sharing (issue 16).
    const QCommandLineOption noHistory(QStringLiteral("no-history"), CommandLine::tr("Leave the history out."));
    parser.addOption(noHistory);
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    if (OperationResult result = exportJsonWithHistory(input, destination(output, io), !parser.isSet(noHistory)); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

int runPolicy(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("policy");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("html"));
    const QCommandLineOption audienceOption(QStringLiteral("audience"), CommandLine::tr("Subject category."),
                                            CommandLine::tr("category"));
    const QCommandLineOption templatesOption(QStringLiteral("templates"), CommandLine::tr("Template folder."),
                                             CommandLine::tr("folder"));
    // The first layer alone, for the page a website's privacy link opens (issue 13).
    const QCommandLineOption firstLayerOption(QStringLiteral("first-layer"), CommandLine::tr("The first layer alone."),
                                              CommandLine::tr("url"));
    parser.addOptions({langOption, formatOption, audienceOption, templatesOption, firstLayerOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    const auto format = policyFormatFromName(parser.value(formatOption));
    if (!format)
        return fail(io, command,
                    CommandLine::tr("unknown format \"%1\"; use html, snippet, md, txt, odt or pdf")
                        .arg(parser.value(formatOption)));
    PolicyOptions options;
    options.language = checkedLanguage(parser.value(langOption), &error);
    if (options.language.isEmpty())
        return fail(io, command, error);
    options.audience = parser.value(audienceOption);
    options.templateFolder = parser.value(templatesOption);
    if (parser.isSet(firstLayerOption)) {
        options.firstLayerOf = fullTextAddress(parser.value(firstLayerOption));
        if (options.firstLayerOf.isEmpty())
            return fail(io, command,
                        CommandLine::tr("--first-layer needs the web address of the full policy, such as "
                                        "https://example.dk/privacy; \"%1\" is not one")
                            .arg(parser.value(firstLayerOption)));
    }
    if (OperationResult result = writePolicyFile(input, options, *format, destination(output, io)); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

int runRecordPdf(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("ropa-pdf");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption recordOption(QStringLiteral("record"), CommandLine::tr("Record."),
                                          CommandLine::tr("record"), QStringLiteral("both"));
    // The annex of what changed since the record last submitted (issue 16).
    const QCommandLineOption changesOption(QStringLiteral("changes-since-submitted"),
                                           CommandLine::tr("Changes since the record submitted."));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("pdf"));
    parser.addOptions({langOption, recordOption, changesOption, formatOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    const QString format = parser.value(formatOption);
    if (format != u"pdf" && format != u"odt")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use pdf or odt").arg(format));
    RecordOptions options;
    if (parser.isSet(changesOption)) {
        Snapshot submitted;
        auto base = std::make_shared<Register>();
        if (OperationResult read = readSnapshotOf(input, Snapshot::Submitted, 0, &submitted); !read)
            return failed(io, command, read);
        if (OperationResult read = registerOf(input, submitted, base.get()); !read)
            return failed(io, command, read);
        options.changesSince = std::move(base);
        options.changesSinceDate = submitted.submittedOn;
    }
    options.language = checkedLanguage(parser.value(langOption), &error);
    if (options.language.isEmpty())
        return fail(io, command, error);
    const auto kind = recordKindFromName(parser.value(recordOption));
    if (!kind)
        return fail(io, command,
                    CommandLine::tr("unknown record \"%1\"; use controller, processor or both")
                        .arg(parser.value(recordOption)));
    options.kind = *kind;
    options.today = io.today.isValid() ? io.today : QDate::currentDate();
    if (OperationResult result = writeRecordFile(input, options, destination(output, io),
                                                 format == u"odt" ? RecordFileFormat::Odt : RecordFileFormat::Pdf);
        !result)
        return failed(io, command, result);
    return ExitSuccess;
}

int runCheck(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("en"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    // check --due lists the reviews due instead (reviewcommands.cpp, issue 16).
    const QCommandLineOption dueOption(QStringLiteral("due"), CommandLine::tr("Reviews due."));
    const QCommandLineOption withinOption(QStringLiteral("within"), CommandLine::tr("Days."), CommandLine::tr("days"));
    parser.addOptions({langOption, formatOption, dueOption, withinOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    if (parser.isSet(dueOption)) {
        const QString language = reportLanguage(parser.value(langOption), io, &error);
        if (language.isEmpty())
            return fail(io, command, error);
        return runDue(input, parser.value(withinOption), io);
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    CheckReport report;
    const QDate today = io.today.isValid() ? io.today : QDate::currentDate();
    const auto reportFormat = format == u"json" ? CheckReport::Format::Json : CheckReport::Format::Text;
    if (OperationResult result = checkRegisterFile(input, reportFormat, today, &report); !result)
        return failed(io, command, result);
    io.out->write(report.bytes);
    return report.errors > 0 ? ExitProblemsFound : ExitSuccess;
}

} // namespace Fortegnelse::Subcommands
