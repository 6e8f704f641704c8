#pragma once

// The one way Fortegnelse runs work off the calling thread (issue 18, item 5). Everything
// runs on Qt's global thread pool:
//
// - runInBackground() starts one task a window waits for without blocking (the policy
//   preview, the record window): QtConcurrent::run's contract, a future a QFutureWatcher
//   watches, kept to Qt Core (QPromise) so that the model need not link Qt Concurrent.
// - runInParallel() splits one job over the cores and returns when every part is done
//   (decoding a register's rows, rendering, laying out and painting the record).
// - handOverTextDocument() is the one place that moves a QTextDocument made on a pool
//   thread to the thread that paints or shows it; what it works around is said there.
//
// Nothing else in the tree starts a thread, calls QtConcurrent or moveToThread.

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

class QTextDocument;
class QThread;

namespace Fortegnelse {

/// Runs \a function(\a args...) on the global thread pool and returns its future; watch
/// it with a QFutureWatcher to hear when it is done. The arguments are copied (decayed)
/// into the task: pass a snapshot, never a reference to what this thread goes on editing.
template <class Function, class... Args>
auto runInBackground(Function &&function, Args &&...args)
{
    using Result = std::invoke_result_t<std::decay_t<Function> &, std::decay_t<Args> &...>;
    // Shared, because the pool takes a copyable std::function, and a QPromise (or an
    // argument) may only move.
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    using Call = std::tuple<std::decay_t<Function>, std::decay_t<Args>...>;
    auto call = std::make_shared<Call>(std::forward<Function>(function), std::forward<Args>(args)...);
    QThreadPool::globalInstance()->start([promise, call] {
        const auto invoke = [](auto &f, auto &...a) { return std::invoke(f, a...); };
        if constexpr (std::is_void_v<Result>)
            std::apply(invoke, *call);
        else
            promise->addResult(std::apply(invoke, *call));
        promise->finish();
    });
    return future;
}

/// Runs \a job(0) ... \a job(\a count - 1) at once and returns when all have returned.
/// job(0) runs on this thread, so it is the one to report progress from. The others run
/// on the global pool where a thread is free (QThreadPool::tryStart) and on this thread
/// afterwards where none is: a job that is itself a pool task, with every other pool
/// thread busy, then runs its parts one after the other rather than waiting for a thread
/// that would never come. Jobs must share nothing they write without an atomic or a
/// slot of their own.
void runInParallel(int count, const std::function<void(int)> &job);

/// Hands \a text, made and laid out on this thread, to \a target, where it is then used
/// and deleted. Call it last on the thread that made the document.
///
/// A QTextDocument is reentrant, not thread-safe; handing one over is not something Qt
/// documents beyond QObject::moveToThread. Two internals need care, both found by tests
/// (tst_background, tst_record fail on Qt's thread warnings):
/// - each block's QTextLayout remembers the font engines it last used, and font engines
///   belong to the thread that loaded them (Qt's font cache is per thread) and go with it.
///   Setting each layout's font again, to the same font, drops them; the lines stay as
///   laid out and are looked up again on the thread that paints.
/// - a layout ends with a zero timer that reports the document's new size. On a pool
///   thread it is let fire there before the move: moveToThread() re-registers an
///   object's timers with the new thread only when that thread next runs its event
///   loop, and a document deleted before that warns that its timer cannot be stopped
///   (a preview closed while its policy was being made did).
void handOverTextDocument(QTextDocument *text, QThread *target);

} // namespace Fortegnelse
