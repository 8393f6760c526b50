#pragma once

#include "worker/workerpool.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <functional>

namespace ra {

// Renders document pages for the page view and keeps the last few, so stepping between
// invoices of one page does not render it again. The original's bytes are read on a thread of
// its own (never on the GUI thread); the page is drawn in a reimburse-worker process
// (docs/worker-process.md), so a document that hangs or crashes pdfium or a decoder costs that
// worker, never the desk. A request that is overtaken by a newer one is dropped (its render
// abandoned): only the page asked for last is delivered.
class PageImageLoader : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<QByteArray(const QString &sha256)>;

    // `workers`: the pool pages are drawn in, which must outlive this loader; null: a pool of
    // its own with one worker (WorkerPoolOptions::fromEnvironment), at the window's priority.
    explicit PageImageLoader(QObject *parent = nullptr, WorkerPool *workers = nullptr);
    ~PageImageLoader() override;

    // Asks for `pageIndex` (0-based) of the original `sha256` at `dpi`, a photo scaled by
    // `imageScale` (at most 1: drawn in the worker at the size it is shown, see
    // WorkerPool::render); `reader` fetches the bytes off the GUI thread. Delivers through
    // pageReady() or pageFailed(), from the event loop, also when the page is in the cache (so
    // callers have one path). Returns the request id.
    quint64 request(const QString &sha256, int pageIndex, double dpi, const Reader &reader, double imageScale = 1.0);
    void cancelAll();
    bool isBusy() const { return m_reading > 0 || m_render; }
    void setCacheSize(int pages) { m_cacheSize = pages; }
    WorkerPool *workers() const { return m_workers; }

signals:
    void pageReady(quint64 requestId, const QString &sha256, int pageIndex, double dpi, const QImage &image,
                   int pageCount);
    // `errorCode` is the ErrorCode of the failure (timeout, crashed, too_complex, pdf_corrupt…).
    void pageFailed(quint64 requestId, const QString &sha256, int pageIndex, const QString &message,
                    const QString &errorCode);

private:
    struct Cached
    {
        QString sha256;
        int pageIndex = 0;
        double dpi = 0;
        double imageScale = 1.0;
        QImage image;
        int pageCount = 0;
    };
    struct Wanted
    {
        quint64 id = 0;
        QString sha256;
        int pageIndex = 0;
        double dpi = 0;
        double imageScale = 1.0;
    };

    void render(const Wanted &wanted, const QByteArray &bytes);
    void onRendered(WorkerRequest *request);
    void abandonRender();

    QThreadPool m_readers;               // reads originals from the claim
    QPointer<WorkerPool> m_workers;
    QPointer<WorkerRequest> m_render;    // the page being drawn, if any
    Wanted m_renderFor;
    QList<Cached> m_cache;   // most recent last
    int m_cacheSize = 4;
    quint64 m_lastRequest = 0;
    int m_reading = 0;
    // The newest request, read by the readers so a stale one skips its read.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace ra
