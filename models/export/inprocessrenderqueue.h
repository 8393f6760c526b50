#pragma once

#include "export/pagerenderqueue.h"

#include <QFuture>
#include <QHash>

namespace ra {

// Draws pages with renderPage() on this process's worker threads: for tests and for callers
// that have no worker process. Nothing bounds what a hostile page does here; the desk and the
// command line use WorkerRenderQueue instead.
class InProcessRenderQueue : public PageRenderQueue
{
public:
    ~InProcessRenderQueue() override;

    void start(int key, const QByteArray &bytes, int pageIndex, double dpi) override;
    RenderedPage take(int key) override;

private:
    QHash<int, QFuture<RenderedPage>> m_pending;
};

} // namespace ra
