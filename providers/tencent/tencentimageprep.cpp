#include "tencentimageprep.h"

#include "documentformat.h"
#include "imageloader.h"
#include "pagerenderer.h"
#include "recognizeddocument.h"
#include "core/clouderror.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <algorithm>
#include <cmath>

namespace ra::tencent {
namespace {

qint64 base64Size(qint64 n)
{
    return (n + 2) / 3 * 4;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return out;
}

PreparedPage failure(const char *code, const QString &message)
{
    PreparedPage p;
    p.errorCode = QString::fromLatin1(code);
    p.error = message;
    return p;
}

} // namespace

PreparedPage fitImage(const QImage &source, const QByteArray &originalBytes, bool originalIsJpegOrPng,
                      qint64 maxBase64Bytes, int minSide, int maxSide)
{
    if (source.isNull())
        return failure(ErrorCode::ImageCorrupt, QStringLiteral("The image could not be decoded."));
    const QSize size = source.size();
    const int longSide = std::max(size.width(), size.height());
    const int shortSide = std::min(size.width(), size.height());
    // Factor from page pixels to sent pixels.
    double factor = 1.0;
    if (longSide > maxSide)
        factor = double(maxSide) / longSide;
    if (shortSide * factor < minSide) {
        factor = double(minSide) / shortSide;
        if (longSide * factor > maxSide)
            return failure(ErrorCode::InputTooLarge,
                           QStringLiteral("The image is %1×%2 pixels: too narrow for the vendor's %3–%4 pixel limits.")
                               .arg(size.width()).arg(size.height()).arg(minSide).arg(maxSide));
    }

    PreparedPage p;
    p.pageSize = QSizeF(size);
    if (factor == 1.0 && originalIsJpegOrPng && base64Size(originalBytes.size()) <= maxBase64Bytes) {
        p.imageBytes = originalBytes;   // sent as it is: nothing to undo
        return p;
    }

    // Re-encode, then shrink step by step until the Base64 fits. Each step is recorded in
    // `scale` so polygons map back to the page image.
    for (int round = 0; round < 12; ++round) {
        const QSize target(std::max(1, int(std::lround(size.width() * factor))),
                           std::max(1, int(std::lround(size.height() * factor))));
        if (std::min(target.width(), target.height()) < minSide)
            break;
        const QImage scaled = target == size ? source
                                             : source.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QImage rgb = scaled.hasAlphaChannel() ? scaled.convertToFormat(QImage::Format_RGB32) : scaled;
        for (int quality : {90, 80, 70}) {
            const QByteArray bytes = encode(rgb, "jpeg", quality);
            if (!bytes.isEmpty() && base64Size(bytes.size()) <= maxBase64Bytes) {
                p.imageBytes = bytes;
                p.scale = double(size.width()) / target.width();
                return p;
            }
        }
        factor *= 0.8;
    }
    return failure(ErrorCode::InputTooLarge,
                   QStringLiteral("The page cannot be brought under the vendor's size limit of %1 MB after Base64.")
                       .arg(maxBase64Bytes / (1024 * 1024)));
}

PreparedPage preparePage(const QByteArray &documentBytes, bool isPdf, int pageIndex, qint64 maxBase64Bytes,
                         int minSide, int maxSide)
{
    if (isPdf) {
        // The page as the viewer shows it, so the vendor's polygons fall on that image.
        const RenderedPage rendered = renderPage(documentBytes, pageIndex, kReferenceDpi);
        if (!rendered.ok()) {
            PreparedPage p = failure(ErrorCode::PdfCorrupt, rendered.error);
            p.errorCode = rendered.errorCode;
            p.pageCount = rendered.pageCount;
            return p;
        }
        // PNG keeps the text edges the OCR reads; fitImage falls back to JPEG when too large.
        const QByteArray png = encode(rendered.image, "png", -1);
        PreparedPage p = fitImage(rendered.image, png, true, maxBase64Bytes, minSide, maxSide);
        p.pageCount = rendered.pageCount;
        return p;
    }
    const DocumentFormat format = sniffFormat(documentBytes);
    const LoadedImage loaded = loadImage(documentBytes);
    if (loaded.image.isNull()) {
        PreparedPage p = failure(ErrorCode::ImageCorrupt, loaded.error);
        if (!loaded.errorCode.isEmpty())
            p.errorCode = loaded.errorCode;
        return p;
    }
    // An EXIF-rotated photo is sent upright (re-encoded): the vendor would not rotate it the
    // way the viewer does, and the polygons must match what the viewer shows.
    QBuffer buffer;
    buffer.setData(documentBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const bool rotated = reader.transformation() != QImageIOHandler::TransformationNone;
    // A photo decoded smaller than stored (the decode budget's working size) is re-encoded too:
    // the vendor's polygons must fall on the image the viewer shows.
    const bool sendable = (format == DocumentFormat::Jpeg || format == DocumentFormat::Png) && !rotated
        && !loaded.scaled;
    PreparedPage p = fitImage(loaded.image, documentBytes, sendable, maxBase64Bytes, minSide, maxSide);
    p.pageCount = 1;
    return p;
}

} // namespace ra::tencent
