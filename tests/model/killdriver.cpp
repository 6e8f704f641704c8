// The process the kill test kills: opens a register and runs the kill script on it from a
// given step, printing "committed N" (N steps done, counted from the start of the script)
// after each step, flushed, so the test knows what the file must at least hold.
//
//   killdriver FILE START    START is an episode boundary; the file holds the state before it

#include "document.h"
#include "killscript.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Fortegnelse;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int start = args.size() == 3 ? args.at(2).toInt(&ok) : -1;
    if (!ok || start < 0 || start % KillScript::episodeLength != 0 || start > KillScript::stepCount) {
        std::fprintf(stderr, "usage: killdriver FILE START (an episode boundary)\n");
        return 2;
    }
    QString error;
    const auto doc = Document::open(args.at(1), &error);
    if (!doc) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 3;
    }
    QObject::connect(doc.get(), &Document::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(message));
        std::exit(4);
    });
    std::printf("ready %d\n", start);
    std::fflush(stdout);
    for (int step = start; step < KillScript::stepCount; ++step) {
        if (!KillScript::run(*doc, step)) {
            std::fprintf(stderr, "step %d (%s) was not done\n", step, qPrintable(KillScript::describe(step)));
            return 5;
        }
        std::printf("committed %d\n", step + 1);
        std::fflush(stdout);
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
