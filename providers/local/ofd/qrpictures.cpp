#include "qrpictures.h"

#include "ofd/jbig2image.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>

#include <algorithm>

namespace ra::ofdx {

namespace {

constexpr int kMaxQrImageSide = 2500; // QR pictures are small; this bounds the work per image

} // namespace

bool looksLikeQrPayload(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2},[0-9]{2},"));
    return re.match(s).hasMatch();
}

QImage prepareQrImage(const QImage &image)
{
    if (image.isNull() || image.width() > kMaxQrImageSide || image.height() > kMaxQrImageSide)
        return {};
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const int pad = std::max(8, std::max(argb.width(), argb.height()) / 8);
    QImage out(argb.width() + 2 * pad, argb.height() + 2 * pad, QImage::Format_Grayscale8);
    if (out.isNull())
        return {};
    out.fill(255);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *dst = out.scanLine(y + pad) + pad;
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(src[x]);
            const int g = qGray(src[x]);
            dst[x] = uchar((g * a + 255 * (255 - a)) / 255);
        }
    }
    return out;
}

QImage decodeImageBytes(const QByteArray &bytes, const QString &declaredFormat)
{
    if (bytes.isEmpty() || bytes.size() > kMaxQrImageBytes)
        return {};
    const QString fmt = declaredFormat.toLower();
    if (Jbig2Image::looksLikeJbig2File(bytes))
        return Jbig2Image::decode(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (size.width() > kMaxQrImageSide || size.height() > kMaxQrImageSide)
            return {};
        return reader.read();
    }
    // A JBIG2 stream without the file header (as embedded in PDF) only says what it is in
    // the resource's Format attribute.
    if (fmt.contains(u"jb2") || fmt.contains(u"jbig2") || fmt.contains(u"gbig2"))
        return Jbig2Image::decode(bytes);
    return {};
}

} // namespace ra::ofdx
