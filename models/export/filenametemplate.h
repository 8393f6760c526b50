#pragma once

#include "claim/claimdata.h"

#include <QString>

namespace ra::filenames {

// Expands a name template for an exported original. Placeholders: {date} {seller} {buyer}
// {total} {number} {code} {type} {index} {file} {claimant}; unknown ones stay as written,
// a missing value expands to nothing and takes one separator (_ - or blank) next to it along;
// separators at either end are trimmed.
// `index` is the 1-based position of `invoice` in the claim.
QString expand(const QString &nameTemplate, const ClaimInvoice &invoice, const ClaimData &data, int index);

// A name that is valid on Windows, macOS and Linux: control characters and <>:"/\|?* become
// "_", leading and trailing dots and blanks go, reserved device names (CON, NUL, COM1...) get a
// "_" in front, and it is cut to at most `maxBytes` bytes of UTF-8 (whole characters). Never
// empty: falls back to `fallback`.
QString sanitize(const QString &name, const QString &fallback = QStringLiteral("invoice"), int maxBytes = 180);

// `base` + "." + suffix, or "base (2).suffix", "base (3).suffix", ... whichever is not in
// `taken` (compared case-insensitively: the target may be a case-insensitive file system).
QString unique(const QString &base, const QString &suffix, const QSet<QString> &taken);

} // namespace ra::filenames
