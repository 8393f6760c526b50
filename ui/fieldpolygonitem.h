#pragma once

#include "fieldstate.h"

#include <QGraphicsPolygonItem>
#include <QString>

namespace ra {

// One field's polygon on the page, coloured by its state; hovering shows the field's name,
// value and source, and a click selects the field in the form (through the page view).
// It shows, never hides, the value a person checks: a light tint inside (alpha ≤ kMaxTint) and
// an outline drawn just outside the polygon, so no stroke crosses the glyphs. The selected
// field gets a strong outline with a light halo and no fill at all.
class FieldPolygonItem : public QGraphicsPolygonItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr int kMaxTint = 30;   // of 255 (≈ 0.12): the page stays readable through it

    FieldPolygonItem(qint64 invoiceId, const QString &key, const QPolygonF &polygon, FieldState state,
                     QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    qint64 invoiceId() const { return m_invoiceId; }
    QString key() const { return m_key; }
    FieldState state() const { return m_state; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    // The view's scale (scene px → screen px): the outline is drawn in screen pixels outside
    // the polygon, so the item's bounds depend on it.
    void setViewScale(double scale);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

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
    double m_viewScale = 1.0;
};

} // namespace ra
