#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <functional>

namespace ra {

// Renders document pages for the page view off the GUI thread and keeps the last few, so
// stepping between invoices of one page does not render it again. A request that is overtaken
// by a newer one is dropped when it finishes: only the page asked for last is delivered.
class PageImageLoader : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<QByteArray(const QString &sha256)>;

    explicit PageImageLoader(QObject *parent = nullptr);
    ~PageImageLoader() override;

    // Asks for `pageIndex` (0-based) of the original `sha256` at `dpi`; `reader` fetches the
    // bytes on the worker. Delivers through pageReady() or pageFailed(), from the event loop,
    // also when the page is in the cache (so callers have one path). Returns the request id.
    quint64 request(const QString &sha256, int pageIndex, double dpi, const Reader &reader);
    void cancelAll();
    bool isBusy() const { return m_running > 0; }
    void setCacheSize(int pages) { m_cacheSize = pages; }

signals:
    void pageReady(quint64 requestId, const QString &sha256, int pageIndex, double dpi, const QImage &image,
                   int pageCount);
    void pageFailed(quint64 requestId, const QString &sha256, int pageIndex, const QString &message);

private:
    struct Cached
    {
        QString sha256;
        int pageIndex = 0;
        double dpi = 0;
        QImage image;
        int pageCount = 0;
    };

    QThreadPool m_pool;
    QList<Cached> m_cache;   // most recent last
    int m_cacheSize = 4;
    quint64 m_lastRequest = 0;
    // The newest request, read by workers so a stale one skips its rendering.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_running = 0;
};

} // namespace ra
