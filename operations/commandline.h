#pragma once

#include <QDate>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Fortegnelse {

/// Where the command line reads its surroundings from: the streams it prints to and the
/// hooks the executable wires in. Tests give buffers and run every subcommand in-process.
struct CommandLineIo
{
    QIODevice *out = nullptr; ///< standard output: reports, help, "-o -" documents
    QIODevice *err = nullptr; ///< standard error: one line when a command fails
    /// Installs the translations of a language ("da", "nb", "sv", "en") so that check
    /// reports in it; the executable wires in the UI's installer. May be left empty.
    std::function<void(const QString &language)> installLanguage;
    /// The date checks and records are made on; invalid means today.
    QDate today;
};

/// Whether the arguments (argv, with the program name first) name a subcommand, run
/// without a display, rather than the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

/// Runs a subcommand. Returns the exit code: 0 success, 1 the command's own "found
/// problems" result, 2 bad arguments or bad input. Never leaves a partly written output,
/// and never writes an output onto an input, through a link, or onto a special file.
int runCommandLine(const QStringList &arguments, const CommandLineIo &io);

} // namespace Fortegnelse
