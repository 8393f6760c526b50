#include "export/reportpageimages.h"

#include "documentformat.h"
#include "export/inprocessrenderqueue.h"
#include "pagegeometry.h"

using namespace Qt::StringLiterals;

namespace ra {
namespace {

bool isImageKey(const QString &format)
{
    for (DocumentFormat f : {DocumentFormat::Jpeg, DocumentFormat::Png, DocumentFormat::Bmp, DocumentFormat::Tiff,
                             DocumentFormat::Webp, DocumentFormat::Gif})
        if (formatKey(f) == format)
            return true;
    return false;
}

// Several invoices on one page: keep this one's region, with a little margin. `pageSize` is
// the page image the region refers to; the rendered image may be larger or smaller.
QImage cropToRegion(const QImage &image, const QPolygonF &region, const QSizeF &pageSize, double renderScale)
{
    if (region.size() < 3 || image.isNull())
        return image;
    double sx = renderScale;
    double sy = renderScale;
    if (pageSize.width() > 0 && pageSize.height() > 0) {
        sx = image.width() / pageSize.width();
        sy = image.height() / pageSize.height();
    }
    const QRectF r = region.boundingRect();
    QRectF scaled(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy);
    scaled.adjust(-image.width() * 0.01, -image.height() * 0.01, image.width() * 0.01, image.height() * 0.01);
    const QRect crop = scaled.toAlignedRect().intersected(image.rect());
    if (crop.isEmpty() || double(crop.width()) * crop.height() > 0.9 * double(image.width()) * image.height())
        return image;
    return image.copy(crop);
}

} // namespace

ReportPageImages::ReportPageImages(const ExportSource &source, double printDpi, const QSizeF &slotInches,
                                   int lookahead)
    : m_source(source), m_printDpi(printDpi), m_slotInches(slotInches), m_lookahead(std::max(1, lookahead)),
      m_queue(source.renderQueue ? source.renderQueue() : std::make_unique<InProcessRenderQueue>())
{
}

ReportPageImages::~ReportPageImages() = default;

double ReportPageImages::dpiFor(int index) const
{
    const ClaimInvoice &ci = m_source.data.invoices.at(index);
    // PDF and OFD pages: the invoice's size in inches from the page image it was read on
    // (kReferenceDpi), scaled to fit the slot.
    QSizeF src = ci.invoice.region.size() >= 3 ? ci.invoice.region.boundingRect().size() : ci.invoice.pageSize;
    if (src.width() <= 0 || src.height() <= 0)
        return m_printDpi;
    src /= kReferenceDpi;
    const double scale = std::min(m_slotInches.width() / src.width(), m_slotInches.height() / src.height());
    return std::clamp(m_printDpi * scale, 50.0, 600.0);
}

void ReportPageImages::start(int index)
{
    if (index < 0 || index >= m_source.data.invoices.size() || m_started.contains(index))
        return;
    const ClaimInvoice &ci = m_source.data.invoices.at(index);
    const QByteArray bytes = m_source.originalBytes ? m_source.originalBytes(ci.sha256) : QByteArray();
    if (bytes.isEmpty())
        return;   // take() says it is missing
    m_started.insert(index);
    m_queue->start(index, bytes, std::max(0, ci.invoice.page - 1), dpiFor(index));
}

ReportPageImages::Picture ReportPageImages::take(int index)
{
    for (int i = index; i < index + m_lookahead; ++i)
        start(i);
    if (!m_started.remove(index))
        return {{}, u"missing"_s, {}};
    const RenderedPage rendered = m_queue->take(index);
    if (!rendered.ok())
        return {{}, rendered.error, rendered.errorCode};
    const ClaimInvoice &ci = m_source.data.invoices.at(index);
    const ClaimOriginal *o = m_source.data.original(ci.sha256);
    const bool isImage = o && isImageKey(o->format);
    const double dpi = dpiFor(index);
    return {cropToRegion(rendered.image, ci.invoice.region, ci.invoice.pageSize, isImage ? 1.0 : dpi / kReferenceDpi),
            {}, {}};
}

} // namespace ra
