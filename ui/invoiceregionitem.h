#pragma once

#include <QGraphicsPolygonItem>
#include <QString>

namespace ra {

class RegionBadgeItem;

// An invoice's outline on a page that holds several (a photo of three taxi receipts), with a
// badge carrying the invoice's row number in the list, so a person sees which receipt is which
// row. The invoice being reviewed is drawn solid in the accent colour, the others dashed and
// lightly greyed; a click on another one selects that invoice (through the page view).
class InvoiceRegionItem : public QGraphicsPolygonItem
{
public:
    enum { Type = UserType + 2 };

    InvoiceRegionItem(qint64 invoiceId, const QPolygonF &region, int number, bool current,
                      QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    qint64 invoiceId() const { return m_invoiceId; }
    bool isCurrent() const { return m_current; }
    // The number on the badge (the row in the list); ≤ 0 hides the badge.
    void setNumber(int number);
    int number() const { return m_number; }
    QString badgeText() const;
    RegionBadgeItem *badge() const { return m_badge; }
    // The region's area in scene pixels: the smallest region under a click is the one meant.
    double area() const;

private:
    qint64 m_invoiceId;
    bool m_current;
    int m_number = 0;
    RegionBadgeItem *m_badge;
};

// The number badge at a region's top-left corner: constant size on screen at every zoom.
class RegionBadgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    RegionBadgeItem(const QColor &colour, QGraphicsItem *parent);
    int type() const override { return Type; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QColor m_colour;
    QRectF m_rect;
};

} // namespace ra
