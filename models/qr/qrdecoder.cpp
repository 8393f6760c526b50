// text() returns UTF-8 std::string with this set (zxing-cpp 1.4 transition switch); without it
// the header returns std::wstring and prints a deprecation message on every build.
#define ZX_USE_UTF8 1

#include "qrdecoder.h"

#include "log.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <QSet>

#include <algorithm>
#include <array>
#include <exception>
#include <vector>

namespace ra::qr {

namespace {

// How a colour pixel becomes grey. Invoice QR codes are printed blue: luminance makes blue
// mid-grey, while the red channel keeps it dark and also makes the red seal (发票专用章) vanish
// into the white background. min(R,G,B) keeps any colour dark, for codes in other inks.
enum class GreyMode { Red, MinChannel, Luminance };

// An 8-bit grey copy of (part of) an image, plus the mapping back to the source image.
struct GreyImage
{
    std::vector<uint8_t> pixels;
    int width = 0;
    int height = 0;
    QPointF origin;     // top-left of the crop in source coordinates
    double scale = 1.0; // grey pixels per source pixel

    ZXing::ImageView view() const { return {pixels.data(), width, height, ZXing::ImageFormat::Lum}; }
    QPointF toSource(double x, double y) const { return origin + QPointF(x / scale, y / scale); }
};

uint8_t toGrey(QRgb px, GreyMode mode)
{
    // Transparent pixels count as paper: QR images inside OFD/PDF files often have alpha.
    const int a = qAlpha(px);
    auto over = [a](int c) { return (c * a + 255 * (255 - a) + 127) / 255; };
    const int r = over(qRed(px));
    const int g = over(qGreen(px));
    const int b = over(qBlue(px));
    switch (mode) {
    case GreyMode::Red: return uint8_t(r);
    case GreyMode::MinChannel: return uint8_t(std::min({r, g, b}));
    case GreyMode::Luminance: return ZXing::RGBToLum(unsigned(r), unsigned(g), unsigned(b));
    }
    return uint8_t(r);
}

// Crops `rect` out of `argb` (Format_ARGB32, not premultiplied), converts to grey and scales
// by `scale` (nearest neighbour when enlarging keeps module edges sharp; smooth when
// shrinking avoids aliasing a photo's fine detail into false edges).
GreyImage makeGrey(const QImage &argb, const QRect &rect, GreyMode mode, double scale)
{
    GreyImage g;
    const QRect r = rect.intersected(argb.rect());
    if (r.isEmpty())
        return g;
    g.origin = r.topLeft();

    QImage src = argb.copy(r);
    if (scale < 1.0) {
        src = src.scaled(std::max(1, int(r.width() * scale)), std::max(1, int(r.height() * scale)),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        src = src.convertToFormat(QImage::Format_ARGB32);
    }
    const int factor = scale > 1.0 ? int(scale) : 1;
    g.width = src.width() * factor;
    g.height = src.height() * factor;
    g.scale = scale < 1.0 ? double(src.width()) / r.width() : double(factor);
    g.pixels.resize(size_t(g.width) * size_t(g.height));
    for (int y = 0; y < src.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        for (int x = 0; x < src.width(); ++x) {
            const uint8_t v = toGrey(line[x], mode);
            for (int dy = 0; dy < factor; ++dy) {
                uint8_t *out = g.pixels.data() + size_t(y * factor + dy) * size_t(g.width) + size_t(x * factor);
                std::fill(out, out + factor, v);
            }
        }
    }
    return g;
}

// Stretches the grey range so that the 1st percentile becomes black and the 99th white: a
// faint code (light blue on white) then has the contrast the binarizer expects.
void stretchContrast(GreyImage &g)
{
    if (g.pixels.empty())
        return;
    std::array<size_t, 256> hist{};
    for (uint8_t v : g.pixels)
        ++hist[v];
    const size_t n = g.pixels.size();
    size_t acc = 0;
    int lo = 0;
    for (; lo < 255; ++lo) {
        acc += hist[size_t(lo)];
        if (acc > n / 100)
            break;
    }
    acc = 0;
    int hi = 255;
    for (; hi > 0; --hi) {
        acc += hist[size_t(hi)];
        if (acc > n / 100)
            break;
    }
    if (hi - lo < 8 || (lo < 16 && hi > 240))
        return;
    for (uint8_t &v : g.pixels)
        v = uint8_t(std::clamp((int(v) - lo) * 255 / (hi - lo), 0, 255));
}

QList<DecodedCode> read(const GreyImage &g, const ZXing::DecodeHints &hints)
{
    QList<DecodedCode> out;
    if (g.width < 8 || g.height < 8)
        return out;
    const ZXing::Results results = ZXing::ReadBarcodes(g.view(), hints);
    for (const ZXing::Result &res : results) {
        if (!res.isValid())
            continue;
        DecodedCode code;
        code.text = QString::fromStdString(res.text());
        code.format = QString::fromLatin1(ZXing::ToString(res.format()));
        const auto &pos = res.position();
        for (int i = 0; i < 4; ++i)
            code.polygon << g.toSource(pos[i].x, pos[i].y);
        out << code;
    }
    return out;
}

void appendUnique(QList<DecodedCode> &all, QSet<QString> &seen, const QList<DecodedCode> &found)
{
    for (const DecodedCode &c : found) {
        if (!seen.contains(c.text)) {
            seen.insert(c.text);
            all << c;
        }
    }
}

ZXing::DecodeHints baseHints(ZXing::BarcodeFormats formats)
{
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    return hints;
}

// Enlarges small crops so a module of 1-2 px becomes 3-4 px, and shrinks camera photos so the
// code is not spread over thousands of pixels of sensor noise (and decoding stays fast).
constexpr int kLargeSide = 2500;
double scaleFor(const QRect &r)
{
    const int side = std::max(r.width(), r.height());
    if (side < 300)
        return 3.0;
    if (side < 700)
        return 2.0;
    if (side > kLargeSide)
        return 2000.0 / side;
    return 1.0;
}

QImage prepare(const QImage &image)
{
    if (image.format() == QImage::Format_ARGB32)
        return image;
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

QList<DecodedCode> decodeAll(const QImage &image)
{
    QList<DecodedCode> all;
    if (image.isNull())
        return all;
    try {
        const QImage argb = prepare(image);
        QSet<QString> seen;
        const GreyImage g = makeGrey(argb, argb.rect(), GreyMode::Luminance, 1.0);
        appendUnique(all, seen, read(g, baseHints(ZXing::BarcodeFormats{})));
    } catch (const std::exception &e) {
        ra::log::get("models.qr")->warn("barcode decoding failed: {}", e.what());
    } catch (...) {
        ra::log::get("models.qr")->warn("barcode decoding failed");
    }
    return all;
}

QList<DecodedCode> decodeQrCodes(const QImage &image)
{
    QList<DecodedCode> all;
    if (image.isNull())
        return all;
    try {
        const QImage argb = prepare(image);
        QSet<QString> seen;
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(false);
        hints.setTryRotate(false);
        hints.setTryDownscale(false);
        const GreyImage g = makeGrey(argb, argb.rect(), GreyMode::Luminance, 1.0);
        appendUnique(all, seen, read(g, hints));
    } catch (...) {
        ra::log::get("models.qr")->warn("QR decoding failed");
    }
    return all;
}

QList<DecodedCode> decodeInvoiceImage(const QImage &image)
{
    QList<DecodedCode> all;
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return all;
    try {
        const QImage argb = prepare(image);
        const QRect whole = argb.rect();
        // Invoices print the code in the top-left corner; a small crop is faster and keeps the
        // rest of the page (tables, seal, text) from confusing the detector.
        const QRect topLeft(0, 0, std::max(8, whole.width() * 2 / 5), std::max(8, whole.height() * 9 / 20));
        const ZXing::BarcodeFormats twoD = ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix
            | ZXing::BarcodeFormat::PDF417 | ZXing::BarcodeFormat::Aztec;
        const ZXing::DecodeHints hints = baseHints(twoD);
        ZXing::DecodeHints fixedHints = hints;
        fixedHints.setBinarizer(ZXing::Binarizer::GlobalHistogram);

        QSet<QString> seen;
        struct Pass { QRect rect; GreyMode mode; double scale; bool stretch; bool global; };
        std::vector<Pass> passes;
        for (const QRect &rect : {topLeft, whole}) {
            const double sc = scaleFor(rect);
            passes.push_back({rect, GreyMode::Red, sc, false, false});
            passes.push_back({rect, GreyMode::MinChannel, sc, true, false});
        }
        // Harder cases: another binarizer, a further enlargement of small images, and full
        // resolution for photos that were shrunk above (a small code on a big photo).
        for (const QRect &rect : {topLeft, whole}) {
            const double sc = scaleFor(rect);
            passes.push_back({rect, GreyMode::Luminance, sc, true, true});
            if (sc >= 1.0 && sc < 3.0 && std::max(rect.width(), rect.height()) < 1600)
                passes.push_back({rect, GreyMode::MinChannel, sc + 1.0, true, false});
            if (sc < 1.0)
                passes.push_back({rect, GreyMode::Red, 1.0, true, false});
        }

        auto run = [&](const Pass &p) {
            GreyImage g = makeGrey(argb, p.rect, p.mode, p.scale);
            if (p.stretch)
                stretchContrast(g);
            appendUnique(all, seen, read(g, p.global ? fixedHints : hints));
        };
        for (const Pass &p : passes) {
            run(p);
            if (all.isEmpty())
                continue;
            // Found. A scan may hold several invoices (two receipts on one A4 sheet), so a
            // hit in the corner is followed by one plain pass over the whole image.
            if (p.rect != whole)
                run({whole, GreyMode::Red, scaleFor(whole), false, false});
            break;
        }
    } catch (const std::exception &e) {
        ra::log::get("models.qr")->warn("invoice QR decoding failed: {}", e.what());
    } catch (...) {
        ra::log::get("models.qr")->warn("invoice QR decoding failed");
    }
    return all;
}

} // namespace ra::qr
