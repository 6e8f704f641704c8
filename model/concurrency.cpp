#include "concurrency.h"

#include <QAbstractEventDispatcher>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QList>
#include <QSemaphore>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

#include <memory>

namespace Fortegnelse {

void runInParallel(int count, const std::function<void(int)> &job)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    // Shared, not on this stack: a worker may still be inside release() when acquire()
    // below returns and this function's frame is gone.
    const auto finished = std::make_shared<QSemaphore>();
    int started = 0;
    QList<int> left;
    for (int i = 1; i < count; ++i) {
        // tryStart, not start: a queued part could wait behind tasks that wait for us.
        if (pool->tryStart([&job, finished, i] {
                job(i);
                finished->release();
            }))
            ++started;
        else
            left.append(i);
    }
    if (count > 0)
        job(0);
    for (int i : std::as_const(left))
        job(i);
    finished->acquire(started);
}

void handOverTextDocument(QTextDocument *text, QThread *target)
{
    for (QTextBlock b = text->begin(); b.isValid(); b = b.next())
        if (QTextLayout *layout = b.layout())
            layout->setFont(layout->font());
    // findChild, not documentLayout(): asking for the layout of a document not laid out
    // yet (the preview's) would create one and start its timers here.
    auto *layout = text->findChild<QAbstractTextDocumentLayout *>(QString(), Qt::FindDirectChildrenOnly);
    if (layout && QThread::currentThread() != target) {
        QAbstractEventDispatcher *events = QAbstractEventDispatcher::instance();
        for (int i = 0; i < 100 && events && !events->registeredTimers(layout).isEmpty(); ++i)
            QCoreApplication::processEvents();
    }
    text->moveToThread(target);
}

} // namespace Fortegnelse
