#include "vendorimage.h"

#include "core/clouderror.h"
#include "pagerenderer.h"
#include "recognizeddocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::vendor {
namespace {

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return out;
}

bool fitsPixels(const QSize &s, const ImageLimits &limits)
{
    if (std::max(s.width(), s.height()) > limits.maxSide)
        return false;
    return limits.maxPixels <= 0 || qint64(s.width()) * s.height() <= limits.maxPixels;
}

// Unchanged JPEG/PNG: only when it needs no rotation (vendors may ignore EXIF) and fits.
bool sendAsIs(const QByteArray &bytes, DocumentFormat format, const ImageLimits &limits, QSize *size)
{
    if (format != DocumentFormat::Jpeg && format != DocumentFormat::Png)
        return false;
    if (bytes.size() > limits.maxBytes)
        return false;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize s = reader.size();
    if (!s.isValid() || !fitsPixels(s, limits))
        return false;
    if (reader.transformation() != QImageIOHandler::TransformationNone)
        return false;
    *size = s;
    return true;
}

} // namespace

QJsonObject toJson(const QList<PageGeometry> &pages)
{
    QJsonArray a;
    for (const PageGeometry &g : pages)
        a.append(QJsonObject{{u"page"_s, g.page}, {u"w"_s, g.pageSize.width()}, {u"h"_s, g.pageSize.height()},
                             {u"sx"_s, g.toPage.m11()}, {u"sy"_s, g.toPage.m22()}});
    return QJsonObject{{u"pages"_s, a}};
}

QList<PageGeometry> pagesFromJson(const QJsonObject &context)
{
    QList<PageGeometry> out;
    const QJsonArray a = context.value(u"pages").toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        PageGeometry g;
        g.page = std::max(1, o.value(u"page").toInt(1));
        g.pageSize = QSizeF(o.value(u"w").toDouble(), o.value(u"h").toDouble());
        const double sx = o.value(u"sx").toDouble(1.0), sy = o.value(u"sy").toDouble(1.0);
        if (std::isfinite(sx) && std::isfinite(sy) && sx > 0 && sy > 0)
            g.toPage = QTransform::fromScale(sx, sy);
        out.append(g);
    }
    return out;
}

PreparedImage prepareImage(const QByteArray &document, int pageIndex, const ImageLimits &limits)
{
    PreparedImage out;
    const DocumentFormat format = sniffFormat(document);
    QSize size;
    if (pageIndex == 0 && sendAsIs(document, format, limits, &size)) {
        out.bytes = document;
        out.mimeType = format == DocumentFormat::Jpeg ? "image/jpeg" : "image/png";
        out.extension = format == DocumentFormat::Jpeg ? u"jpg"_s : u"png"_s;
        out.sentSize = out.pageSize = size;
        return out;
    }

    const RenderedPage page = renderPage(document, pageIndex);
    out.pageCount = std::max(1, page.pageCount);
    if (!page.ok()) {
        out.errorCode = page.errorCode;
        out.error = page.error;
        return out;
    }
    out.converted = true;
    out.pageSize = page.image.size();

    QImage image = page.image;
    // Pixel limits first: scale so the longest side and the area fit.
    double scale = 1.0;
    const QSize full = image.size();
    if (std::max(full.width(), full.height()) > limits.maxSide)
        scale = double(limits.maxSide) / std::max(full.width(), full.height());
    if (limits.maxPixels > 0 && qint64(full.width()) * full.height() * scale * scale > limits.maxPixels)
        scale = std::min(scale, std::sqrt(double(limits.maxPixels) / (double(full.width()) * full.height())));

    // Then bytes: PNG keeps text sharp; JPEG at falling quality; then smaller again.
    for (int round = 0; round < 12; ++round) {
        QImage scaled = scale < 1.0 ? image.scaled(std::max(1, int(full.width() * scale)),
                                                   std::max(1, int(full.height() * scale)),
                                                   Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                    : image;
        const bool opaque = !scaled.hasAlphaChannel();
        QByteArray bytes = encode(scaled, "png", -1);
        QByteArray mime = "image/png";
        QString ext = u"png"_s;
        if (bytes.isEmpty() || bytes.size() > limits.maxBytes) {
            const QImage rgb = opaque ? scaled : scaled.convertToFormat(QImage::Format_RGB32);
            for (int quality : {92, 85, 75}) {
                bytes = encode(rgb, "jpeg", quality);
                if (!bytes.isEmpty() && bytes.size() <= limits.maxBytes)
                    break;
            }
            mime = "image/jpeg";
            ext = u"jpg"_s;
        }
        if (!bytes.isEmpty() && bytes.size() <= limits.maxBytes) {
            out.bytes = bytes;
            out.mimeType = mime;
            out.extension = ext;
            out.sentSize = scaled.size();
            out.toPage = QTransform::fromScale(double(full.width()) / scaled.width(),
                                               double(full.height()) / scaled.height());
            return out;
        }
        scale *= 0.75;
        if (full.width() * scale < 200 || full.height() * scale < 200)
            break;
    }
    out.errorCode = QString::fromLatin1(ErrorCode::InputTooLarge);
    out.error = QCoreApplication::translate("VendorImage",
                    "The page cannot be brought under the service's limit of %1 MB without making "
                    "it unreadable.").arg(limits.maxBytes / (1024 * 1024));
    return out;
}

} // namespace ra::vendor
