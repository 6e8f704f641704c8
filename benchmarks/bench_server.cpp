// The server benchmark (issue 17): the same operations on a register in a .ropa file and
// on a local PostgreSQL 15 server started for the run (tests/server/pgcluster.h), side by
// side. One line per operation, home and size; figures in docs/performance.md.
//
// bench_server [--quick] [--open-only]   (--open-only: open+list of 10,000 only, to profile)

#include "document.h"
#include "documentoperations.h"
#include "pgcluster.h"
#include "registerlocation.h"
#include "serveroperations.h"
#include "store.h"
#include "syntheticregister.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Fortegnelse;

namespace {

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    return n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
}

/// The CPU time this process has used, all threads, in ms: on a machine shared with other
/// work it grows far less with the load than the time on the clock does.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double lastCpuMs = 0; ///< the median CPU time of the last timed() operation

template <class Work> double timed(int runs, Work &&work)
{
    QList<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        if (!work())
            return -1;
        ms.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - c);
    }
    lastCpuMs = median(cpu);
    return median(ms);
}

void report(const char *operation, const char *home, int size, double ms, int runs)
{
    if (ms < 0)
        std::printf("%-16s %-6s %6d     FAILED\n", operation, home, size);
    else
        std::printf("%-16s %-6s %6d %10.2f ms  (median of %d; CPU of this process %.2f ms)\n", operation, home,
                    size, ms, runs, lastCpuMs);
    std::fflush(stdout);
}

/// Opens the register and walks its list of activities, as the window's list does.
bool openAndList(const QString &location)
{
    QString error;
    auto doc = Document::open(location, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    qsizetype chars = 0;
    for (const ProcessingActivity &a : doc->reg().activities)
        chars += a.name.text(QStringLiteral("da")).size();
    return chars > 0;
}

void benchmark(const QString &home, const QString &location, int size, int runs, bool openOnly)
{
    const QByteArray h = home.toLatin1();
    report("open+list", h.constData(), size, timed(runs, [&] { return openAndList(location); }), runs);
    if (openOnly)
        return;
    QString error;
    auto doc = Document::open(location, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const QString id = doc->reg().activities.at(size / 2).id;
    int n = 0;
    report("one edit", h.constData(), size, timed(runs * 5, [&] {
               return doc->update<ProcessingActivity>(
                   id, [&](ProcessingActivity &a) {
                       a.department = QStringLiteral("edit %1").arg(++n);
                   },
                   QStringLiteral("Department"));
           }),
           runs * 5);
}

void recordPdf(const QString &home, const QString &location, int size, int runs)
{
    RecordOptions options;
    options.today = Bench::benchmarkToday();
    const QByteArray h = home.toLatin1();
    report("record pdf", h.constData(), size, timed(runs, [&] {
               QBuffer out;
               out.open(QIODevice::WriteOnly);
               return bool(writeRecordFile(location, options, Destination::toStream(&out))) && out.size() > 0;
           }),
           runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool openOnly = app.arguments().contains(QStringLiteral("--open-only"));
    Test::PgCluster cluster;
    QString error;
    if (Test::PgCluster::binDir().isEmpty()) {
        std::printf("# PostgreSQL 15 is not installed: nothing to measure\n");
        return 0;
    }
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("# bench_server, Qt %s, PostgreSQL 15 on a Unix socket, fsync off, load average %.2f\n",
                qVersion(), load[0]);
    QTemporaryDir dir;
    const QList<QPair<int, bool>> sizes = quick ? QList<QPair<int, bool>>{{100, true}}
        : openOnly                              ? QList<QPair<int, bool>>{{10000, false}}
                                                : QList<QPair<int, bool>>{{1000, true}, {10000, false}};
    const int runs = quick ? 1 : 5;
    for (const auto &[size, pdf] : sizes) {
        const Register reg = Bench::syntheticRegister(size);
        const QString file = dir.filePath(QStringLiteral("r%1.ropa").arg(size));
        const QString db = QStringLiteral("r%1").arg(size);
        QStringList done;
        if (!Store::create(file, reg, &error) || !cluster.createDatabase(db, &error)
            || !initializeServer(cluster.url(db), &done) || !copyRegister(file, cluster.url(db))) {
            std::fprintf(stderr, "setting up %d: %s\n", size, qPrintable(error));
            return 1;
        }
        benchmark(QStringLiteral("file"), file, size, runs, openOnly);
        benchmark(QStringLiteral("server"), cluster.url(db), size, runs, openOnly);
        if (pdf) {
            recordPdf(QStringLiteral("file"), file, size, runs);
            recordPdf(QStringLiteral("server"), cluster.url(db), size, runs);
        }
    }
    return 0;
}
