#pragma once

#include <QString>

namespace ra::text {

// Folds what PDFs put in place of ordinary text: Kangxi radicals (U+2F00–U+2FD5) and CJK
// compatibility ideographs to the ordinary ideographs (⽇ U+2F47 → 日), full-width ASCII
// (digits, letters, ¥ punctuation) to ASCII, ideographic space to space. Leaves ￥ as ¥.
QString fold(const QString &s);

// fold() plus removal of all white space: for matching labels across odd spacing.
QString compact(const QString &s);

// What is stored and exported: the text as printed, with only the code points that PDF fonts
// put in place of ordinary ideographs mapped to them (Kangxi radicals, the CJK radicals
// supplement, CJK compatibility ideographs: ⼦ U+2F26 → 子, the NFKC form for those only) and
// zero-width characters dropped. Full-width punctuation, letters and digits stay as printed:
// （杭州） is the registered form of a company name. Not trimmed; compare with fold().
QString printed(const QString &s);

// `s` without the separators a value picked out of running text drags along at its end
// ("积塔;" → "积塔", "李蓉蓉，" → "李蓉蓉"), and trimmed.
QString withoutTrailingSeparators(const QString &s);

// Strips a printed "No" / "No." / "NO:" / "№" prefix and blanks from an invoice number.
QString stripNumberPrefix(const QString &s);

} // namespace ra::text
