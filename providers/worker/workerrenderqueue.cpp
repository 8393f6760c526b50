#include "workerrenderqueue.h"

#include "workerpool.h"
#include "workerrequest.h"

#include <QEventLoop>

namespace ra {

WorkerRenderQueue::WorkerRenderQueue(const WorkerPoolOptions &options)
    : m_pool(std::make_unique<WorkerPool>(options))
{
}

WorkerRenderQueue::~WorkerRenderQueue()
{
    // Deleting an unfinished request abandons it (a cancelled export leaves some).
    qDeleteAll(m_requests);
    m_requests.clear();
    // Its workers were started from this thread and die with it anyway (PR_SET_PDEATHSIG), but
    // the thread may live on (the desk's next export): end them now and reap them.
    m_pool->shutdown(1000);
}

void WorkerRenderQueue::start(int key, const QByteArray &bytes, int pageIndex, double dpi)
{
    if (m_requests.contains(key))
        return;
    WorkerRequest *request = m_pool->render(bytes, pageIndex, dpi);
    request->setAutoDelete(false);
    m_requests.insert(key, request);
}

RenderedPage WorkerRenderQueue::take(int key)
{
    WorkerRequest *request = m_requests.take(key);
    if (!request)
        return {};
    if (!request->isFinished()) {
        // The pool answers through this thread's events: run them until this page is in. Its
        // own time limit ends every request, so this always returns.
        QEventLoop loop;
        QObject::connect(request, &WorkerRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const RenderedPage page = request->page();
    delete request;
    return page;
}

PageRenderQueueFactory WorkerRenderQueue::factory(const WorkerPoolOptions &options)
{
    return [options] { return std::make_unique<WorkerRenderQueue>(options); };
}

} // namespace ra
