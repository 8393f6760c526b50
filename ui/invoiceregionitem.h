#pragma once

#include <QGraphicsPolygonItem>

namespace ra {

// An invoice's outline on a page that holds several (a photo of three taxi receipts): dashed,
// solid for the invoice being reviewed; clicking another one selects that invoice.
class InvoiceRegionItem : public QGraphicsPolygonItem
{
public:
    enum { Type = UserType + 2 };

    InvoiceRegionItem(qint64 invoiceId, const QPolygonF &region, const QString &label, bool current,
                      QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    qint64 invoiceId() const { return m_invoiceId; }
    bool isCurrent() const { return m_current; }

private:
    qint64 m_invoiceId;
    bool m_current;
};

} // namespace ra
