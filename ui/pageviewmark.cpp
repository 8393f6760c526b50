// PageView: marking a field on the page with a box drawn by hand.
#include "pageview.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>

namespace ra {

namespace {

// Smaller than this (page pixels, ~1 mm at the reference dpi) is a click, not a box.
constexpr double kMinimumBox = 6.0;

} // namespace

void PageView::beginMarking(qint64 invoiceId, const QString &key)
{
    if (invoiceId == 0 || key.isEmpty() || m_sceneSize.isEmpty())
        return;
    cancelMarking();
    m_markInvoice = invoiceId;
    m_markKey = key;
    // While marking, a drag draws instead of scrolling the page.
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::CrossCursor);
    // The keyboard follows: Esc here ends marking (the window's Esc is Cancel Recognition,
    // active only while files are read).
    setFocus(Qt::OtherFocusReason);
}

void PageView::cancelMarking()
{
    const bool was = isMarking();
    m_markInvoice = 0;
    m_markKey.clear();
    if (m_markBox) {
        // The scene may already have deleted it with the page (setPage clears the scene).
        if (m_markBox->scene() == m_scene)
            delete m_markBox;
        m_markBox = nullptr;
    }
    setDragMode(QGraphicsView::ScrollHandDrag);
    viewport()->unsetCursor();
    if (was)
        emit markingEnded();
}

bool PageView::markPress(QMouseEvent *event)
{
    if (!isMarking() || event->button() != Qt::LeftButton)
        return false;
    m_markStart = mapToScene(event->position().toPoint());
    if (!m_markBox) {
        m_markBox = m_scene->addRect(QRectF());
        QPen pen(palette().color(QPalette::Highlight), 2);
        pen.setCosmetic(true);
        pen.setStyle(Qt::DashLine);
        m_markBox->setPen(pen);
        m_markBox->setZValue(20);
    }
    m_markBox->setRect(QRectF(m_markStart, m_markStart));
    event->accept();
    return true;
}

bool PageView::markMove(QMouseEvent *event)
{
    if (!isMarking() || !m_markBox || !(event->buttons() & Qt::LeftButton))
        return false;
    const QRectF page(QPointF(0, 0), m_sceneSize);
    m_markBox->setRect(QRectF(m_markStart, mapToScene(event->position().toPoint())).normalized() & page);
    event->accept();
    return true;
}

bool PageView::markRelease(QMouseEvent *event)
{
    if (!isMarking() || !m_markBox || event->button() != Qt::LeftButton)
        return false;
    event->accept();
    const QRectF page(QPointF(0, 0), m_sceneSize);
    const QRectF box = QRectF(m_markStart, mapToScene(event->position().toPoint())).normalized() & page;
    if (box.width() < kMinimumBox || box.height() < kMinimumBox) {
        // A click: still marking, the person may not have started the drag yet.
        m_markBox->setRect(QRectF());
        return true;
    }
    const qint64 invoiceId = m_markInvoice;
    const QString key = m_markKey;
    const int page1 = m_pageIndex + 1;
    cancelMarking();
    // Page pixels, whole ones (the precision polygons are stored at), clockwise from top-left.
    const QRectF r(QPointF(std::round(box.left()), std::round(box.top())),
                   QPointF(std::round(box.right()), std::round(box.bottom())));
    emit fieldMarked(invoiceId, key, QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}), page1);
    return true;
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    if (isMarking() && event->key() == Qt::Key_Escape) {
        cancelMarking();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (markMove(event))
        return;
    QGraphicsView::mouseMoveEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (markRelease(event))
        return;
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace ra
