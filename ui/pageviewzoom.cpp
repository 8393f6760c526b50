// PageView's zoom, fit, rotation and the scrolling that brings what is selected into view;
// pageview.cpp has the pages, the overlays and the clicks.
#include "fieldpolygonitem.h"
#include "invoiceregionitem.h"
#include "pageview.h"

#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ra {

void PageView::revealHighlighted()
{
    FieldPolygonItem *item = m_highlighted.isEmpty() ? nullptr : fieldItem(m_highlighted);
    if (!item || m_sceneSize.isEmpty())
        return;
    const QRectF box = item->polygon().boundingRect();
    // The shorter side is the height of the text on the paper (a number, a date, an amount):
    // drawn smaller than the UI font a person cannot read it, so zoom until it is about one
    // and a half times that, as long as the field still fits across the view.
    const double side = std::min(box.width(), box.height());
    const double readable = fontMetrics().height();
    if (side > 0 && side * m_scale < readable) {
        const bool sideways = m_rotation % 180 != 0;
        const double across = sideways ? box.height() : box.width();
        const double fits = (viewport()->width() - 40) / std::max(across, 1.0);
        double scale = 1.5 * readable / side;
        if (scale > fits)
            scale = std::max(fits, readable / side);
        m_fit = FitMode::None;
        setScale(std::clamp(scale, kMinZoom * naturalScale(), kMaxZoom * naturalScale()));
        centerOn(box.center());
        return;
    }
    const QRectF view = mapToScene(viewport()->rect()).boundingRect();
    if (box.width() > view.width() - 40 || box.height() > view.height() - 40)
        centerOn(box.center());
    else
        ensureVisible(box, 40, 40);
}

void PageView::revealCurrentRegion()
{
    // Another invoice of the same photo was chosen: bring its receipt into view (its top when
    // it is taller than the view), unless a fit shows the whole page anyway.
    const InvoiceRegionItem *region = regionItem(m_invoiceId);
    if (!region)
        return;
    const QRectF box = region->polygon().boundingRect();
    const QRectF view = mapToScene(viewport()->rect()).boundingRect();
    if (view.contains(box))
        return;
    QRectF part = box;
    part.setWidth(std::min(box.width(), view.width() * 0.9));
    part.setHeight(std::min(box.height(), view.height() * 0.9));
    ensureVisible(part, 20, 20);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            // The point under the pointer stays under it.
            const QPointF pointer = event->position();
            const QPointF under = mapToScene(pointer.toPoint());
            setZoom(zoom() * std::pow(kZoomStep, steps));
            const QPointF moved = QPointF(mapFromScene(under)) - pointer;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
            verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::applyFit()
{
    if (m_fit == FitMode::None || m_sceneSize.isEmpty())
        return;
    const bool sideways = m_rotation % 180 != 0;
    const QSizeF page = sideways ? m_sceneSize.transposed() : m_sceneSize;
    const QSizeF area = maximumViewportSize() - QSizeF(4, 4);
    double scale = area.width() / page.width();
    if (m_fit == FitMode::Page)
        scale = std::min(scale, area.height() / page.height());
    else if (page.height() * scale > area.height())
        scale = (area.width() - verticalScrollBar()->sizeHint().width()) / page.width();   // room for the bar
    setScale(std::max(scale, 0.01));
}

void PageView::setScale(double scale)
{
    m_scale = scale;
    applyTransform();
}

void PageView::applyTransform()
{
    // Zooming and rotating keep what is at the centre of the view there.
    const QPointF centre = mapToScene(viewport()->rect().center());
    QTransform t;
    t.rotate(m_rotation);
    t.scale(m_scale, m_scale);
    setTransform(t);
    centerOn(centre);
    for (FieldPolygonItem *item : fieldItems())
        item->setViewScale(m_scale);
    emit zoomChanged(zoom());
    m_rerender.start();
}

void PageView::setZoom(double z)
{
    m_fit = FitMode::None;
    setScale(std::clamp(z, kMinZoom, kMaxZoom) * naturalScale());
}

void PageView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void PageView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void PageView::fitPage()
{
    m_fit = FitMode::Page;
    applyFit();
}

void PageView::fitWidth()
{
    m_fit = FitMode::Width;
    applyFit();
}

void PageView::actualSize()
{
    // Paper size around what is being checked: the selected field stays in view (centred),
    // else the centre of the view stays the centre.
    setZoom(1.0);
    if (FieldPolygonItem *item = m_highlighted.isEmpty() ? nullptr : fieldItem(m_highlighted))
        centerOn(item->polygon().boundingRect().center());
}

void PageView::rotateLeft()
{
    m_rotation = (m_rotation + 270) % 360;
    if (m_fit != FitMode::None)
        applyFit();
    else
        applyTransform();
}

void PageView::rotateRight()
{
    m_rotation = (m_rotation + 90) % 360;
    if (m_fit != FitMode::None)
        applyFit();
    else
        applyTransform();
}

} // namespace ra
