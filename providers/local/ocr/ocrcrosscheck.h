#pragma once

#include "invoice.h"
#include "ocrtypes.h"

#include <QString>

namespace ra::ocr {

// The checks an invoice carries within itself, applied to the amounts OCR read (source "ocr"):
// the 大写 amount against the 小写 total, and pre-tax + tax = total. A misread digit breaks one
// of them; the others, the tax rate, the line items and the recognizer's own doubts (a
// character's score, its runner-up) usually tell which reading is wrong:
//
//  - a reading the checks show wrong gives way: the field takes the value the checks agree on
//    (source kWordsSource, kSumSource or kTotalSource, marked uncertain, polygon kept where the
//    value is printed) and the reading is kept in `alternatives` (source "ocr");
//  - where the checks cannot tell, the reading stays and the values the checks give are added
//    to `alternatives` (same sources), so the person picks one with a click;
//  - a low-confidence reading that an independent check confirms loses its `uncertain` mark
//    (two readings agreeing to the fen are not a doubt);
//  - pre-tax amount and tax not read at all (a photo lost the 合计 row) are the line items'
//    sums when those make the total (and the 大写, if read): source kLinesSource, uncertain,
//    the polygon around the figures added.
//
// Nothing changes silently: the validation rule `ocr_crosscheck` (docs/validation-rules.md)
// reports every such pair of values from their sources. Values from other sources (QR, PDF
// text, a person) are never touched. Tax ids: OcrTaxIdCheck.
class OcrCrossCheck
{
public:
    // Where a value the checks chose, or offered, came from (Field::source).
    static const QString kWordsSource; // "ocr:words": the 大写 amount read as a number
    static const QString kSumSource;   // "ocr:sum": what the other two amounts add up to
    static const QString kTotalSource; // "ocr:total": the 大写 written out from the total
    static const QString kLinesSource; // "ocr:lines": the line items added up (no 合计 row read)
    // A character read with a lower probability than this is doubtful (as OcrInvoiceReader's
    // uncertain mark).
    static constexpr float kDoubtfulBelow = 0.80f;

    // Reconciles the amounts and the tax ids of `invoice`; `readings` are the characters under
    // each field (OcrInvoiceReader collects them), empty where unknown.
    static void reconcile(Invoice &invoice, const FieldReadings &readings);
};

} // namespace ra::ocr
