#pragma once

#include "sampleinvoice.h"

#include <QPainter>
#include <QSizeF>

namespace ra::samples {

// Draws a sample invoice the way the tax systems lay them out (数电 or the older electronic
// 普票), in millimetres mapped to device pixels, so one drawing serves the PDF writer and
// the images alike. Text is real text (a PDF text layer), the QR code and seals are images.
class InvoicePainter
{
public:
    static QSizeF pageSizeMm(SampleInvoice::Layout layout);
    // `dotsPerMm`: device pixels per millimetre (resolution / 25.4).
    static void paint(QPainter &painter, const SampleInvoice &invoice, double dotsPerMm);
};

} // namespace ra::samples
