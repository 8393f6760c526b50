#include "imageloader.h"

#include "log.h"
#include "recognizeddocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <QtEndian>

#include <cstdlib>
#include <limits>
#include <mutex>

namespace ra {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::ImageLoader", text);
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

LoadedImage loadImage(const QByteArray &bytes)
{
    // Qt's own guard against decompression bombs, a second line behind the header check
    // below (some formats only know their size after decoding). The largest image we accept
    // needs 400 MB as 32-bit pixels; Qt's default limit is 256 MB.
    static std::once_flag limitOnce;
    std::call_once(limitOnce, [] {
        QImageReader::setAllocationLimit(int(MaxImagePixels * 4 / (1024 * 1024)) + 16);
    });

    if (bytes.isEmpty())
        return failure(ErrorCode::Empty, tr("The file is empty (0 bytes)."));

    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Unreadable, tr("The image could not be read."));
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);

    QSize claimed = reader.size();
    if (!claimed.isValid())
        claimed = bmpClaimedSize(bytes);
    if (!claimed.isValid())
        claimed = pngClaimedSize(bytes);
    if (claimed.isValid() && tooLarge(claimed)) {
        ra::log::get("models.image")->warn("refusing image of {}x{} pixels", claimed.width(), claimed.height());
        return failure(ErrorCode::ImageTooLarge, tooLargeMessage(claimed));
    }

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

    LoadedImage r;
    r.originalSize = claimed.isValid() ? claimed : image.size();
    r.image = std::move(image);
    return r;
}

} // namespace ra
