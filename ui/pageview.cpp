#include "pageview.h"
#include "pageimageitem.h"

#include "fieldlayout.h"
#include "fieldsource.h"

#include "claim/claimdocument.h"
#include "fieldpolygonitem.h"
#include "fieldstate.h"
#include "invoiceregionitem.h"
#include "invoicetype.h"
#include "pagegeometry.h"
#include "pageimageloader.h"
#include "uilanguage.h"

#include <QEvent>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra {

namespace {
constexpr double kMaxDpi = 600.0;   // enough for 8× on a HiDPI screen of a receipt; bounded memory

bool isVectorFormat(const QString &format)
{
    return format == u"pdf" || format == u"ofd";
}
} // namespace

PageView::PageView(ClaimDocument *claim, QWidget *parent)
    : QGraphicsView(parent), m_claim(claim), m_scene(new QGraphicsScene(this)), m_loader(new PageImageLoader(this))
{
    setScene(m_scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Zooming keeps the point at the centre (or under the wheel) itself: see setScale().
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(palette().color(QPalette::Dark));
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::StrongFocus);
    m_rerender.setSingleShot(true);
    m_rerender.setInterval(150);
    connect(&m_rerender, &QTimer::timeout, this, &PageView::requestRender);
    connect(m_loader, &PageImageLoader::pageReady, this, &PageView::onPageReady);
    connect(m_loader, &PageImageLoader::pageFailed, this, &PageView::onPageFailed);
    connect(m_claim, &ClaimDocument::changed, this, &PageView::onClaimChanged);
}

PageView::~PageView() = default;

bool PageView::isRendering() const
{
    return m_loader->isBusy();
}

bool PageView::isVector() const
{
    const ClaimOriginal *o = m_claim->data().original(m_sha256);
    return o && isVectorFormat(o->format);
}

double PageView::naturalScale() const
{
    // 100 % shows paper at its real size on a vector page; a photo shows one pixel per pixel.
    return isVector() ? logicalDpiX() / kReferenceDpi : 1.0;
}

double PageView::zoom() const
{
    return m_scale / naturalScale();
}

void PageView::showInvoice(qint64 invoiceId)
{
    const ClaimInvoice *ci = invoiceId ? m_claim->invoice(invoiceId) : nullptr;
    if (invoiceId != m_markInvoice)
        cancelMarking();   // the box was for another invoice's field
    if (!ci) {
        m_invoiceId = 0;
        m_sha256.clear();
        m_highlighted.clear();
        m_loader->cancelAll();
        m_scene->clear();
        m_pixmap = nullptr;
        m_message = nullptr;
        m_overlays.clear();
        m_pageCount = 0;
        emit pageChanged(0, 0);
        return;
    }
    const bool samePage = ci->sha256 == m_sha256 && std::max(0, ci->invoice.page - 1) == m_pageIndex && m_pixmap;
    m_invoiceId = invoiceId;
    m_highlighted.clear();
    if (samePage) {
        rebuildOverlays();
        revealCurrentRegion();
        return;
    }
    if (ci->sha256 != m_sha256)
        m_rotation = 0;
    m_sha256 = ci->sha256;
    const ClaimOriginal *o = m_claim->data().original(m_sha256);
    m_pageCount = o ? std::max(1, o->pages) : 1;
    setPage(std::max(0, ci->invoice.page - 1));
}

void PageView::showOriginal(const QString &sha256, int pageIndex)
{
    m_invoiceId = 0;
    m_highlighted.clear();
    if (sha256 != m_sha256)
        m_rotation = 0;
    m_sha256 = sha256;
    const ClaimOriginal *o = m_claim->data().original(m_sha256);
    m_pageCount = o ? std::max(1, o->pages) : 1;
    setPage(pageIndex);
}

QSizeF PageView::pageSizeGuess() const
{
    // The invoices on this page say how big the page is in the pixels their polygons use.
    for (const ClaimInvoice &ci : m_claim->invoices())
        if (ci.sha256 == m_sha256 && ci.invoice.page - 1 == m_pageIndex && !ci.invoice.pageSize.isEmpty())
            return ci.invoice.pageSize;
    return {};
}

void PageView::setPage(int pageIndex)
{
    m_pageIndex = std::clamp(pageIndex, 0, std::max(0, m_pageCount - 1));
    cancelMarking();   // a box belongs to the page it was begun on
    m_scene->clear();
    m_pixmap = nullptr;
    m_message = nullptr;
    m_overlays.clear();
    m_renderedDpi = 0;
    m_sceneSize = pageSizeGuess();
    if (!m_sceneSize.isEmpty()) {
        m_scene->setSceneRect(QRectF(QPointF(0, 0), m_sceneSize));
        rebuildOverlays();
        applyFit();
        // A new page opens at its top (title, number, date), unless the invoice or the field
        // being looked at is elsewhere.
        centerOn(QPointF(m_sceneSize.width() / 2, 0));
        revealCurrentRegion();
        revealHighlighted();
    }
    emit pageChanged(m_pageIndex, m_pageCount);
    requestRender();
}

void PageView::requestRender()
{
    if (m_sha256.isEmpty())
        return;
    // Vector pages are drawn for the screen's real pixels at this zoom (sharp on HiDPI).
    const double dpr = devicePixelRatioF();
    double dpi = kReferenceDpi;
    double imageScale = 1.0;
    if (isVector())
        // Exactly the zoom's resolution (to a hundredth of a dpi, so a settled zoom asks once):
        // the picture is then copied to the screen pixel for pixel, never resampled.
        dpi = std::clamp(std::round(kReferenceDpi * m_scale * dpr * 100.0) / 100.0, 48.0, kMaxDpi);
    else if (!m_sceneSize.isEmpty())
        // A photo likewise at the size it is shown, up to its own pixels: fitted to a window, a
        // 24-megapixel photo comes as about one megapixel instead of 92 MB through the worker's
        // pipe; zoomed to 100 % or more, whole. (Its size unknown, it comes whole, then again
        // at the fitted size.)
        imageScale = std::clamp(std::ceil(m_scale * dpr * 100.0) / 100.0, 0.01, 1.0);
    if (m_pixmap && qFuzzyCompare(dpi, m_renderedDpi) && qFuzzyCompare(imageScale, m_renderedScale))
        return;
    if (!m_pixmap && !m_message)
        showMessage(tr("Drawing the page…"));
    m_pendingScale = imageScale;
    m_pending = m_loader->request(m_sha256, m_pageIndex, dpi, m_claim->originalReader(), imageScale);
}

void PageView::onPageReady(quint64 requestId, const QString &sha256, int pageIndex, double dpi, const QImage &image,
                           int pageCount)
{
    if (requestId != m_pending || sha256 != m_sha256 || pageIndex != m_pageIndex)
        return;
    if (pageCount > 0)
        m_pageCount = pageCount;
    // The scene is the reference page: vector pages are scaled back from the dpi they were
    // rendered at, photos to their own pixels from the scale they were drawn at.
    const double toScene = isVector() ? kReferenceDpi / dpi : 1.0 / m_pendingScale;
    const QSizeF size(image.width() * toScene, image.height() * toScene);
    const bool firstImage = !m_pixmap;
    if (m_message) {
        delete m_message;
        m_message = nullptr;
    }
    if (!m_pixmap) {
        m_pixmap = new PageImageItem;
        m_pixmap->setZValue(0);
        m_scene->addItem(m_pixmap);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    // Vector pages were rendered for this screen's pixel ratio (see requestRender).
    if (isVector())
        pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_pixmap->setImage(pixmap, toScene);
    m_renderedDpi = dpi;
    m_renderedScale = m_pendingScale;
    if (m_sceneSize.isEmpty() || firstImage) {
        const bool sizeChanged = m_sceneSize != size;
        if (m_sceneSize.isEmpty())
            m_sceneSize = size;
        m_scene->setSceneRect(QRectF(QPointF(0, 0), m_sceneSize));
        if (sizeChanged && m_overlays.isEmpty())
            rebuildOverlays();
        if (firstImage) {
            applyFit();
            if (sizeChanged) {
                centerOn(QPointF(m_sceneSize.width() / 2, 0));
                revealCurrentRegion();
            }
            revealHighlighted();
        }
    }
    emit pageChanged(m_pageIndex, m_pageCount);
    emit pageShown();
    // The fit may have changed the zoom: render again at the resolution it needs.
    if (firstImage)
        m_rerender.start();
}

void PageView::onPageFailed(quint64 requestId, const QString &sha256, int pageIndex, const QString &message,
                            const QString &errorCode)
{
    if (requestId != m_pending || sha256 != m_sha256 || pageIndex != m_pageIndex)
        return;
    showMessage(tr("This page cannot be shown: %1").arg(message));
    emit renderFailed(message, errorCode);
}

void PageView::showMessage(const QString &message)
{
    if (!m_message) {
        m_message = m_scene->addText(QString());
        m_message->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        m_message->setDefaultTextColor(palette().color(QPalette::BrightText));
        m_message->setZValue(10);
    }
    m_message->setPlainText(message);
    fitMessage();
    m_message->setPos(m_scene->sceneRect().topLeft() + QPointF(12, 12));
}

void PageView::fitMessage()
{
    // Wrapped to the view (the item ignores the zoom, so this is screen pixels): why a page
    // cannot be shown is a sentence or two, never a line running off the window.
    if (m_message)
        m_message->setTextWidth(std::max(160, viewport()->width() - 24));
}

QString PageView::message() const
{
    return m_message ? m_message->toPlainText() : QString();
}

void PageView::rebuildOverlays()
{
    for (QGraphicsItem *item : std::as_const(m_overlays)) {
        m_scene->removeItem(item);
        delete item;
    }
    m_overlays.clear();
    if (m_sha256.isEmpty())
        return;
    // Every invoice of this page gets its outline and its row number when the page holds more
    // than one (a photo of two receipts), so a person sees which receipt is which row; a lone
    // invoice only when it is a part of the page (a receipt photographed on a desk).
    QList<const ClaimInvoice *> onPage;
    for (const ClaimInvoice &ci : m_claim->invoices())
        if (ci.sha256 == m_sha256 && ci.invoice.page - 1 == m_pageIndex)
            onPage << &ci;
    const bool zh = uilanguage::isChinese();
    const double pageArea = m_sceneSize.width() * m_sceneSize.height();
    for (const ClaimInvoice *ci : std::as_const(onPage)) {
        if (ci->invoice.region.size() < 3)
            continue;
        const int number = regionNumber(ci->id);
        auto *item = new InvoiceRegionItem(ci->id, ci->invoice.region, number, ci->id == m_invoiceId);
        if (onPage.size() == 1 && pageArea > 0 && item->area() > 0.85 * pageArea) {
            delete item;
            continue;
        }
        const QString type = zh ? invoiceTypeNameZh(ci->invoice.type) : invoiceTypeNameEn(ci->invoice.type);
        item->setToolTip(ci->id == m_invoiceId ? tr("Row %1: %2 (shown)").arg(number).arg(type)
                                               : tr("Row %1: %2. Click to review it.").arg(number).arg(type));
        m_scene->addItem(item);
        m_overlays << item;
    }
    const ClaimInvoice *current = m_claim->invoice(m_invoiceId);
    if (!current || current->sha256 != m_sha256)
        return;
    const Invoice &inv = current->invoice;
    for (auto it = inv.fields.cbegin(); it != inv.fields.cend(); ++it) {
        const Field &f = it.value();
        const int page = f.page > 0 ? f.page : inv.page;
        if (f.polygon.size() < 3 || page - 1 != m_pageIndex)
            continue;
        auto *item = new FieldPolygonItem(m_invoiceId, it.key(), f.polygon, fieldState(inv, it.key()));
        const QString value = f.value.isNull() ? tr("(empty)") : f.value;
        // The form's own label and provenance words, never the internal key or source id.
        QString tip = tr("<b>%1</b>: %2<br>Source: %3").arg(FieldLayout::label(it.key()).toHtmlEscaped(),
                                                            value.toHtmlEscaped(),
                                                            FieldSource::displayName(f.source).toHtmlEscaped());
        if (f.edited)
            tip += u"<br>"_s + tr("Machine read: %1").arg(f.machineValue.toHtmlEscaped());
        tip += u"<br><i>"_s + fieldStateName(item->state()).toHtmlEscaped() + u"</i>"_s;
        item->setToolTip(tip);
        item->setHighlighted(it.key() == m_highlighted);
        item->setViewScale(m_scale);
        m_scene->addItem(item);
        m_overlays << item;
    }
}

FieldPolygonItem *PageView::fieldItem(const QString &key) const
{
    for (QGraphicsItem *item : m_overlays)
        if (item->type() == FieldPolygonItem::Type) {
            auto *f = static_cast<FieldPolygonItem *>(item);
            if (f->key() == key)
                return f;
        }
    return nullptr;
}

QList<FieldPolygonItem *> PageView::fieldItems() const
{
    QList<FieldPolygonItem *> items;
    for (QGraphicsItem *item : m_overlays)
        if (item->type() == FieldPolygonItem::Type)
            items << static_cast<FieldPolygonItem *>(item);
    return items;
}

int PageView::regionItemCount() const
{
    return int(regionItems().size());
}

QList<InvoiceRegionItem *> PageView::regionItems() const
{
    QList<InvoiceRegionItem *> items;
    for (QGraphicsItem *item : m_overlays)
        if (item->type() == InvoiceRegionItem::Type)
            items << static_cast<InvoiceRegionItem *>(item);
    return items;
}

InvoiceRegionItem *PageView::regionItem(qint64 invoiceId) const
{
    for (InvoiceRegionItem *item : regionItems())
        if (item->invoiceId() == invoiceId)
            return item;
    return nullptr;
}

void PageView::setRowLabeler(RowLabeler labeler)
{
    m_rowLabeler = std::move(labeler);
    refreshRegionLabels();
}

void PageView::refreshRegionLabels()
{
    for (InvoiceRegionItem *item : regionItems())
        item->setNumber(regionNumber(item->invoiceId()));
}

int PageView::regionNumber(qint64 invoiceId) const
{
    if (m_rowLabeler)
        if (const int row = m_rowLabeler(invoiceId); row > 0)
            return row;
    // Without the list's word: the invoice's place among its document's invoices.
    int position = 0;
    for (const ClaimInvoice &ci : m_claim->invoices()) {
        if (ci.sha256 != m_sha256)
            continue;
        ++position;
        if (ci.id == invoiceId)
            return position;
    }
    return 0;
}

void PageView::highlightField(const QString &key)
{
    m_highlighted = key;
    // A field on another page of the document: go there first.
    if (const ClaimInvoice *ci = m_claim->invoice(m_invoiceId)) {
        const Field f = ci->invoice.fields.value(key);
        if (f.page > 0 && f.page - 1 != m_pageIndex && f.polygon.size() >= 3) {
            setPage(f.page - 1);
            return;
        }
    }
    for (FieldPolygonItem *item : fieldItems())
        item->setHighlighted(item->key() == key);
    revealHighlighted();
}

void PageView::onClaimChanged(const ClaimChange &change)
{
    switch (change.kind) {
    case ClaimChange::Kind::Reset:
        showInvoice(0);
        break;
    case ClaimChange::Kind::InvoiceRemoved:
        if (change.invoiceId == m_invoiceId) {
            showInvoice(0);
            break;
        }
        rebuildOverlays();
        break;
    case ClaimChange::Kind::InvoiceAdded:
    case ClaimChange::Kind::InvoiceChanged:
        // Only invoices of the page on screen change what is drawn.
        if (const ClaimInvoice *ci = m_claim->invoice(change.invoiceId); ci && ci->sha256 == m_sha256)
            rebuildOverlays();
        break;
    case ClaimChange::Kind::DocumentRemoved:
        if (change.sha256 == m_sha256)
            showInvoice(0);
        break;
    case ClaimChange::Kind::DocumentAdded:
    case ClaimChange::Kind::DetailsChanged:
        break;
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (markPress(event))
        return;
    if (event->button() == Qt::LeftButton) {
        // A field of the current invoice under the pointer wins; otherwise the smallest region
        // under it (a receipt lying on a larger one), whatever else is drawn over it: field
        // polygons, badges.
        InvoiceRegionItem *region = nullptr;
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            if (item->type() == FieldPolygonItem::Type) {
                auto *f = static_cast<FieldPolygonItem *>(item);
                highlightField(f->key());
                emit fieldClicked(f->invoiceId(), f->key());
                event->accept();
                return;
            }
            if (item->type() == RegionBadgeItem::Type && item->parentItem())
                item = item->parentItem();
            if (item->type() == InvoiceRegionItem::Type) {
                auto *r = static_cast<InvoiceRegionItem *>(item);
                if (!region || r->area() < region->area())
                    region = r;
            }
        }
        if (region && !region->isCurrent()) {
            emit invoiceClicked(region->invoiceId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitMessage();
    applyFit();
}

void PageView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Moved to a screen with another pixel ratio: render again for it.
    if (event->type() == QEvent::ScreenChangeInternal)
        m_rerender.start();
}

void PageView::nextPage()
{
    if (m_pageIndex + 1 < m_pageCount)
        setPage(m_pageIndex + 1);
}

void PageView::previousPage()
{
    if (m_pageIndex > 0)
        setPage(m_pageIndex - 1);
}

} // namespace ra
