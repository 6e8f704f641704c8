#pragma once

#include <QStringList>

namespace Fortegnelse {

/// Whether the arguments name a subcommand (run without a display) rather than the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

/// Runs a subcommand. Returns the exit code: 0 success, 1 the command's own "found
/// problems" result, 2 bad arguments or bad input. Never leaves a partly written output.
int runCommandLine(const QStringList &arguments);

} // namespace Fortegnelse
