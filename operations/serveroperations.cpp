#include "serveroperations.h"

#include "historyexport.h"
#include "historyjson.h"
#include "pgstore.h"
#include "printable.h"
#include "registerlocation.h"
#include "safeoutput.h"
#include "subcommands.h"

#include <QCoreApplication>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::Operations)
};

/// A file is named by its absolute path, a server by its URL.
QString resolved(const QString &location)
{
    return isServerLocation(location) ? location : SafeOutput::absolute(location);
}

} // namespace

OperationResult initializeServer(const QString &url, QStringList *done)
{
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(url, &address, &error) || !PgStore::initialize(address, done, &error))
        return OperationResult::refused(printable(url) + QStringLiteral(": ") + printable(error));
    return OperationResult::done();
}

OperationResult copyRegister(const QString &source, const QString &target)
{
    if (resolved(source) == resolved(target))
        return OperationResult::refused(Messages::tr("%1: a register cannot be copied onto itself").arg(printable(source)));
    // The history goes with the register: who changed what, the published policies and
    // the submitted records are the evidence an officer keeps, on a file or on a server.
    // Both are read at once, so the copy's history matches its register.
    Register reg;
    RegisterHistory history;
    if (OperationResult read = readRegisterWithHistory(resolved(source), &reg, &history); !read)
        return read;
    QString error;
    if (!writeRegisterAt(resolved(target), reg, &error, &history))
        return OperationResult::refused(printable(target) + QStringLiteral(": ") + printable(error));
    return OperationResult::done();
}

namespace Subcommands {

int runServerInit(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("server-init");
    QString input, output, error;
    QCommandLineParser parser;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    if (!isServerLocation(input))
        return fail(io, command, CommandLine::tr("give the server as postgresql://user@host/database"));
    QStringList done;
    if (OperationResult result = initializeServer(input, &done); !result)
        return failed(io, command, result);
    for (const QString &line : std::as_const(done))
        printText(io.out, printable(input) + QStringLiteral(": ") + printable(line));
    return ExitSuccess;
}

int runCopy(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("copy");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return fail(io, command, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(io, command, CommandLine::tr("give the register to copy and where to copy it: copy SOURCE TARGET"));
    if (OperationResult result = copyRegister(positional.at(0), positional.at(1)); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

} // namespace Subcommands

} // namespace Fortegnelse
