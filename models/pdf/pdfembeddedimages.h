#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace ra {

// The small images embedded in a PDF (image XObjects), read straight from the file's bytes
// without rendering: e-invoice PDFs embed their QR code as such an image, and decoding it
// as stored is both faster and more reliable than decoding a rendered page. Handles
// FlateDecode (with PNG predictors), DCTDecode and unfiltered streams in DeviceGray,
// DeviceRGB and 1-bit image masks; other encodings are skipped (the caller then renders the
// page). Bounded: at most `maxImages` images, each at most `maxSide` pixels a side.
QList<QImage> smallEmbeddedImages(const QByteArray &pdf, int maxSide = 1200, int maxImages = 200);

} // namespace ra
