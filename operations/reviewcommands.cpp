// The reviews subcommand and check --due (issue 16).

#include "printable.h"
#include "registeroperations.h"
#include "reviews.h"
#include "subcommands.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

QString reviewUsage()
{
    return CommandLine::tr("  fortegnelse check REG.ropa --due [--within DAYS]\n"
                           "                                               list the reviews due or overdue (exit 1 if any)\n"
                           "  fortegnelse reviews REG.ropa --ics OUT.ics   write every review date as an iCalendar file");
}

int runDue(const QString &input, const QString &within, const CommandLineIo &io)
{
    const QString command = QStringLiteral("check");
    bool ok = true;
    const int days = within.isEmpty() ? 0 : within.toInt(&ok);
    if (!ok || days < 0 || days > 36500)
        return fail(io, command, CommandLine::tr("\"%1\" is not a number of days").arg(within));
    Register reg;
    if (OperationResult result = readRegister(input, &reg); !result)
        return failed(io, command, result);
    const QDate today = io.today.isValid() ? io.today : QDate::currentDate();
    const QList<ReviewDate> due = reviewsDue(reg, today, days);
    io.out->write(reviewsAsText(due, today));
    return due.isEmpty() ? ExitSuccess : ExitProblemsFound;
}

int runReviews(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("reviews");
    QCommandLineParser parser;
    const QCommandLineOption icsOption(QStringLiteral("ics"), CommandLine::tr("iCalendar file."), CommandLine::tr("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("en"));
    parser.addOptions({icsOption, langOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    if (!parser.isSet(icsOption) || parser.value(icsOption).isEmpty())
        return fail(io, command, CommandLine::tr("no output file given (--ics FILE)"));
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    const Destination out = destination(parser.value(icsOption), io);
    if (OperationResult checked = checkDestination(out, {input}); !checked)
        return failed(io, command, checked);
    Register reg;
    if (OperationResult result = readRegister(input, &reg); !result)
        return failed(io, command, result);
    const QByteArray ics = reviewsAsICalendar(reviewDates(reg), QDateTime::currentDateTimeUtc());
    if (OperationResult result = deliver(ics, out, {input}); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

} // namespace Fortegnelse::Subcommands
