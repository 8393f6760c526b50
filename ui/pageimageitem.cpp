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
    // The page is opaque and covers its bounds: nothing under it needs painting.
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
    // From picture pixels to device pixels.
    const QTransform toDevice = QTransform::fromScale(m_toScene, m_toScene) * painter->deviceTransform();
    const bool axisAligned = toDevice.type() <= QTransform::TxScale && painter->device()
        && qFuzzyCompare(painter->device()->devicePixelRatioF(), m_pixmap.devicePixelRatio());
    m_lastExact = axisAligned && isUnitScale(toDevice.m11(), m_pixmap.width())
        && isUnitScale(toDevice.m22(), m_pixmap.height());
    if (m_lastExact) {
        // Device pixel ratio: the painter's world transform is in logical pixels on a HiDPI
        // screen, so the picture carries the ratio and is placed at a whole device pixel.
        const double dpr = m_pixmap.devicePixelRatio();
        const QPointF origin(std::round(toDevice.dx()), std::round(toDevice.dy()));
        // Only the exposed part: scrolling repaints a strip, not the page.
        const QRectF exposedItem = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;
        const QRect exposed = painter->deviceTransform()
                                  .mapRect(exposedItem)
                                  .toAlignedRect()
                                  .translated(-origin.toPoint());
        const QRect source = exposed.intersected(m_pixmap.rect());
        painter->save();
        painter->resetTransform();
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
