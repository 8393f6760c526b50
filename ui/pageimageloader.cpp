#include "pageimageloader.h"
#include "threadhandoff.h"

#include "pagerenderer.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

PageImageLoader::PageImageLoader(QObject *parent) : QObject(parent)
{
    // One page at a time: the newest request wins anyway, and a second thread would only
    // compete with recognition for the CPU.
    m_pool.setMaxThreadCount(1);
}

PageImageLoader::~PageImageLoader()
{
    m_latest->store(~quint64(0));
    m_pool.waitForDone();
}

quint64 PageImageLoader::request(const QString &sha256, int pageIndex, double dpi, const Reader &reader)
{
    const quint64 id = ++m_lastRequest;
    m_latest->store(id);
    for (int i = 0; i < m_cache.size(); ++i) {
        const Cached &c = m_cache.at(i);
        if (c.sha256 == sha256 && c.pageIndex == pageIndex && qFuzzyCompare(c.dpi, dpi)) {
            const Cached hit = m_cache.takeAt(i);
            m_cache.append(hit);
            QTimer::singleShot(0, this, [this, id, hit] {
                if (id == m_lastRequest)
                    emit pageReady(id, hit.sha256, hit.pageIndex, hit.dpi, hit.image, hit.pageCount);
            });
            return id;
        }
    }
    ++m_running;
    auto *watcher = new QFutureWatcher<RenderedPage>(this);
    connect(watcher, &QFutureWatcher<RenderedPage>::finished, this, [this, watcher, id, sha256, pageIndex, dpi] {
        watcher->deleteLater();
        --m_running;
        if (watcher->isCanceled() || id != m_lastRequest)
            return;
        const RenderedPage page = watcher->result();
        if (!page.ok() || page.image.isNull()) {
            emit pageFailed(id, sha256, pageIndex, page.error.isEmpty() ? tr("The page could not be drawn.") : page.error);
            return;
        }
        m_cache.append(Cached{sha256, pageIndex, dpi, page.image, page.pageCount});
        while (m_cache.size() > m_cacheSize)
            m_cache.removeFirst();
        emit pageReady(id, sha256, pageIndex, dpi, page.image, page.pageCount);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, handoff([reader, sha256, pageIndex, dpi, latest = m_latest, id] {
        if (latest->load() != id)
            return RenderedPage{};   // overtaken while waiting: dropped on delivery anyway
        const QByteArray bytes = reader ? reader(sha256) : QByteArray();
        if (bytes.isEmpty()) {
            RenderedPage failed;
            failed.errorCode = QStringLiteral("unreadable");
            failed.error = PageImageLoader::tr("The original file could not be read from the claim.");
            return failed;
        }
        return renderPage(bytes, pageIndex, dpi);
    })));
    return id;
}

void PageImageLoader::cancelAll()
{
    m_latest->store(++m_lastRequest);
}

} // namespace ra
