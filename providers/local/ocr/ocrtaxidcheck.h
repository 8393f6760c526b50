#pragma once

#include "invoice.h"
#include "ocrtypes.h"

#include <QString>

namespace ra::ocr {

// The GB 32100 check character of the tax ids OCR read (seller_tax_id, buyer_tax_id). Any one
// misread character breaks the check (weights 3^i mod 31 are all non-zero), but fixing it is
// guesswork unless the recognizer points at the place: a change at any position that makes the
// check pass is found for about one position in 31 by chance. So only these are tried:
//
//  1. characters a code cannot have, read for the digits they look like (O→0, I→1, Z→2, S→5):
//     every such character at once;
//  2. at each character the recognizer was unsure of (a low score, or a runner-up with some
//     probability), its runner-up;
//  3. at each character read with a low score, the characters that look like it (8/B, 0/D/Q,
//     1/7/T, 6/G, M/N/H, ...).
//
// A 19-character reading is tried without one of two equal neighbours (CTC decoding reads a
// glyph twice when a blank splits it) or a doubted character; one id passing decides.
//
// The first step with exactly one id that passes decides: the field takes it (source
// kCheckSource, uncertain) and keeps the reading as an alternative. Several ids passing are
// offered as alternatives (at most three) and the reading stays. An 18-character id that passes
// the check confirms the reading (no uncertain mark). Ids of other lengths and resident ID
// numbers are left alone (validation says what they are).
class OcrTaxIdCheck
{
public:
    static const QString kCheckSource; // "ocr:check"

    static void reconcile(Invoice &invoice, const FieldReadings &readings);

    // The ids within the steps above that pass the check, best step first (for tests).
    static QStringList candidates(const QString &id, const QList<ReadChar> &reading, bool *decided = nullptr);
};

} // namespace ra::ocr
