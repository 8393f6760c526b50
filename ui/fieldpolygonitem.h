#pragma once

#include "fieldstate.h"

#include <QGraphicsPolygonItem>
#include <QString>

namespace ra {

// One field's polygon on the page, coloured by its state; hovering shows the field's name,
// value and source, and a click selects the field in the form (through the page view).
class FieldPolygonItem : public QGraphicsPolygonItem
{
public:
    enum { Type = UserType + 1 };

    FieldPolygonItem(qint64 invoiceId, const QString &key, const QPolygonF &polygon, FieldState state,
                     QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    qint64 invoiceId() const { return m_invoiceId; }
    QString key() const { return m_key; }
    FieldState state() const { return m_state; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateLook();

    qint64 m_invoiceId;
    QString m_key;
    FieldState m_state;
    bool m_highlighted = false;
    bool m_hovered = false;
};

} // namespace ra
