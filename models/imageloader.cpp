#include "imageloader.h"
#include "translatedtext.h"

#include "log.h"
#include "recognizeddocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <mutex>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::ImageLoader", text);
}

LoadedImage failure(const char *code, const QString &message)
{
    LoadedImage r;
    r.errorCode = QString::fromLatin1(code);
    r.error = message;
    return r;
}

bool tooLarge(const QSize &s)
{
    return s.width() > MaxImageSide || s.height() > MaxImageSide
        || qint64(s.width()) * qint64(s.height()) > MaxImagePixels;
}

qint64 pixels(const QSize &s)
{
    return qint64(s.width()) * qint64(s.height());
}

// Bytes of a QImage of that size and depth (lines padded to 32 bits, as QImage stores them).
qint64 imageBytes(const QSize &s, int bitsPerPixel)
{
    return (qint64(s.width()) * bitsPerPixel + 31) / 32 * 4 * qint64(s.height());
}

int bitsPerPixel(QImage::Format format)
{
    if (format == QImage::Format_Invalid)
        return 32;
    return std::max(1, int(QImage::toPixelFormat(format).bitsPerPixel()));
}

QSize fitPixels(const QSize &s, qint64 maxPixels)
{
    if (maxPixels <= 0 || pixels(s) <= maxPixels)
        return s;
    const double f = std::sqrt(double(maxPixels) / double(pixels(s)));
    return QSize(std::max(1, int(s.width() * f)), std::max(1, int(s.height() * f)));
}

QString mib(qint64 bytes)
{
    return QString::number((bytes + 1024 * 1024 - 1) / (1024 * 1024));
}

QString tooLargeMessage(const QSize &s)
{
    return tr("The image claims to be %1 × %2 pixels; images larger than %3 pixels on a side or "
              "%4 megapixels are not opened. Scan or export the invoice at a lower resolution.")
        .arg(s.width())
        .arg(s.height())
        .arg(MaxImageSide)
        .arg(MaxImagePixels / 1'000'000);
}

// Qt's BMP reader refuses headers beyond 16384² pixels without telling the size, so read the
// claim ourselves to give the person the right reason (BITMAPINFOHEADER and later versions).
QSize bmpClaimedSize(const QByteArray &b)
{
    if (b.size() < 26 || !b.startsWith("BM"))
        return {};
    const quint32 dib = qFromLittleEndian<quint32>(b.constData() + 14);
    if (dib < 40)
        return {};
    const qint32 w = qFromLittleEndian<qint32>(b.constData() + 18);
    const qint32 h = qFromLittleEndian<qint32>(b.constData() + 22);
    if (w <= 0 || h == 0 || h == std::numeric_limits<qint32>::min())
        return {};
    return QSize(w, std::abs(h));
}

} // namespace

// libpng only reports the size after reading up to the first image data: a hostile file with a
// bare header claiming 30000 × 30000 pixels must still be refused for its size, so the IHDR
// chunk is read here directly.
static QSize pngClaimedSize(const QByteArray &bytes)
{
    if (bytes.size() < 24 || !bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8))
        || bytes.mid(12, 4) != "IHDR")
        return {};
    // Only a header whose CRC is right is believed; a damaged one is reported as damaged.
    if (bytes.size() < 33)
        return {};
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(bytes[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    if (~crc != qFromBigEndian<quint32>(bytes.constData() + 29))
        return {};
    const quint32 w = qFromBigEndian<quint32>(bytes.constData() + 16);
    const quint32 h = qFromBigEndian<quint32>(bytes.constData() + 20);
    if (w == 0 || h == 0 || w > 0x7fffffffu || h > 0x7fffffffu)
        return {};
    return QSize(int(w), int(h));
}

namespace {

// The header's size, from Qt or, where Qt says nothing, from the header read here.
QSize claimedSize(QImageReader &reader, const QByteArray &bytes)
{
    QSize claimed = reader.size();
    if (!claimed.isValid())
        claimed = bmpClaimedSize(bytes);
    if (!claimed.isValid())
        claimed = pngClaimedSize(bytes);
    return claimed;
}

DecodePlan plan(QImageReader &reader, const QSize &stored, qint64 maxPixels)
{
    DecodePlan p;
    p.stored = stored;
    if (!stored.isValid() || stored.isEmpty()) {
        // Nothing is known before decoding: the most a decode may take.
        p.decodeBytes = MaxDecodeBytes;
        p.budgetBytes = MaxDecodeBytes + WorkingCopies * WorkingImagePixels * 4;
        return p;
    }
    p.bitsPerPixel = bitsPerPixel(reader.imageFormat());
    const QSize fit = fitPixels(stored, maxPixels);
    if (fit == stored) {
        p.target = stored;
        p.decodeBytes = imageBytes(stored, p.bitsPerPixel);
    } else if (reader.format() == "jpeg") {
        // libjpeg decodes at 1/2, 1/4 or 1/8 of the size without ever holding the full image:
        // the smallest reduction that fits, so no second scaling is needed.
        int denominator = 1;
        while (denominator < 8 && pixels(QSize(stored.width() / denominator, stored.height() / denominator)) > maxPixels)
            denominator *= 2;
        p.target = QSize(std::max(1, stored.width() / denominator), std::max(1, stored.height() / denominator));
        // The decoder's image is rounded up, then smoothed to the target: two of that size.
        p.decodeBytes = 2 * imageBytes(p.target + QSize(1, 1), p.bitsPerPixel);
    } else {
        // Decoded whole, then scaled; smooth scaling works on 32 bits a pixel.
        p.target = fit;
        p.decodeBytes = imageBytes(stored, p.bitsPerPixel);
        if (p.bitsPerPixel < 32)
            p.decodeBytes += imageBytes(stored, 32);
    }
    p.budgetBytes = p.decodeBytes + WorkingCopies * imageBytes(p.target, 32);
    return p;
}

void setQtAllocationLimit()
{
    // Qt's own guard against decompression bombs, a second line behind the header checks (some
    // formats only know their size once decoding): no single image buffer beyond what
    // MaxDecodeBytes allows.
    static std::once_flag limitOnce;
    std::call_once(limitOnce, [] { QImageReader::setAllocationLimit(int(MaxDecodeBytes / (1024 * 1024)) + 16); });
}

} // namespace

DecodePlan planDecode(const QByteArray &bytes, qint64 maxPixels)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    return plan(reader, claimedSize(reader, bytes), maxPixels);
}

LoadedImage loadImage(const QByteArray &bytes, const ImageLoadOptions &options)
{
    setQtAllocationLimit();
    if (bytes.isEmpty())
        return failure(ErrorCode::Empty, tr("The file is empty (0 bytes)."));

    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Unreadable, tr("The image could not be read."));
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);

    const QSize claimed = claimedSize(reader, bytes);
    if (claimed.isValid() && tooLarge(claimed)) {
        ra::log::get("models.image")->warn("refusing image of {}x{} pixels", claimed.width(), claimed.height());
        return failure(ErrorCode::ImageTooLarge, tooLargeMessage(claimed));
    }
    const DecodePlan p = plan(reader, claimed, options.maxPixels);
    if (claimed.isValid() && p.decodeBytes > MaxDecodeBytes) {
        // Bytes per pixel count: 11000 × 9000 at 32 bits is refused, the same in grey is not.
        ra::log::get("models.image")->warn("refusing image of {}x{} pixels at {} bits: {} MiB to decode",
                                           claimed.width(), claimed.height(), p.bitsPerPixel,
                                           mib(p.decodeBytes).toStdString());
        return failure(ErrorCode::ImageTooLarge,
                       tr("The image claims to be %1 × %2 pixels at %3 bits a pixel: opening it would take %4 "
                          "MiB of memory, and images that need more than %5 MiB are not opened. Scan or export "
                          "the invoice at a lower resolution or as JPEG.")
                           .arg(claimed.width())
                           .arg(claimed.height())
                           .arg(p.bitsPerPixel)
                           .arg(mib(p.decodeBytes), mib(MaxDecodeBytes)));
    }

    DecodeBudget &budget = options.budget ? *options.budget : DecodeBudget::shared();
    DecodeBudget::Refusal refusal = DecodeBudget::Refusal::None;
    QString refused;
    DecodeBudget::Lease lease = budget.reserve(p.budgetBytes, options.maxWait, &refusal, &refused);
    if (lease.isNull())
        return failure(refusal == DecodeBudget::Refusal::NeverFits ? ErrorCode::ImageTooLarge : ErrorCode::MemoryBusy,
                       refused);

    if (p.target.isValid() && p.target != p.stored)
        reader.setScaledSize(p.target);
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        const QString why = reader.errorString();
        if (reader.error() == QImageReader::UnsupportedFormatError)
            return failure(ErrorCode::ImageCorrupt,
                           tr("The image format is not recognised or the file is damaged (%1).").arg(why));
        return failure(ErrorCode::ImageCorrupt, tr("The image is damaged and cannot be decoded (%1).").arg(why));
    }
    if (tooLarge(image.size()))
        return failure(ErrorCode::ImageTooLarge, tooLargeMessage(image.size()));
    // A format that told nothing before decoding is brought to the working size now.
    if (options.maxPixels > 0 && pixels(image.size()) > options.maxPixels)
        image = image.scaled(fitPixels(image.size(), options.maxPixels), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
    // What stays held: the image and the QR decoder's working copies of it.
    lease.shrinkTo(imageBytes(image.size(), image.depth()) + WorkingCopies * imageBytes(image.size(), 32));

    LoadedImage r;
    r.originalSize = claimed.isValid() ? claimed : image.size();
    r.scaled = pixels(image.size()) < pixels(r.originalSize);
    r.image = std::move(image);
    r.memory = std::move(lease);
    return r;
}

} // namespace ra
