#pragma once

// The command line run inside the test's own process, its output caught: for the tests of
// executables that link the operations library.

#include "commandline.h"

#include <QBuffer>
#include <QStringList>

namespace Fortegnelse::Test {

struct CommandRun
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs "fortegnelse ARGUMENTS" with \a io (its date, its language installer); standard
/// output and error are caught.
inline CommandRun runCommand(const QStringList &arguments, CommandLineIo io = {})
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    io.out = &out;
    io.err = &err;
    CommandRun r;
    r.exit = runCommandLine(QStringList{QStringLiteral("fortegnelse")} + arguments, io);
    r.out = out.data();
    r.err = err.data();
    return r;
}

} // namespace Fortegnelse::Test
