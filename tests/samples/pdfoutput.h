#pragma once

#include "sampleinvoice.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::samples {

// Writes the invoices into one PDF, one page each, with a text layer that extracts as the
// characters drawn and with no wall-clock time in it (same bytes on every run).
class PdfOutput
{
public:
    static bool write(const QString &path, const QList<SampleInvoice> &pages, QString *error);

    // Qt builds a font's ToUnicode map by taking, for each glyph, the lowest code point that
    // maps to it. CJK fonts share glyphs between the Kangxi radicals (U+2F00…) and the
    // ordinary ideographs, so 子 would extract as ⼦ (U+2F26); the space glyph would come
    // back as a tab. Rewrites those targets in place (same length, so offsets stay valid).
    static QByteArray fixToUnicode(QByteArray pdf);
    // Replaces the digits of /CreationDate with `stamp` (14 digits, same length).
    static QByteArray fixCreationDate(QByteArray pdf, const QString &stamp);
};

} // namespace ra::samples
