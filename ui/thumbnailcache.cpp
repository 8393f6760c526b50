#include "thumbnailcache.h"
#include "threadpriority.h"
#include "threadhandoff.h"

#include "claim/claimdocument.h"
#include "log.h"
#include "pagegeometry.h"
#include "pagerenderer.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// The invoice's region with a little of the page around it, so an edge of the receipt is not
// cut off by a region drawn tight.
QRectF withMargin(const QRectF &area)
{
    const double margin = 4 + 0.03 * std::max(area.width(), area.height());
    return area.adjusted(-margin, -margin, margin, margin);
}

// Renders one page just large enough for the box and cuts the invoice out of it. The result
// always fills the whole box (the picture centred on transparency): every row of the list is
// the same height whatever the shape of its receipt, and a view asking the decoration's size
// never sees a 56×14 strip of a long train ticket.
QImage renderThumbnail(const QByteArray &bytes, int pageIndex, const QPolygonF &region, const QSizeF &pageSize,
                       const QSize &box)
{
    if (bytes.isEmpty() || box.isEmpty())
        return {};
    QRectF area = region.isEmpty() ? QRectF() : region.boundingRect();
    if (!area.isEmpty()) {
        area = withMargin(area);
        if (!pageSize.isEmpty())
            area = area.intersected(QRectF(QPointF(0, 0), pageSize));
    }
    const double refHeight = !area.isEmpty() ? area.height() : (pageSize.isEmpty() ? 1754.0 : pageSize.height());
    const double refWidth = !area.isEmpty() ? area.width() : (pageSize.isEmpty() ? 1240.0 : pageSize.width());
    // Enough dots for the box at the region's scale, with a little margin for smooth scaling.
    const double scale = std::max(box.height() / refHeight, box.width() / refWidth) * 1.5;
    const double dpi = std::clamp(kReferenceDpi * scale, 24.0, kReferenceDpi);   // renderers refuse tiny resolutions
    const RenderedPage page = renderPage(bytes, pageIndex, dpi);
    if (!page.ok() || page.image.isNull())
        return {};
    QImage image = page.image;
    if (!area.isEmpty()) {
        // Images come back at their own pixels, vector pages at `dpi`: map the reference
        // rectangle through the actual ratio.
        const double sx = pageSize.isEmpty() ? dpi / kReferenceDpi : image.width() / pageSize.width();
        const double sy = pageSize.isEmpty() ? dpi / kReferenceDpi : image.height() / pageSize.height();
        const QRect cut = QRectF(area.x() * sx, area.y() * sy, area.width() * sx, area.height() * sy)
                              .toAlignedRect()
                              .intersected(image.rect());
        if (!cut.isEmpty())
            image = image.copy(cut);
    }
    const QImage scaled = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage boxed(box, QImage::Format_ARGB32_Premultiplied);
    boxed.fill(Qt::transparent);
    QPainter painter(&boxed);
    painter.drawImage(QPoint((box.width() - scaled.width()) / 2, (box.height() - scaled.height()) / 2), scaled);
    painter.end();
    return boxed;
}

} // namespace

ThumbnailCache::ThumbnailCache(ClaimDocument *claim, QObject *parent) : QObject(parent), m_claim(claim)
{
    // Thumbnails are background work: leave a core for the GUI and the recognisers.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    m_images.setMaxCost(64 * 1024 * 1024);  // bytes of thumbnails; thousands of invoices fit
}

ThumbnailCache::~ThumbnailCache()
{
    ++*m_generation;
    m_pool.waitForDone();
}

void ThumbnailCache::setSize(const QSize &logicalSize, qreal devicePixelRatio)
{
    if (logicalSize == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = logicalSize;
    m_dpr = devicePixelRatio;
    clear();
}

QString ThumbnailCache::keyOf(const QString &sha256, int pageIndex, const QPolygonF &region)
{
    const QRect r = region.boundingRect().toAlignedRect();
    // Asked for every painted row: plain appends, not a chain of arg() that rescans the string.
    return sha256 + u'/' + QString::number(pageIndex) + u'/' + QString::number(r.x()) + u',' + QString::number(r.y())
        + u',' + QString::number(r.width()) + u',' + QString::number(r.height());
}

QImage ThumbnailCache::thumbnail(const QString &sha256, int pageIndex, const QPolygonF &region, const QSizeF &pageSize)
{
    const QString key = keyOf(sha256, pageIndex, region);
    if (const QImage *image = m_images.object(key))
        return *image;
    if (m_running.contains(key) || !m_claim)
        return {};
    m_running.insert(key, true);
    const QSize box = m_size * m_dpr;
    const qreal dpr = m_dpr;
    const auto reader = m_claim->originalReader();
    auto *watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation->load();
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, generation] {
        watcher->deleteLater();
        if (generation == m_generation->load())
            deliver(key, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, handoff([reader, sha256, pageIndex, region, pageSize, box, dpr,
                                                   current = m_generation, generation] {
        if (current->load() != generation)
            return QImage();
        setBackgroundPriority();   // the window's own painting comes first
        QImage image = renderThumbnail(reader(sha256), pageIndex, region, pageSize, box);
        image.setDevicePixelRatio(dpr);
        return image;
    })));
    return {};
}

void ThumbnailCache::deliver(const QString &key, const QImage &image)
{
    if (image.isNull()) {
        // Keep the key as "tried": a page that cannot be rendered is not retried on every paint.
        m_running.insert(key, false);
        log::get("ui.thumbnails")->debug("no thumbnail for a page (it could not be rendered)");
    } else {
        m_running.remove(key);
        m_images.insert(key, new QImage(image), int(std::min<qsizetype>(image.sizeInBytes(), INT_MAX)));
        ++m_ready;
        emit thumbnailReady(key);
    }
    if (std::none_of(m_running.cbegin(), m_running.cend(), [](bool running) { return running; }))
        emit idle();
}

int ThumbnailCache::pending() const
{
    return int(std::count(m_running.cbegin(), m_running.cend(), true));
}

void ThumbnailCache::clear()
{
    ++*m_generation;
    m_images.clear();
    m_running.clear();
    m_ready = 0;
}

void ThumbnailCache::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace ra
