#include "invoiceregionitem.h"

#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace ra {

InvoiceRegionItem::InvoiceRegionItem(qint64 invoiceId, const QPolygonF &region, const QString &label, bool current,
                                     QGraphicsItem *parent)
    : QGraphicsPolygonItem(region, parent), m_invoiceId(invoiceId), m_current(current)
{
    QPen pen(current ? QColor(0x56, 0x2D, 0x8C) : QColor(0x70, 0x70, 0x70), current ? 2.5 : 1.5,
             current ? Qt::SolidLine : Qt::DashLine);
    pen.setCosmetic(true);
    setPen(pen);
    setBrush(Qt::NoBrush);
    setZValue(1);
    setToolTip(label);
    if (!current)
        setCursor(Qt::PointingHandCursor);
    auto *text = new QGraphicsSimpleTextItem(label, this);
    text->setBrush(pen.color());
    // The label keeps its size on screen whatever the zoom.
    text->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    QFont f = text->font();
    f.setBold(current);
    text->setFont(f);
    text->setPos(region.boundingRect().topLeft() + QPointF(4, 4));
}

} // namespace ra
