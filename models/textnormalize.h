#pragma once

#include <QString>

namespace ra::text {

// Folds what PDFs put in place of ordinary text: Kangxi radicals (U+2F00–U+2FD5) and CJK
// compatibility ideographs to the ordinary ideographs (⽇ U+2F47 → 日), full-width ASCII
// (digits, letters, ¥ punctuation) to ASCII, ideographic space to space. Leaves ￥ as ¥.
QString fold(const QString &s);

// fold() plus removal of all white space: for matching labels across odd spacing.
QString compact(const QString &s);

// Strips a printed "No" / "No." / "NO:" / "№" prefix and blanks from an invoice number.
QString stripNumberPrefix(const QString &s);

} // namespace ra::text
