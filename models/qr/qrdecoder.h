#pragma once

#include <QImage>
#include <QPolygonF>
#include <QString>
#include <QList>

namespace ra::qr {

struct DecodedCode
{
    QString text;
    QString format;     // "QRCode", "DataMatrix", "Code128", ...
    QPolygonF polygon;  // in the coordinates of the image passed in
};

// Decodes barcodes on an invoice image. Invoice QR codes are often blue, faint and small:
// tries the top-left region first (where invoices print it), then the whole image, with
// colour-to-grey conversions and upscaling of small images. Thread-safe; never throws.
QList<DecodedCode> decodeInvoiceImage(const QImage &image);

// QR codes only, in one plain pass: for clean images such as the QR picture embedded in an
// e-invoice PDF, where the slower passes of decodeInvoiceImage() are not needed.
QList<DecodedCode> decodeQrCodes(const QImage &image);

// Plain decode of every barcode in the image, no invoice heuristics.
QList<DecodedCode> decodeAll(const QImage &image);

} // namespace ra::qr
