#pragma once

// Timing and reporting for bench_register: the median of a few runs within a time
// budget, one printed line per operation and size, and the process's memory.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace Fortegnelse::Bench {

inline bool g_failed = false;

inline void fail(const char *operation, int size, const QString &error)
{
    g_failed = true;
    std::fprintf(stderr, "FAILED %s at %d: %s\n", operation, size, qPrintable(error));
}

struct Timing
{
    double median = 0;
    double max = 0;
    int runs = 0;
};

/// Runs \a prepare (untimed) and \a work (timed) up to \a runs times, fewer once the
/// budget is spent, and returns the median.
template <class Prepare, class Work>
inline Timing measure(int runs, qint64 budgetMs, Prepare &&prepare, Work &&work)
{
    QList<double> ms;
    QElapsedTimer total;
    total.start();
    while (ms.size() < runs) {
        prepare();
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (total.elapsed() > budgetMs)
            break;
    }
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    Timing out;
    out.median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    out.max = ms.last();
    out.runs = int(n);
    return out;
}

template <class Work> inline Timing measure(int runs, qint64 budgetMs, Work &&work)
{
    return measure(
        runs, budgetMs, [] {}, std::forward<Work>(work));
}

inline void report(const char *operation, int size, const Timing &t, const QString &note = {})
{
    const QString runs = t.runs == 1 ? QStringLiteral("1 run")
                                     : QStringLiteral("median of %1").arg(t.runs);
    std::printf("%-13s %6d %10.2f ms  (%s%s)\n", operation, size, t.median, qPrintable(runs),
                note.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + note));
    std::fflush(stdout);
}

inline QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

/// A line of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
inline qint64 statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace Fortegnelse::Bench
