// The drift subcommand: which sections of the published policy would read differently now
// (issue 16 item 4, policydrift.h).

#include "policydrift.h"
#include "subcommands.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

QString driftUsage()
{
    return CommandLine::tr("  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]\n"
                           "                                               which sections of the published policy would\n"
                           "                                               read differently now; exits 1 when any would");
}

int runDrift(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("drift");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    parser.addOptions({langOption, formatOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
    // The policy is compared in this language, and the report is written in it too.
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    PolicyDrift drift;
    if (OperationResult result = policyDriftOf(input, language, &drift); !result)
        return failed(io, command, result);
    io.out->write(format == u"json" ? policyDriftAsJson(drift) : policyDriftAsText(drift));
    return drift.hasDrift() ? ExitProblemsFound : ExitSuccess;
}

} // namespace Fortegnelse::Subcommands
