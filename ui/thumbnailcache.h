#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPolygonF>
#include <QSize>
#include <QSizeF>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace ra {

class ClaimDocument;

// Small pictures of invoices for the list: the invoice's region of its page (with a small
// margin), rendered at the few dots per inch a thumbnail needs, off the GUI thread. Every
// thumbnail is exactly size() × the device pixel ratio, the picture centred in it. Only the thumbnails are kept (the
// pages they came from are dropped at once), so memory grows by thumbnails, not by pages.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(ClaimDocument *claim, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail box in logical pixels and the screen's device pixel ratio.
    void setSize(const QSize &logicalSize, qreal devicePixelRatio);
    QSize size() const { return m_size; }

    // The thumbnail when it is ready; otherwise a null image, and it is rendered in the
    // background (thumbnailReady() follows). `pageIndex` is 0-based; `region` and `pageSize` are
    // the invoice's (page pixels at the reference resolution); an empty region is the whole page.
    QImage thumbnail(const QString &sha256, int pageIndex, const QPolygonF &region, const QSizeF &pageSize);
    static QString keyOf(const QString &sha256, int pageIndex, const QPolygonF &region);

    int pending() const;   // thumbnails being rendered now
    int ready() const { return m_ready; }
    void clear();

    // For a test or a benchmark: waits until nothing is being rendered.
    void waitForIdle();

signals:
    void thumbnailReady(const QString &key);
    void idle();

private:
    void deliver(const QString &key, const QImage &image);

    ClaimDocument *m_claim;
    QSize m_size{72, 48};
    qreal m_dpr = 1.0;
    QCache<QString, QImage> m_images;
    QHash<QString, bool> m_running;   // keys being rendered (or failed: false)
    QThreadPool m_pool;
    int m_ready = 0;
    // Bumped by clear(): late results of an old claim are dropped, queued ones skip their work.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace ra
