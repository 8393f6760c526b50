#include "workerpool.h"

#include "workerprocess.h"

#include <algorithm>
#include <cmath>

namespace ra {

WorkerPool::WorkerPool(const WorkerPoolOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
    if (m_options.program.isEmpty())
        m_options.program = WorkerPoolOptions::workerExecutable();
    m_options.jobSlots = qMax(1, m_options.jobSlots);
}

WorkerPool::~WorkerPool()
{
    // The jobSlots kill their workers without waiting; queued requests are never answered.
    qDeleteAll(m_slots);
}

void WorkerPool::shutdown(int msecs)
{
    m_queue.clear();
    for (WorkerProcess *slot : std::as_const(m_slots))
        slot->shutdown(msecs);
}

WorkerRequest *WorkerPool::recognize(const QByteArray &bytes, const QString &name,
                                     const ValidationContext &validation, bool decodeQr, const QString &sha256)
{
    auto *r = new WorkerRequest(WorkerRequest::Kind::Recognize, bytes, this, sha256);
    r->name = name;
    r->validation = validation;
    r->decodeQr = decodeQr;
    return enqueue(r);
}

WorkerRequest *WorkerPool::render(const QByteArray &bytes, int pageIndex, double dpi, double imageScale)
{
    auto *r = new WorkerRequest(WorkerRequest::Kind::Render, bytes, this);
    r->pageIndex = pageIndex;
    r->dpi = dpi;
    r->imageScale = std::isfinite(imageScale) ? std::clamp(imageScale, 0.01, 1.0) : 1.0;
    return enqueue(r);
}

WorkerRequest *WorkerPool::enqueue(WorkerRequest *request)
{
    connect(request, &WorkerRequest::cancelRequested, this, &WorkerPool::onCancelRequested);
    m_queue.append(request);
    // From the event loop, so the caller connects to `finished` first in any case.
    QMetaObject::invokeMethod(this, &WorkerPool::dispatch, Qt::QueuedConnection);
    return request;
}

int WorkerPool::running() const
{
    int n = 0;
    for (const WorkerProcess *slot : m_slots)
        n += slot->request() ? 1 : 0;
    return n;
}

int WorkerPool::processesStarted() const
{
    int n = 0;
    for (const WorkerProcess *slot : m_slots)
        n += slot->processesStarted();
    return n;
}

QList<qint64> WorkerPool::processIds() const
{
    QList<qint64> ids;
    for (const WorkerProcess *slot : m_slots)
        ids.append(slot->processId());
    return ids;
}

void WorkerPool::dispatch()
{
    while (!m_queue.isEmpty()) {
        WorkerRequest *next = m_queue.constFirst();
        if (!next || next->isFinished()) {
            m_queue.removeFirst();
            continue;
        }
        WorkerProcess *free = nullptr;
        for (WorkerProcess *slot : std::as_const(m_slots))
            if (!slot->isBusy()) {
                free = slot;
                break;
            }
        if (!free && m_slots.size() < m_options.jobSlots) {
            free = new WorkerProcess(m_options, this);
            connect(free, &WorkerProcess::idle, this, &WorkerPool::dispatch);
            m_slots.append(free);
        }
        if (!free)
            return;
        m_queue.removeFirst();
        free->run(next);
    }
}

void WorkerPool::onCancelRequested(WorkerRequest *request)
{
    for (WorkerProcess *slot : std::as_const(m_slots)) {
        if (slot->request() != request)
            continue;
        // A recognition can take long: its worker is stopped now. A render is short and the
        // page loader overtakes them often: letting it finish saves starting a new worker, for
        // at most WorkerPoolOptions::abandonGraceMs (a hung page must not hold the slot).
        if (request->kind() == WorkerRequest::Kind::Recognize)
            slot->stop();
        else
            slot->abandon();
        return;
    }
    // Still queued: dispatch() drops it once it is finished.
}

} // namespace ra
