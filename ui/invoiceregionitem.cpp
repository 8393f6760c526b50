#include "invoiceregionitem.h"

#include <QApplication>
#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <cmath>

namespace ra {

namespace {
const QColor kCurrentColour(0x56, 0x2D, 0x8C);   // the desk's accent
const QColor kOtherColour(0x4A, 0x4A, 0x4A);     // dark enough on white paper and on a desk photo

QFont badgeFont()
{
    QFont f = QApplication::font();
    f.setBold(true);
    return f;
}
} // namespace

InvoiceRegionItem::InvoiceRegionItem(qint64 invoiceId, const QPolygonF &region, int number, bool current,
                                     QGraphicsItem *parent)
    : QGraphicsPolygonItem(region, parent), m_invoiceId(invoiceId), m_current(current),
      m_badge(new RegionBadgeItem(current ? kCurrentColour : kOtherColour, this))
{
    QPen pen(current ? kCurrentColour : kOtherColour, current ? 2.5 : 1.5, current ? Qt::SolidLine : Qt::DashLine);
    // Cosmetic: the same width on screen at every zoom.
    pen.setCosmetic(true);
    setPen(pen);
    // The other invoices are greyed a little, so the one being reviewed stands out without
    // hiding anything (alpha ≈ 0.08).
    setBrush(current ? QBrush(Qt::NoBrush) : QBrush(QColor(0x80, 0x80, 0x80, 20)));
    setZValue(1);
    if (!current)
        setCursor(Qt::PointingHandCursor);
    // The top-left corner of the region as a person sees it: the point nearest the page's origin.
    QPointF corner = region.value(0);
    for (const QPointF &p : region)
        if (p.x() + p.y() < corner.x() + corner.y())
            corner = p;
    m_badge->setPos(corner);
    m_badge->setZValue(1);
    setNumber(number);
}

void InvoiceRegionItem::setNumber(int number)
{
    m_number = number;
    m_badge->setText(badgeText());
    m_badge->setVisible(number > 0);
}

QString InvoiceRegionItem::badgeText() const
{
    return m_number > 0 ? QString::number(m_number) : QString();
}

double InvoiceRegionItem::area() const
{
    // Shoelace formula: regions may be any quadrilateral (a receipt photographed askew).
    const QPolygonF &p = polygon();
    double twice = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF &a = p.at(i);
        const QPointF &b = p.at((i + 1) % p.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

RegionBadgeItem::RegionBadgeItem(const QColor &colour, QGraphicsItem *parent) : QGraphicsItem(parent), m_colour(colour)
{
    // Screen pixels, whatever the zoom: readable when the page is fitted, not huge at 400 %.
    setFlag(QGraphicsItem::ItemIgnoresTransformations);
}

void RegionBadgeItem::setText(const QString &text)
{
    prepareGeometryChange();
    m_text = text;
    const QFontMetricsF fm(badgeFont());
    const double h = fm.height() + 8;   // a target a finger or a glance finds
    const double w = std::max(h, fm.horizontalAdvance(text) + 14);
    // Straddling the corner: it covers the paper's margin, not the invoice's text.
    m_rect = QRectF(-w / 2, -h / 2, w, h);
    update();
}

QRectF RegionBadgeItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void RegionBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(m_colour);
    const double r = m_rect.height() / 2;
    painter->drawRoundedRect(m_rect, r, r);
    painter->setFont(badgeFont());
    painter->setPen(Qt::white);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
    painter->restore();
}

} // namespace ra
