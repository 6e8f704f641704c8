#pragma once

#include <QThread>

#include <memory>
#include <vector>

namespace Fortegnelse {

/// Runs \a job(0) on this thread and \a job(1) ... \a job(count - 1) each on a thread of
/// its own, and returns when all have returned. A job whose thread cannot be started
/// runs on this thread afterwards. The threads are QThreads, so what the jobs use of Qt
/// (font caches, timers) finds the thread it expects.
template <class Job>
void runInParallel(int count, const Job &job)
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 1; i < count; ++i) {
        threads.emplace_back(QThread::create(job, i));
        threads.back()->start();
    }
    job(0);
    for (size_t i = 0; i < threads.size(); ++i) {
        threads[i]->wait();
        if (!threads[i]->isFinished()) // never started
            job(int(i) + 1);
    }
}

} // namespace Fortegnelse
