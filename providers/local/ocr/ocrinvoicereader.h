#pragma once

#include "invoice.h"
#include "ocrtypes.h"
#include "pdf/pdftextlayer.h"

#include <QList>
#include <QTransform>

namespace ra::ocr {

// Turns what OCR read on a page image into invoices, with the same label-relative geometry the
// PDF text layer goes through (PdfInvoiceExtractor): each recognised character becomes a
// PdfChar of a PdfTextLayer whose "points" are reading-frame pixels / kPixelsPerPoint, so the
// extractor's polygons come out in reading-frame pixels and are mapped back to the image.
//
// The reading frame is the image turned upright (OcrPage::rotation) and deskewed (the median
// slope of the long text lines), so a photo taken at an angle still has its labels and values
// on shared bands. Fields get source "ocr", a polygon in the given image's pixels, and are
// marked uncertain when a character under them was read with a probability below
// kUncertainBelow. A layout the extractor does not know (no title, fewer than two labels) still
// gets date, total, seller and invoice numbers where labels are printed (source "ocr").
// Then the invoice's own checks are applied to what was read (OcrCrossCheck: 大写 against 小写,
// pre-tax + tax = total, tax-id check characters), a reading they show wrong kept as an
// alternative.
class OcrInvoiceReader
{
public:
    static constexpr float kUncertainBelow = 0.80f;

    // The text layer in the reading frame, and the transform image pixels -> reading frame.
    static PdfTextLayer textLayer(const OcrPage &page, QTransform *toReading = nullptr);

    // Zero or one invoice read from the page; `pageNumber` is 1-based.
    static QList<Invoice> extractInvoices(const OcrPage &page, int pageNumber);
};

} // namespace ra::ocr
