#pragma once

#include "invoice.h"
#include "pdf/pdftextlayer.h"

#include <optional>

namespace ra::ocr {

// The paper receipts PdfInvoiceExtractor has no layout for, read from OCR's text layer by the
// labels printed next to their values (docs/ocr.md, "Receipts"):
//
//  - taxi receipts (出租汽车发票): code, number, 单位名称 as the seller, date, 金额, 车号, 里程,
//    上车/下车 times; a thermal print's 0 read as 日 in the date, a decimal point read as a gap;
//  - paper train tickets (铁路客票): the red serial as the number, train, stations, the date and
//    time of departure, fare, seat class, carriage and seat;
//  - quota invoices (定额发票): code, number, the 大写 denomination and the figures;
//  - roll (卷票) and machine-printed (通用机打发票) invoices: code, number, 机打号码, 机器编号,
//    date, seller and buyer with their tax ids (each id given to the party whose label it
//    follows), 大写 and 小写 totals, 校验码;
//  - any other page: numbers, date, total and seller where labels are printed.
//
// Values are normalized as everywhere (money "40.50", dates ISO); source "ocr" and polygons in
// the layer's frame (OcrInvoiceReader maps them back and runs the cross-checks).
class OcrReceiptReader
{
public:
    // The receipt layout the page's title names: Taxi, Train, Quota, VatRoll, MachinePrinted;
    // Unknown for anything else.
    static InvoiceType layoutOf(const PdfTextLayer &layer);

    // The fields printed on the page; none when not even a number, a date or a total is.
    static std::optional<Invoice> read(const PdfTextLayer &layer, int pageNumber, InvoiceType layout);
};

} // namespace ra::ocr
