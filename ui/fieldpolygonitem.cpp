#include "fieldpolygonitem.h"

#include <QBrush>
#include <QCursor>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <algorithm>

namespace ra {

namespace {
constexpr double kOutlinePx = 1.5;     // every field: thin, enough to see where it is
constexpr double kSelectedPx = 3.0;    // the selected field: the one the eye should land on
constexpr double kHaloPx = 1.5;        // light rim outside the selected outline, for dark photos
constexpr int kTint = 16;              // ≈ 0.06: a hint of the state's colour
} // namespace

FieldPolygonItem::FieldPolygonItem(qint64 invoiceId, const QString &key, const QPolygonF &polygon, FieldState state,
                                   QGraphicsItem *parent)
    : QGraphicsPolygonItem(polygon, parent), m_invoiceId(invoiceId), m_key(key), m_state(state)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    updateLook();
}

void FieldPolygonItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 3 : 2);
    updateLook();
}

void FieldPolygonItem::setViewScale(double scale)
{
    if (scale <= 0 || qFuzzyCompare(scale, m_viewScale))
        return;
    prepareGeometryChange();
    m_viewScale = scale;
}

void FieldPolygonItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateLook();
    QGraphicsPolygonItem::hoverEnterEvent(event);
}

void FieldPolygonItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateLook();
    QGraphicsPolygonItem::hoverLeaveEvent(event);
}

void FieldPolygonItem::updateLook()
{
    QColor colour = fieldStateColor(m_state);
    // Cosmetic pens keep outlines a constant screen width at every zoom.
    QPen pen(colour, m_highlighted ? kSelectedPx : kOutlinePx);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    setPen(pen);
    // The selected field is the one being read digit by digit: nothing over it at all.
    if (m_highlighted) {
        setBrush(Qt::NoBrush);
    } else {
        colour.setAlpha(m_hovered ? kMaxTint : kTint);
        setBrush(colour);
    }
}

QRectF FieldPolygonItem::boundingRect() const
{
    // The outline lies outside the polygon, in screen pixels: as many scene pixels as the
    // widest stroke needs at this scale.
    const double pad = (2 * kSelectedPx + 2 * kHaloPx + 2) / m_viewScale;
    return polygon().boundingRect().adjusted(-pad, -pad, pad, pad);
}

void FieldPolygonItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPainterPath inside;
    inside.addPolygon(polygon());
    inside.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (brush().style() != Qt::NoBrush)
        painter->fillPath(inside, brush());
    // Strokes are centred on the edge: clipped to the outside of the polygon and drawn twice
    // as wide, each is a band just outside the field that never crosses its text.
    QPainterPath outside;
    outside.addRect(boundingRect());
    painter->setClipPath(outside.subtracted(inside), Qt::IntersectClip);
    painter->setBrush(Qt::NoBrush);
    const double width = pen().widthF();
    if (m_highlighted) {
        QPen halo(QColor(255, 255, 255, 220), 2 * (width + kHaloPx));
        halo.setCosmetic(true);
        halo.setJoinStyle(Qt::MiterJoin);
        painter->setPen(halo);
        painter->drawPath(inside);
    }
    QPen band = pen();
    band.setWidthF(2 * width);
    painter->setPen(band);
    painter->drawPath(inside);
    painter->restore();
}

} // namespace ra
