#pragma once

#include <QChar>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPdfDocument;

namespace ra {

// One character of a page's text layer, folded with ra::text::fold (Kangxi radicals and
// full-width forms become ordinary characters; "：" is ':' and "（" is '('): labels are matched
// on `ch`. `printed` is the character as printed (ra::text::printed: ⼦ is 子, "（" stays "（"),
// what values are stored as.
struct PdfChar
{
    QChar ch;
    QChar printed;
    QRectF box;        // PDF points, top-left origin, the page as displayed (rotation applied)
    int run = -1;      // the text run (one PDF text-showing operation) it belongs to
    bool vertical = false; // part of a run set top to bottom (seal rings, side captions)
    bool blankBefore = false; // the page text has a blank right before it (the PDF's or pdfium's)
};

struct PdfWord
{
    QString text;      // folded, without blanks
    QRectF box;
    QList<int> chars;  // indices into PdfTextLayer::chars(), left to right
};

// Characters whose boxes share a band of the page, left to right. Blanks are not part of a
// line: a visible gap between two characters splits words instead.
struct PdfLine
{
    QList<int> chars;      // indices into PdfTextLayer::chars(), left to right
    QList<PdfWord> words;
    QRectF box;
    double height = 0;     // typical character height (points)
    QString text() const;  // words joined by one blank
};

// The text of one PDF page as positioned characters, words and lines.
//
// QtPdf 6.4 only offers the page text (QPdfDocument::getAllText: pdfium's characters plus the
// space and line break characters pdfium generates between text objects) and one rectangle per
// text object. Asking for each character's rectangle costs one page load per call (5 ms on
// some invoices, seconds per page), so the characters are matched to the rectangles instead:
// a dynamic programme assigns each rectangle a run of consecutive characters, scoring how well
// the run's estimated width fits the rectangle and where runs may split (at generated blanks,
// between scripts). The search first stays within a few lines of the diagonal (pdfium's line
// breaks against where runs stop being side by side), so a page costs about a millisecond.
// Within a run, characters are placed by estimated advance widths; wide blanks inside a run
// keep the glyphs at their size. Checked against pdfium's own per-character rectangles
// (getSelectionAtIndex(page, i, 1), whose index i is the position in getAllText's text) on
// the real fixtures: every character outside the seal rings lands in its true run.
//
// Pages with /Rotate 90 or 270 (which QtPdf 6.4 does not report) are recognised by their
// runs being set top to bottom in pdfium's unrotated space; a small rendering tells which of
// the two quarter turns puts the runs over ink. Boxes are then those of the page as shown.
class PdfTextLayer
{
public:
    PdfTextLayer() = default;

    // Reads page `pageIndex` (0-based). A page without text (a scan) gives an empty layer.
    static PdfTextLayer fromDocument(QPdfDocument &doc, int pageIndex);

    // The same from pdfium's output directly: `text` as getAllText() returns it and one
    // rectangle per text object, already in display coordinates. For tests and other sources.
    static PdfTextLayer fromRuns(const QString &text, const QList<QRectF> &runs, const QSizeF &pageSize);

    // The same from characters already placed (OCR: each recognised line is one run, its
    // characters left to right and consecutive, `run` indexing `runs`). Folding is the caller's.
    static PdfTextLayer fromChars(const QList<PdfChar> &chars, const QList<QRectF> &runs, const QSizeF &pageSize);

    bool isEmpty() const { return m_chars.isEmpty(); }
    QSizeF pageSize() const { return m_pageSize; }  // points, as displayed
    int rotation() const { return m_rotation; }     // page /Rotate found (0, 90, 270)
    const QList<PdfChar> &chars() const { return m_chars; }
    const QList<PdfLine> &lines() const { return m_lines; }
    const QList<QRectF> &runs() const { return m_runs; }

    // All lines' text, top to bottom, one per line: for logs of layouts and for tests.
    QString text() const;

    // The run index of each character of `text` (-1: not placed), as fromRuns() matches them.
    // Exposed for tests.
    static QList<int> matchRuns(const QString &text, const QList<QRectF> &runs);

private:
    void build(const QString &rawText, const QList<QRectF> &runs);
    void buildLines();

    QSizeF m_pageSize;
    int m_rotation = 0;
    QList<QRectF> m_runs;
    QList<PdfChar> m_chars;
    QList<PdfLine> m_lines;
};

} // namespace ra
