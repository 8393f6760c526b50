#pragma once

#include <QByteArray>
#include <QStringList>

namespace ra::pdftext {

// Qt's PDF writer maps each embedded glyph back to the lowest code point the font draws with
// it, so 用 comes out as the Kangxi radical ⽤ (U+2F64) and 车 as ⻋ (U+2ECB) when the text is
// searched or copied. This rewrites the ToUnicode CMaps of `pdf` (Qt writes them uncompressed)
// so such targets name the ordinary ideograph drawn with the same glyph in `families`; token
// lengths do not change, so offsets and /Length stay valid.
QByteArray fixToUnicode(QByteArray pdf, const QStringList &families);

} // namespace ra::pdftext
