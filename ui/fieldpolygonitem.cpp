#include "fieldpolygonitem.h"

#include <QBrush>
#include <QCursor>
#include <QPen>

namespace ra {

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
    QPen pen(colour, m_highlighted ? 3.0 : 1.5);
    pen.setCosmetic(true);
    setPen(pen);
    colour.setAlpha(m_highlighted ? 90 : (m_hovered ? 70 : 35));
    setBrush(colour);
}

} // namespace ra
