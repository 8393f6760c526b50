#pragma once

#include "pdf/pdftextlayer.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace ra::pdfx {

// A piece of page text: characters of a PdfTextLayer with their joined text and box.
struct Span
{
    QString text;        // folded, no blanks
    QRectF box;          // points, page as displayed
    QList<int> chars;    // indices into PdfTextLayer::chars(), reading order
    int line = -1;       // the line the span was found on, when it came from one

    bool isEmpty() const { return chars.isEmpty(); }
    double height() const { return box.height(); }
};

// Geometric questions about a page's text, asked by labels: "what is printed right of
// 发票号码", "which lines lie between the table header and 合计". All text is compared
// folded and without blanks, so "名 称：" matches the label "名称:".
class PageReader
{
public:
    explicit PageReader(const PdfTextLayer &layer);

    const PdfTextLayer &layer() const { return m_layer; }
    int lineCount() const { return int(m_lineText.size()); }
    const QString &lineText(int line) const { return m_lineText.at(line); }
    const PdfLine &line(int index) const { return m_layer.lines().at(index); }

    // Every place `label` is printed, top to bottom. When the label ends without ':' and the
    // page has one right after it, the colon is part of the span.
    QList<Span> find(const QString &label) const;
    // The first label of `labels` that is printed at all (all its places).
    QList<Span> findAny(const QStringList &labels) const;
    Span findFirst(const QStringList &labels) const;

    struct RightOptions
    {
        double maxStart = 12.0;  // the value starts at most this many label heights away
        double maxGap = 1.5;     // and continues over gaps up to this many heights
        double minOverlap = 0.35; // vertical overlap with the label band, of the smaller height
        double stopX = 1e9;      // nothing at or right of this x belongs to the value
    };
    // The characters printed right of `anchor` in its band, as one run of text.
    Span rightOf(const Span &anchor, const RightOptions &options) const;
    Span rightOf(const Span &anchor) const { return rightOf(anchor, RightOptions()); }

    // The nearest text under `anchor` overlapping it horizontally (a value printed in the row
    // below its caption), at most `maxDistance` label heights down.
    Span below(const Span &anchor, double maxDistance = 3.0) const;

    // Characters whose centre lies in `area`, in reading order (lines top to bottom).
    Span within(const QRectF &area) const;

    // A span of the given characters (reading order kept as given).
    Span spanOf(const QList<int> &chars) const;
    // The leading characters of `span` satisfying `keep` up to the first one that does not.
    Span prefix(const Span &span, const std::function<bool(QChar)> &keep) const;
    // Only the characters of `span` satisfying `keep`.
    Span filtered(const Span &span, const std::function<bool(QChar)> &keep) const;
    // `span` up to (not including) the first place one of `labels` starts.
    Span cutAt(const Span &span, const QStringList &labels) const;
    // The characters of `span` from text position `from`, `count` characters.
    Span mid(const Span &span, qsizetype from, qsizetype count = -1) const;

    // The span's characters as printed (PdfChar::printed: full-width brackets kept) joined
    // with one blank where the page shows a gap of about a character or more: for names,
    // addresses and item names, which are stored as printed.
    QString spacedText(const Span &span) const;
    // The span's characters as printed, without blanks (Span::text is the folded form).
    QString printedText(const Span &span) const;

    // The line a character was put on.
    int lineOf(int charIndex) const { return m_lineOf.value(charIndex, -1); }

    // `value` (printed right of `label`) with the lines that continue it: a long value wraps
    // onto lines set at its left edge just under it, with nothing printed left of them
    // between the label and the value.
    Span withWrappedLines(const Span &label, const Span &value) const;

private:
    const PdfTextLayer &m_layer;
    QStringList m_lineText;       // per line, the characters' folded text (no blanks)
    QList<int> m_lineOf;          // per character, its line
};

} // namespace ra::pdfx
