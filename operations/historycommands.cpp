// The history subcommands: history and diff (issue 16).

#include "historyoperations.h"
#include "subcommands.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

QString historyUsage()
{
    return CommandLine::tr("  fortegnelse history REG.ropa [--item [KIND/]ID] [--since DATE] [--user NAME]\n"
                           "                     [--kind edit|undo|redo|repair] [--format text|json]\n"
                           "                                               list the register's changes, newest first\n"
                           "  fortegnelse diff OLD NEW [--format text|json|md] [--lang da|nb|sv|en]\n"
                           "                                               list what differs; each side is a .ropa,\n"
                           "                                               a .json file, REG.ropa@DATE, @published or @submitted");
}

int runHistory(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("history");
    QCommandLineParser parser;
    const QCommandLineOption itemOption(QStringLiteral("item"), CommandLine::tr("Item."), CommandLine::tr("id"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), CommandLine::tr("Since."), CommandLine::tr("date"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("en"));
    const QCommandLineOption userOption(QStringLiteral("user"), CommandLine::tr("User."), CommandLine::tr("name"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), CommandLine::tr("Kind."), CommandLine::tr("kind"));
    parser.addOptions({itemOption, sinceOption, userOption, kindOption, formatOption, langOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    HistoryOptions options;
    options.item = parser.value(itemOption);
    options.json = format == u"json";
    options.actor = parser.value(userOption);
    if (parser.isSet(kindOption)) {
        options.kind = journalKindFromName(parser.value(kindOption));
        if (!options.kind)
            return fail(io, command, CommandLine::tr("unknown kind \"%1\"; use edit, undo, redo, repair or import").arg(parser.value(kindOption)));
    }
    if (parser.isSet(sinceOption)) {
        const QString since = parser.value(sinceOption);
        const QDate day = QDate::fromString(since, Qt::ISODate);
        options.since = day.isValid() && since.size() == 10 ? day.startOfDay()
                                                            : QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!options.since.isValid())
            return fail(io, command, CommandLine::tr("\"%1\" is not a date (yyyy-mm-dd) or a date and time").arg(since));
    }
    QByteArray out;
    if (OperationResult result = historyOf(input, options, &out); !result)
        return failed(io, command, result);
    io.out->write(out);
    return ExitSuccess;
}

int runDiff(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("en"));
    parser.addOptions({formatOption, langOption});
    if (!parser.parse(arguments))
        return fail(io, command, parser.errorText());
    const QStringList sides = parser.positionalArguments();
    if (sides.size() != 2)
        return fail(io, command, CommandLine::tr("two registers to compare expected, got %1").arg(sides.size()));
    const auto format = diffFormatFromName(parser.value(formatOption));
    if (!format)
        return fail(io, command,
                    CommandLine::tr("unknown format \"%1\"; use text, json or md").arg(parser.value(formatOption)));
    QString error;
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    QByteArray out;
    if (OperationResult result = diffStates(sides.at(0), sides.at(1), *format, &out); !result)
        return failed(io, command, result);
    io.out->write(out);
    return ExitSuccess;
}

} // namespace Fortegnelse::Subcommands
