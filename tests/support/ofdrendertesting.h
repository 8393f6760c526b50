#pragma once

#include "ofd/render/ofdrenderer.h"
#include "testfiles.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace ra::test {

// What the OFD renderer tests share (tst_ofdrenderer, tst_ofdrenderdocuments): synthetic
// packages and questions about the pixels of a rendered page.

inline const QString kOfdNs = QStringLiteral("http://www.ofdspec.org/2016");

// A string literal with embedded NULs, without its terminator.
template<qsizetype N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

// A page content part with the given objects inside one layer.
QByteArray pageXml(const QString &objects, const QString &extra = {});
// A resource part with `body`.
QByteArray resXml(const QString &body);
QByteArray pngOf(const QImage &img);
// A package of one 100 × 50 mm page whose content is `objects`; DocumentRes replaced by
// `documentRes` when given.
QByteArray package(const QString &objects, const QString &documentRes = {});

bool isInk(QRgb c);
// Seal red (255 0 0, or a scanned seal's 230 40 40), not the brown (156 82 35) or dark red
// (128 0 0) of invoice templates.
bool isRed(QRgb c);

// Pixels in a page-mm rectangle (clamped to the image) that satisfy `pred`.
template<typename Pred>
int countPixels(const RenderedOfdPage &page, const QRectF &mm, Pred pred)
{
    const QRect px = page.mmToPixel.mapRect(mm).toAlignedRect().intersected(page.image.rect());
    int n = 0;
    for (int y = px.top(); y <= px.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(page.image.constScanLine(y));
        for (int x = px.left(); x <= px.right(); ++x)
            n += pred(line[x]) ? 1 : 0;
    }
    return n;
}

QColor pixelAtMm(const RenderedOfdPage &page, QPointF mm);

} // namespace ra::test
