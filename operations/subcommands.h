#pragma once

// The command line's insides, shared by its dispatcher (commandline.cpp) and its
// subcommands (subcommands.cpp). Not for other layers: they call the named operations.

#include "commandline.h"
#include "operationresult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Fortegnelse {

/// The translation context of the command line's messages.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::CommandLine)
};

namespace Subcommands {

constexpr int ExitSuccess = 0;
constexpr int ExitProblemsFound = 1;
constexpr int ExitBadInput = 2;

/// Writes \a text and a line break to \a stream as UTF-8.
void printText(QIODevice *stream, const QString &text);

/// Prints "fortegnelse COMMAND: MESSAGE" as one printable line on standard error and
/// returns ExitBadInput.
int fail(const CommandLineIo &io, const QString &command, const QString &message);

/// As fail(), with the message of a refused operation.
int failed(const CommandLineIo &io, const QString &command, const OperationResult &result);

/// Parses "COMMAND INPUT [options] [-o OUTPUT]" with the options already added to
/// \a parser. Returns false with the one-line message in *error.
bool parseInvocation(QCommandLineParser &parser, const QStringList &arguments, bool needsOutput,
                     QString *input, QString *output, QString *error);

/// The language option's value, checked; an empty string with *error set otherwise.
QString checkedLanguage(const QString &language, QString *error);
/// The same, and the language the command then reports in: its translations installed.
QString reportLanguage(const QString &language, const CommandLineIo &io, QString *error);

/// "-" is standard output; anything else names a file.
Destination destination(const QString &output, const CommandLineIo &io);

int runImport(const QStringList &arguments, const CommandLineIo &io);
int runRepair(const QStringList &arguments, const CommandLineIo &io);
int runExportJson(const QStringList &arguments, const CommandLineIo &io);
int runPolicy(const QStringList &arguments, const CommandLineIo &io);
int runRecordPdf(const QStringList &arguments, const CommandLineIo &io);
int runCheck(const QStringList &arguments, const CommandLineIo &io);
int runHistory(const QStringList &arguments, const CommandLineIo &io);
int runDiff(const QStringList &arguments, const CommandLineIo &io);
/// The usage lines of the history commands (historycommands.cpp).
QString historyUsage();
// snapshotcommands.cpp
int runSnapshots(const QStringList &arguments, const CommandLineIo &io);
int runSubmit(const QStringList &arguments, const CommandLineIo &io);
QString snapshotUsage();
// reviewcommands.cpp
int runReviews(const QStringList &arguments, const CommandLineIo &io);
/// check --due: the reviews due within \a within days (empty: today).
int runDue(const QString &input, const QString &within, const CommandLineIo &io);
QString reviewUsage();
// driftcommand.cpp: policy drift (issue 16 item 4)
int runDrift(const QStringList &arguments, const CommandLineIo &io);
QString driftUsage();
// serveroperations.cpp
int runServerInit(const QStringList &arguments, const CommandLineIo &io);
int runCopy(const QStringList &arguments, const CommandLineIo &io);

} // namespace Subcommands
} // namespace Fortegnelse
