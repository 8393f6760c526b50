#include "pageimageloader.h"
#include "threadhandoff.h"

#include "recognizeddocument.h"
#include "worker/workerpool.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

PageImageLoader::PageImageLoader(QObject *parent, WorkerPool *workers) : QObject(parent), m_workers(workers)
{
    // One read at a time: the newest request wins anyway.
    m_readers.setMaxThreadCount(1);
    // One worker: only the page asked for last is drawn, and the window's own priority, since
    // the person is looking at the placeholder meanwhile.
    if (!m_workers)
        m_workers = new WorkerPool(WorkerPoolOptions::fromEnvironment(1), this);
}

PageImageLoader::~PageImageLoader()
{
    m_latest->store(~quint64(0));
    abandonRender();
    m_readers.waitForDone();
}

quint64 PageImageLoader::request(const QString &sha256, int pageIndex, double dpi, const Reader &reader,
                                 double imageScale)
{
    const quint64 id = ++m_lastRequest;
    m_latest->store(id);
    if (m_render && m_renderFor.sha256 == sha256 && m_renderFor.pageIndex == pageIndex
        && qFuzzyCompare(m_renderFor.dpi, dpi) && qFuzzyCompare(m_renderFor.imageScale, imageScale)) {
        // The page being drawn is asked for again (a resize, a refit): it is delivered for this
        // request. Starting it over would never let a page that hangs reach its time limit.
        m_renderFor.id = id;
        return id;
    }
    // Whatever is being drawn is not wanted any more.
    abandonRender();
    for (int i = 0; i < m_cache.size(); ++i) {
        const Cached &c = m_cache.at(i);
        if (c.sha256 == sha256 && c.pageIndex == pageIndex && qFuzzyCompare(c.dpi, dpi)
            && qFuzzyCompare(c.imageScale, imageScale)) {
            const Cached hit = m_cache.takeAt(i);
            m_cache.append(hit);
            QTimer::singleShot(0, this, [this, id, hit] {
                if (id == m_lastRequest)
                    emit pageReady(id, hit.sha256, hit.pageIndex, hit.dpi, hit.image, hit.pageCount);
            });
            return id;
        }
    }
    ++m_reading;
    const Wanted wanted{id, sha256, pageIndex, dpi, imageScale};
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, wanted] {
        watcher->deleteLater();
        --m_reading;
        if (watcher->isCanceled() || wanted.id != m_lastRequest)
            return;
        const QByteArray bytes = watcher->result();
        if (bytes.isEmpty()) {
            emit pageFailed(wanted.id, wanted.sha256, wanted.pageIndex,
                            tr("The original file could not be read from the claim."),
                            QString::fromLatin1(ErrorCode::Unreadable));
            return;
        }
        render(wanted, bytes);
    });
    watcher->setFuture(QtConcurrent::run(&m_readers, handoff([reader, sha256, latest = m_latest, id] {
        // Overtaken while waiting: dropped on delivery anyway.
        return latest->load() == id && reader ? reader(sha256) : QByteArray();
    })));
    return id;
}

void PageImageLoader::render(const Wanted &wanted, const QByteArray &bytes)
{
    if (!m_workers) {
        emit pageFailed(wanted.id, wanted.sha256, wanted.pageIndex, tr("The page could not be drawn."),
                        QString::fromLatin1(ErrorCode::Crashed));
        return;
    }
    m_renderFor = wanted;
    m_render = m_workers->render(bytes, wanted.pageIndex, wanted.dpi, wanted.imageScale);
    connect(m_render, &WorkerRequest::finished, this, &PageImageLoader::onRendered);
}

void PageImageLoader::onRendered(WorkerRequest *request)
{
    if (request != m_render)
        return;   // abandoned: its answer is not wanted
    m_render = nullptr;
    const Wanted wanted = m_renderFor;
    if (wanted.id != m_lastRequest)
        return;
    const RenderedPage &page = request->page();
    if (!page.ok() || page.image.isNull()) {
        emit pageFailed(wanted.id, wanted.sha256, wanted.pageIndex,
                        page.error.isEmpty() ? tr("The page could not be drawn.") : page.error, page.errorCode);
        return;
    }
    m_cache.append(Cached{wanted.sha256, wanted.pageIndex, wanted.dpi, wanted.imageScale, page.image, page.pageCount});
    while (m_cache.size() > m_cacheSize)
        m_cache.removeFirst();
    emit pageReady(wanted.id, wanted.sha256, wanted.pageIndex, wanted.dpi, page.image, page.pageCount);
}

void PageImageLoader::abandonRender()
{
    // The pool lets a short render finish and kills a long one (WorkerPoolOptions::abandonGraceMs).
    if (WorkerRequest *r = m_render) {
        m_render = nullptr;
        r->cancel();
    }
}

void PageImageLoader::cancelAll()
{
    m_latest->store(++m_lastRequest);
    abandonRender();
}

} // namespace ra
