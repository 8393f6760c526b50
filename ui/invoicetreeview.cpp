#include "invoicetreeview.h"

#include <QPainter>

namespace ra {

InvoiceTreeView::InvoiceTreeView(QWidget *parent) : QTreeView(parent) {}

void InvoiceTreeView::setEmptyHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    viewport()->update();
}

bool InvoiceTreeView::isEmptyHintShown() const
{
    return !m_hint.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void InvoiceTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!isEmptyHintShown())
        return;
    // Greyed like a placeholder, wrapped to the view, in its middle third.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    QFont font = painter.font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(16, 16, -16, -16);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_hint);
}

} // namespace ra
