#pragma once

#include <QCache>
#include <QHash>
#include "worker/workerpool.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QPolygonF>
#include <QSize>
#include <QSizeF>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace ra {

class ClaimDocument;

// Small pictures of invoices for the list: the invoice's region of its page (with a small
// margin), rendered at the few dots per inch a thumbnail needs. Every thumbnail is exactly
// size() × the device pixel ratio, the picture centred in it. Only the thumbnails are kept (the
// pages they came from are dropped at once), so memory grows by thumbnails, not by pages.
//
// The original's bytes are read and the picture cut and scaled on a background thread; the
// page itself is drawn in a reimburse-worker process (docs/worker-process.md), so a document
// that hangs or crashes a parser costs one worker's time limit, never the desk. A page that
// cannot be drawn gets a warning picture and its reason (failure()), and is not tried again.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    // `workers`: the pool pages are drawn in, which must outlive this cache; null: a pool of
    // its own with one worker at background priority (a page that hangs holds up thumbnails,
    // never the page view, which has its own).
    explicit ThumbnailCache(ClaimDocument *claim, QObject *parent = nullptr, WorkerPool *workers = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail box in logical pixels and the screen's device pixel ratio.
    void setSize(const QSize &logicalSize, qreal devicePixelRatio);
    QSize size() const { return m_size; }

    // The thumbnail when it is ready (a warning picture when the page cannot be drawn);
    // otherwise a null image, and it is rendered in the background (thumbnailReady() follows).
    // `pageIndex` is 0-based; `region` and `pageSize` are the invoice's (page pixels at the
    // reference resolution); an empty region is the whole page.
    QImage thumbnail(const QString &sha256, int pageIndex, const QPolygonF &region, const QSizeF &pageSize);
    static QString keyOf(const QString &sha256, int pageIndex, const QPolygonF &region);
    // Why the thumbnail of `key` could not be made (translated), or empty.
    QString failure(const QString &key) const { return m_failures.value(key); }

    int pending() const;   // thumbnails being rendered now
    int ready() const { return m_ready; }
    int failed() const { return int(m_failures.size()); }
    void clear();

signals:
    // The thumbnail of `key` is ready, or has failed (thumbnail() then gives the warning picture).
    void thumbnailReady(const QString &key);
    void idle();

private:
    struct Job
    {
        QString key;
        QString sha256;
        int pageIndex = 0;
        QPolygonF region;
        QSizeF pageSize;
        QSize box;
        qreal dpr = 1.0;
        quint64 generation = 0;
    };

    void render(const Job &job, const QByteArray &bytes);
    void cut(const Job &job, const QImage &page);
    void deliver(const Job &job, const QImage &image);
    void fail(const Job &job, const QString &message);
    void finishOne();
    QImage warningPicture() const;

    ClaimDocument *m_claim;
    QPointer<WorkerPool> m_workers;
    QSize m_size{72, 48};
    qreal m_dpr = 1.0;
    QCache<QString, QImage> m_images;
    QHash<QString, QString> m_failures;            // key → why it cannot be drawn
    QHash<QString, QPointer<WorkerRequest>> m_running;   // keys being made (null: reading or cutting)
    QThreadPool m_pool;
    int m_ready = 0;
    // Bumped by clear(): late results of an old claim are dropped, queued ones skip their work.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace ra
