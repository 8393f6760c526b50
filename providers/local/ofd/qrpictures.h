#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// The pictures in an OFD invoice package that may be its printed QR code: how to recognise a
// QR payload stored as text, decode a picture's bytes within bounds, and make a picture
// ready for the QR reader.
namespace ra::ofdx {

// Larger image files are not QR codes (and not worth decoding to find out).
inline constexpr qint64 kMaxQrImageBytes = 2 * 1024 * 1024;

// "01,10,…": the comma-separated payload of an invoice QR code.
bool looksLikeQrPayload(const QString &s);

// Grey, alpha flattened onto white (a transparent PNG's background would otherwise read as
// black) and padded with a quiet zone: embedded QR images are cut tight at the symbol.
QImage prepareQrImage(const QImage &image);

// A picture from its bytes (PNG, JPEG, BMP, … or JBIG2, also without its file header when
// `declaredFormat` names it); null when too large or undecodable.
QImage decodeImageBytes(const QByteArray &bytes, const QString &declaredFormat);

} // namespace ra::ofdx
