#pragma once

#include "pagerenderer.h"

#include <QByteArray>
#include <functional>
#include <memory>

namespace ra {

// Where an export has pages of the originals drawn (the PDF report's pictures). The originals
// are untrusted: the desk and the command line draw them in reimburse-worker processes
// (providers/worker/workerrenderqueue.h, docs/worker-process.md), so a page that hangs or
// crashes pdfium costs that page, not the export. A queue belongs to the thread that made it
// and serves one export; pages are started a few ahead and taken in order.
class PageRenderQueue
{
public:
    virtual ~PageRenderQueue() = default;

    // Starts drawing page `pageIndex` (0-based) of `bytes` at `dpi`; `key` names it for take().
    virtual void start(int key, const QByteArray &bytes, int pageIndex, double dpi) = 0;
    // The page started as `key`, waiting for it if it is not ready; each key is taken once.
    // A page that could not be drawn has errorCode and error set (timeout, crashed, …).
    virtual RenderedPage take(int key) = 0;
};

// Makes the queue of one export, on the thread that runs the export.
using PageRenderQueueFactory = std::function<std::unique_ptr<PageRenderQueue>()>;

} // namespace ra
