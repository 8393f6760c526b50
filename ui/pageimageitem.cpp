#include "pageimageitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace ra {

namespace {

// How far from 1:1 a transform may be and still be copied unscaled: half a device pixel over
// the picture's width, so the copy never lands more than half a pixel off the overlays.
bool isUnitScale(double scale, int pixels)
{
    return pixels > 0 && std::abs(scale - 1.0) * pixels <= 0.5;
}

} // namespace

PageImageItem::PageImageItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // The exposed rectangle tells paint() which strip to copy when the view scrolls.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void PageImageItem::setImage(const QPixmap &pixmap, double toScene)
{
    prepareGeometryChange();
    m_pixmap = pixmap;
    m_toScene = toScene > 0 ? toScene : 1.0;
    update();
}

QRectF PageImageItem::boundingRect() const
{
    return QRectF(0, 0, m_pixmap.width() * m_toScene, m_pixmap.height() * m_toScene);
}

void PageImageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    if (m_pixmap.isNull())
        return;
    // From picture pixels to device pixels. The world transform, not the device transform:
    // when the view is painted into another widget's picture (a grab of the window) the
    // painter also carries the viewport's offset in that picture, which must not count twice.
    const double dpr = m_pixmap.devicePixelRatio();
    const QTransform worldToDevice = painter->worldTransform() * QTransform::fromScale(dpr, dpr);
    const QTransform toDevice = QTransform::fromScale(m_toScene, m_toScene) * worldToDevice;
    const bool axisAligned = toDevice.type() <= QTransform::TxScale && painter->device()
        && qFuzzyCompare(painter->device()->devicePixelRatioF(), dpr);
    m_lastExact = axisAligned && isUnitScale(toDevice.m11(), m_pixmap.width())
        && isUnitScale(toDevice.m22(), m_pixmap.height());
    if (m_lastExact) {
        // Placed at a whole device pixel; on a HiDPI screen the picture carries the ratio.
        const QPoint origin(qRound(toDevice.dx()), qRound(toDevice.dy()));
        // Only the exposed part: scrolling repaints a strip, not the page.
        const QRectF exposedItem = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;
        const QRect exposed = worldToDevice.mapRect(exposedItem).toAlignedRect().translated(-origin);
        const QRect source = exposed.intersected(m_pixmap.rect());
        painter->save();
        painter->setWorldTransform(QTransform());
        if (!source.isEmpty())
            painter->drawPixmap(QPointF(origin + source.topLeft()) / dpr, m_pixmap, source);
        painter->restore();
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->drawPixmap(boundingRect(), m_pixmap, QRectF(m_pixmap.rect()));
    painter->restore();
}

} // namespace ra
