#pragma once

#include "invoice.h"

#include <QList>

class QPdfDocument;

namespace ra {

class PdfTextLayer;

// Reads the invoice printed on a PDF page from its text layer: old-style 增值税电子发票
// (普票, 专票, 通行费), 数电 发票 (专票, 普票), 铁路电子客票, 航空运输电子客票行程单 and provincial
// 通行费 e-invoices. Values are found next to their printed labels by position (the order of
// the text in the file says little: some generators write all labels first, then all values).
//
// Each field carries source "pdf:text" and the polygon of the printed value in page-image
// pixels at kReferenceDpi; `type` comes from the printed title (typeSource "pdf:title").
// Money is normalized with ra::money, dates with ra::dates, numbers without "No".
//
// Choices:
//  - A tax of "***" (免税, 不征税) becomes tax_amount "0.00" only when the total equals the
//    pre-tax amount; otherwise tax_amount is left absent.
//  - remark keeps the printed lines, joined by '\n'.
//  - Railway stations are given without the trailing 站 ("无锡东"), as 12306 names them;
//    carriage "07" and seat "01D" come from "07车01D号".
//  - Toll tables keep their own columns in items: license_plate, vehicle_type, start_date,
//    end_date (besides name, amount, tax_rate, tax_amount).
// No QR decoding here: the local provider merges QR data itself. Thread-safe (no state),
// but a QPdfDocument must not be used from two threads at once.
class PdfInvoiceExtractor
{
public:
    // Zero or one invoice for page `pageIndex` (0-based): none when the page has no text
    // layer or is not an invoice (no title, number or amount labels), e.g. a goods list.
    static QList<Invoice> extractInvoices(QPdfDocument &doc, int pageIndex);

    // The same from a text layer already read; `pageNumber` is 1-based (Invoice::page).
    static QList<Invoice> extractInvoices(const PdfTextLayer &layer, int pageNumber);

    // Every page of the document, in order.
    static QList<Invoice> extractDocument(QPdfDocument &doc);
};

} // namespace ra
