#include "qrencoder.h"

#include "log.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace ra::qr {

namespace {

bool isLatin1(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

QImage encodeQr(const QString &text, int moduleSize, const QColor &color)
{
    moduleSize = std::clamp(moduleSize, 1, 64);
    try {
        // Invoice codes use level M; a quiet zone of 4 modules is what the standard asks and
        // what decoders rely on to find the finder patterns.
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(4);
        // zxing-cpp maps its 0-8 scale onto L/M/Q/H as (level - 1) / 2: 3 gives M.
        writer.setEccLevel(3);
        // ASCII payloads stay without an ECI header (as real invoices are); anything else is
        // encoded as UTF-8 with an ECI so decoders do not have to guess.
        if (!isLatin1(text))
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        const int w = matrix.width();
        const int h = matrix.height();
        if (w <= 0 || h <= 0)
            return {};
        QImage image(w * moduleSize, h * moduleSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QRgb ink = color.rgb();
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                if (!matrix.get(x, y))
                    continue;
                for (int dy = 0; dy < moduleSize; ++dy) {
                    auto *line = reinterpret_cast<QRgb *>(image.scanLine(y * moduleSize + dy));
                    std::fill(line + x * moduleSize, line + (x + 1) * moduleSize, ink);
                }
            }
        }
        return image;
    } catch (const std::exception &e) {
        // Too long for a QR code, or an encoder failure: the caller gets a null image.
        ra::log::get("models.qr")->warn("QR encoding failed: {}", e.what());
        return {};
    }
}

} // namespace ra::qr
