#pragma once

#include "export/pagerenderqueue.h"
#include "workerpooloptions.h"

#include <QHash>
#include <memory>

namespace ra {

class WorkerPool;
class WorkerRequest;

// A PageRenderQueue that draws in reimburse-worker processes (docs/worker-process.md): a
// WorkerPool of its own, made in and used only from the thread that made the queue, which
// need not run an event loop: take() runs one until its page is there. For the PDF report,
// whether it is exported from the desk (on the export's thread) or from `reimburse-cli export`
// (on the main thread). A page that hangs, crashes or exhausts its worker comes back with
// timeout, crashed or too_complex, and the export goes on with the next.
class WorkerRenderQueue : public PageRenderQueue
{
public:
    explicit WorkerRenderQueue(const WorkerPoolOptions &options);
    // Pages not taken are abandoned; the workers are ended and reaped before it returns.
    ~WorkerRenderQueue() override;

    void start(int key, const QByteArray &bytes, int pageIndex, double dpi) override;
    RenderedPage take(int key) override;

    // For ExportSource::renderQueue: each export gets a queue of its own with `options`.
    static PageRenderQueueFactory factory(const WorkerPoolOptions &options);

private:
    std::unique_ptr<WorkerPool> m_pool;
    QHash<int, WorkerRequest *> m_requests;
};

} // namespace ra
