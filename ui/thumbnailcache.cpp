#include "thumbnailcache.h"
#include "threadpriority.h"
#include "threadhandoff.h"

#include "claim/claimdocument.h"
#include "log.h"
#include "pagegeometry.h"
#include "pagerenderer.h"
#include "worker/workerpool.h"

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

// What to draw for a thumbnail: the part of the page (reference pixels; empty: all of it) and
// the resolution that gives enough dots for the box at that part's scale, with a little
// margin for smooth scaling.
struct Plan
{
    QRectF area;
    double dpi = kReferenceDpi;
};

Plan planFor(const QPolygonF &region, const QSizeF &pageSize, const QSize &box)
{
    Plan plan;
    plan.area = region.isEmpty() ? QRectF() : region.boundingRect();
    if (!plan.area.isEmpty()) {
        plan.area = withMargin(plan.area);
        if (!pageSize.isEmpty())
            plan.area = plan.area.intersected(QRectF(QPointF(0, 0), pageSize));
    }
    const QRectF &area = plan.area;
    const double refHeight = !area.isEmpty() ? area.height() : (pageSize.isEmpty() ? 1754.0 : pageSize.height());
    const double refWidth = !area.isEmpty() ? area.width() : (pageSize.isEmpty() ? 1240.0 : pageSize.width());
    const double scale = std::max(box.height() / refHeight, box.width() / refWidth) * 1.5;
    plan.dpi = std::clamp(kReferenceDpi * scale, 24.0, kReferenceDpi);   // renderers refuse tiny resolutions
    return plan;
}

// Cuts the invoice out of its page and scales it into the box. The result always fills the
// whole box (the picture centred on transparency): every row of the list is the same height
// whatever the shape of its receipt, and a view asking the decoration's size never sees a
// 56×14 strip of a long train ticket.
QImage cutThumbnail(QImage image, const Plan &plan, const QSizeF &pageSize, const QSize &box)
{
    if (image.isNull() || box.isEmpty())
        return {};
    if (!plan.area.isEmpty()) {
        // Vector pages come at `dpi`, images scaled by dpi / kReferenceDpi (the worker's
        // image_scale): map the reference rectangle through the actual ratio.
        const double sx = pageSize.isEmpty() ? plan.dpi / kReferenceDpi : image.width() / pageSize.width();
        const double sy = pageSize.isEmpty() ? plan.dpi / kReferenceDpi : image.height() / pageSize.height();
        const QRectF &area = plan.area;
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

ThumbnailCache::ThumbnailCache(ClaimDocument *claim, QObject *parent, WorkerPool *workers)
    : QObject(parent), m_claim(claim), m_workers(workers)
{
    // Reading originals and scaling pictures: one thread leaves the other cores to the GUI and
    // the workers.
    m_pool.setMaxThreadCount(1);
    m_images.setMaxCost(64 * 1024 * 1024);  // bytes of thumbnails; thousands of invoices fit
    if (!m_workers) {
        // Thumbnails are background work: the worker yields the CPU to the window. A thumbnail
        // is a small drawing, and every thumbnail after it waits for the one worker: a page that
        // needs more than ten seconds for one is given up sooner than the page view would.
        WorkerPoolOptions options = WorkerPoolOptions::fromEnvironment(1);
        options.niceValue = kBackgroundNice;
        options.baseTimeoutMs = std::min<qint64>(options.baseTimeoutMs, 10'000);
        m_workers = new WorkerPool(options, this);
    }
}

ThumbnailCache::~ThumbnailCache()
{
    clear();
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
    if (m_failures.contains(key))
        return warningPicture();   // not tried again on every paint
    if (m_running.contains(key) || !m_claim)
        return {};
    m_running.insert(key, nullptr);
    const Job job{key, sha256, pageIndex, region, pageSize, m_size * m_dpr, m_dpr, m_generation->load()};
    const auto reader = m_claim->originalReader();
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job.generation != m_generation->load())
            return;
        const QByteArray bytes = watcher->result();
        if (bytes.isEmpty())
            fail(job, tr("The original file could not be read from the claim."));
        else
            render(job, bytes);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, handoff([reader, sha256, current = m_generation,
                                                           generation = job.generation] {
        if (current->load() != generation)
            return QByteArray();
        setBackgroundPriority();   // the window's own painting comes first
        return reader(sha256);
    })));
    return {};
}

void ThumbnailCache::render(const Job &job, const QByteArray &bytes)
{
    if (!m_workers || job.box.isEmpty()) {
        fail(job, tr("The page could not be drawn."));
        return;
    }
    const Plan plan = planFor(job.region, job.pageSize, job.box);
    WorkerRequest *request = m_workers->render(bytes, job.pageIndex, plan.dpi, plan.dpi / kReferenceDpi);
    m_running.insert(job.key, request);
    connect(request, &WorkerRequest::finished, this, [this, job](WorkerRequest *done) {
        if (job.generation != m_generation->load())
            return;
        const RenderedPage &page = done->page();
        if (!page.ok() || page.image.isNull()) {
            fail(job, page.error.isEmpty() ? tr("The page could not be drawn.") : page.error);
            return;
        }
        m_running.insert(job.key, nullptr);
        cut(job, page.image);
    });
}

void ThumbnailCache::cut(const Job &job, const QImage &page)
{
    // Scaling a page down to a thumbnail takes a few milliseconds a page: off the GUI thread.
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job.generation == m_generation->load())
            deliver(job, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, handoff([page, job] {
        setBackgroundPriority();
        QImage image = cutThumbnail(page, planFor(job.region, job.pageSize, job.box), job.pageSize, job.box);
        image.setDevicePixelRatio(job.dpr);
        return image;
    })));
}

void ThumbnailCache::deliver(const Job &job, const QImage &image)
{
    if (image.isNull()) {
        fail(job, tr("The page could not be drawn."));
        return;
    }
    m_running.remove(job.key);
    m_images.insert(job.key, new QImage(image), int(std::min<qsizetype>(image.sizeInBytes(), INT_MAX)));
    ++m_ready;
    emit thumbnailReady(job.key);
    finishOne();
}

void ThumbnailCache::fail(const Job &job, const QString &message)
{
    // Kept as "tried": a page that cannot be drawn is not drawn again on every paint.
    m_running.remove(job.key);
    m_failures.insert(job.key, message);
    log::get("ui.thumbnails")->info("no thumbnail for a page: {}", message.toStdString());
    emit thumbnailReady(job.key);
    finishOne();
}

void ThumbnailCache::finishOne()
{
    if (m_running.isEmpty())
        emit idle();
}

QImage ThumbnailCache::warningPicture() const
{
    // A pale sheet with a warning mark in the thumbnail's box: the row says at a glance that
    // its page cannot be shown (the tooltip says why).
    const QSize box = m_size * m_dpr;
    if (box.isEmpty())
        return {};
    QImage picture(box, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(box.width(), box.height()) * 0.8;
    const QRectF sheet(QPointF((box.width() - side * 0.75) / 2, (box.height() - side) / 2), QSizeF(side * 0.75, side));
    painter.setPen(QPen(QColor(170, 170, 170), m_dpr));
    painter.setBrush(QColor(250, 246, 240));
    painter.drawRect(sheet);
    const double mark = side * 0.45;
    const QRectF circle(sheet.center() - QPointF(mark / 2, mark / 2), QSizeF(mark, mark));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(200, 60, 40));
    painter.drawEllipse(circle);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(mark * 0.8)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, u"!"_s);
    painter.end();
    picture.setDevicePixelRatio(m_dpr);
    return picture;
}

int ThumbnailCache::pending() const
{
    return int(m_running.size());
}

void ThumbnailCache::clear()
{
    ++*m_generation;
    // Pages being drawn for the old thumbnails are not wanted: their workers are freed.
    for (const QPointer<WorkerRequest> &request : std::as_const(m_running))
        if (request)
            request->cancel();
    m_images.clear();
    m_running.clear();
    m_failures.clear();
    m_ready = 0;
}

} // namespace ra
