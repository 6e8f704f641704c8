// One of the writers of tst_serverediting's concurrency test, in a process of its own: opens the
// register at a URL and makes random edits of the department of overlapping activities,
// printing each one's outcome as it is reported ("ok ID VALUE" or "refused ID VALUE").
//
// serverwriter URL SEED EDITS ITEMS

#include "document.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Fortegnelse;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: serverwriter URL SEED EDITS ITEMS\n");
        return 2;
    }
    const QString url = args.at(1);
    const int seed = args.at(2).toInt();
    const int edits = args.at(3).toInt();
    const int items = args.at(4).toInt();
    QString error;
    auto doc = Document::open(url, &error);
    if (!doc) {
        std::fprintf(stderr, "serverwriter: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random{quint32(seed)};
    for (int n = 0; n < edits; ++n) {
        // Sometimes this window has heard of its colleagues' changes, sometimes not yet.
        if (random.bounded(3) == 0)
            QCoreApplication::processEvents();
        if (doc->isReadOnly()) {
            // The server is away: the document's own timer reconnects; give it a moment.
            QThread::msleep(20);
            QCoreApplication::processEvents();
        }
        const QString id = QStringLiteral("activity-%1").arg(random.bounded(items) + 1);
        const QString value = QStringLiteral("w%1-e%2").arg(seed).arg(n);
        const bool ok = doc->update<ProcessingActivity>(
            id, [&](ProcessingActivity &a) { a.department = value; }, QStringLiteral("Department"));
        std::printf("%s %s %s\n", ok ? "ok" : "refused", qPrintable(id), qPrintable(value));
        std::fflush(stdout);
    }
    return 0;
}
