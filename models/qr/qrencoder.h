#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace ra::qr {

// Encodes text as a QR code image (module size in pixels, quiet zone included), used by the
// sample generator and tests to make realistic invoices.
QImage encodeQr(const QString &text, int moduleSize = 4, const QColor &color = Qt::black);

} // namespace ra::qr
