#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPdfDocument;

// Page rotation. pdfium reports character boxes in the unrotated page space while QtPdf
// flips them with the rotated page height, and QtPdf 6.4 does not tell the /Rotate value.
namespace ra::pdftext {

// A box of pdfium's unrotated space as shown on a page turned by `rotation` (0, 90, 180, 270).
QRectF toDisplay(const QRectF &q, int rotation, const QSizeF &display);

// Whether the page is shown turned by a quarter: its runs are set top to bottom in pdfium's
// (unrotated) space. Multi-glyph runs say it by their shape; runs of one glyph each by the
// direction from one run to the next.
bool looksTurned(const QString &text, const QList<QRectF> &runs, const QSizeF &display);

// Which quarter turn puts the runs over ink: renders a small image of the page.
int turnByInk(QPdfDocument &doc, int page, const QList<QRectF> &runs, const QSizeF &display);

} // namespace ra::pdftext
