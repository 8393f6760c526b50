#include "export/inprocessrenderqueue.h"
#include "threadhandoff.h"

#include <QtConcurrent>

namespace ra {

InProcessRenderQueue::~InProcessRenderQueue()
{
    // The threads only touch what their task captured; wait so none outlives the export.
    for (QFuture<RenderedPage> &f : m_pending)
        f.waitForFinished();
}

void InProcessRenderQueue::start(int key, const QByteArray &bytes, int pageIndex, double dpi)
{
    if (m_pending.contains(key))
        return;
    m_pending.insert(key, QtConcurrent::run(handoff([bytes, pageIndex, dpi] { return renderPage(bytes, pageIndex, dpi); })));
}

RenderedPage InProcessRenderQueue::take(int key)
{
    if (!m_pending.contains(key))
        return {};
    return m_pending.take(key).result();
}

} // namespace ra
