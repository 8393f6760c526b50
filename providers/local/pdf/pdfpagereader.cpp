#include "pdfpagereader.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

namespace {

double verticalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

} // namespace

PageReader::PageReader(const PdfTextLayer &layer)
    : m_layer(layer)
{
    m_lineText.reserve(layer.lines().size());
    m_lineOf = QList<int>(layer.chars().size(), -1);
    for (int li = 0; li < layer.lines().size(); ++li) {
        const PdfLine &l = layer.lines().at(li);
        QString t;
        t.reserve(l.chars.size());
        for (int k : l.chars) {
            t.append(layer.chars().at(k).ch);
            m_lineOf[k] = li;
        }
        m_lineText.append(t);
    }
}

Span PageReader::spanOf(const QList<int> &chars) const
{
    Span s;
    s.chars = chars;
    s.text.reserve(chars.size());
    for (int k : chars) {
        const PdfChar &c = m_layer.chars().at(k);
        s.text.append(c.ch);
        s.box = s.box.isNull() ? c.box : s.box.united(c.box);
    }
    return s;
}

QList<Span> PageReader::find(const QString &label) const
{
    QList<Span> out;
    if (label.isEmpty())
        return out;
    for (int li = 0; li < m_lineText.size(); ++li) {
        const QString &t = m_lineText.at(li);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = t.indexOf(label, from);
            if (at < 0)
                break;
            qsizetype len = label.size();
            if (!label.endsWith(u':') && at + len < t.size() && t.at(at + len) == u':')
                ++len;
            const QList<int> &lc = m_layer.lines().at(li).chars;
            Span s = spanOf(lc.mid(at, len));
            s.line = li;
            out.append(s);
            from = at + len;
        }
    }
    return out;
}

QList<Span> PageReader::findAny(const QStringList &labels) const
{
    for (const QString &l : labels) {
        const QList<Span> found = find(l);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

Span PageReader::findFirst(const QStringList &labels) const
{
    const QList<Span> found = findAny(labels);
    return found.isEmpty() ? Span() : found.first();
}

Span PageReader::rightOf(const Span &anchor, const RightOptions &options) const
{
    if (anchor.isEmpty())
        return {};
    const QRectF a = anchor.box;
    const double h = std::max(a.height(), 1.0);
    struct Cand { int k; double left; };
    QList<Cand> cands;
    const QList<PdfChar> &chars = m_layer.chars();
    for (int k = 0; k < chars.size(); ++k) {
        const QRectF &b = chars.at(k).box;
        if (b.left() < a.right() - 0.25 * h || b.left() >= options.stopX)
            continue;
        if (anchor.chars.contains(k))
            continue;
        const double hb = std::max(b.height(), 0.3);
        const double ov = verticalOverlap(a, b);
        const bool mark = hb < 0.5 * h && b.center().y() >= a.top() && b.center().y() <= a.bottom() + 0.25 * h;
        if (ov < options.minOverlap * std::min(h, hb) && !mark)
            continue;
        cands.append({k, b.left()});
    }
    std::sort(cands.begin(), cands.end(), [](const Cand &x, const Cand &y) { return x.left < y.left; });
    // Two rows of text may both overlap the label's band (a value set in two small lines
    // beside it): read one row, the label's own when it has a candidate, else the nearest.
    if (!cands.isEmpty()) {
        int row = -1;
        for (const Cand &c : std::as_const(cands))
            if (anchor.line >= 0 && lineOf(c.k) == anchor.line) {
                row = anchor.line;
                break;
            }
        if (row < 0)
            row = lineOf(cands.first().k);
        cands.erase(std::remove_if(cands.begin(), cands.end(), [&](const Cand &c) { return lineOf(c.k) != row; }),
                    cands.end());
    }
    QList<int> picked;
    double right = a.right();
    for (const Cand &c : cands) {
        const QRectF &b = chars.at(c.k).box;
        const double gap = b.left() - right;
        const double limit = (picked.isEmpty() ? options.maxStart : options.maxGap) * h;
        if (gap > limit)
            break;
        picked.append(c.k);
        right = std::max(right, b.right());
    }
    return spanOf(picked);
}

Span PageReader::below(const Span &anchor, double maxDistance) const
{
    if (anchor.isEmpty())
        return {};
    const QRectF a = anchor.box;
    const double h = std::max(a.height(), 1.0);
    const QList<PdfChar> &chars = m_layer.chars();
    // The caption's cell ends where the next caption on its band starts.
    double nextLeft = 1e18;
    for (int k = 0; k < chars.size(); ++k) {
        const QRectF &b = chars.at(k).box;
        if (b.left() > a.right() + 0.1 * h && verticalOverlap(a, b) > 0.35 * std::min(h, b.height())
            && !anchor.chars.contains(k))
            nextLeft = std::min(nextLeft, b.left());
    }
    // Lines below, nearest first; in each, clusters of characters split at wide gaps. A
    // cluster belongs to the caption when it starts under it or is centred under it.
    QList<int> order;
    const QList<PdfLine> &lines = m_layer.lines();
    for (int li = 0; li < lines.size(); ++li) {
        const PdfLine &l = lines.at(li);
        if (l.box.center().y() > a.bottom() && l.box.top() - a.bottom() <= maxDistance * h)
            order.append(li);
    }
    std::sort(order.begin(), order.end(),
              [&lines](int x, int y) { return lines.at(x).box.top() < lines.at(y).box.top(); });
    for (int li : order) {
        const PdfLine &l = lines.at(li);
        const double gapLimit = 1.2 * std::max(l.height, 1.0);
        QList<QList<int>> clusters;
        for (int i = 0; i < l.chars.size(); ++i) {
            const int k = l.chars.at(i);
            if (i == 0 || chars.at(k).box.left() - chars.at(l.chars.at(i - 1)).box.right() > gapLimit)
                clusters.append(QList<int>());
            clusters.last().append(k);
        }
        int best = -1;
        double bestDist = 1e18;
        for (int c = 0; c < clusters.size(); ++c) {
            QRectF box;
            for (int k : clusters.at(c))
                box = box.isNull() ? chars.at(k).box : box.united(chars.at(k).box);
            if (box.right() <= a.left() || box.left() >= nextLeft)
                continue;
            const bool leftAligned = box.left() >= a.left() - h;
            const bool centred = std::abs(box.center().x() - a.center().x()) <= h;
            if (!leftAligned && !centred)
                continue;
            const double dist = std::abs(box.left() - a.left());
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
        if (best >= 0) {
            Span s = spanOf(clusters.at(best));
            s.line = li;
            return s;
        }
    }
    return {};
}

Span PageReader::withWrappedLines(const Span &label, const Span &value) const
{
    if (label.isEmpty() || value.isEmpty())
        return value;
    const QList<PdfChar> &chars = m_layer.chars();
    const double h = std::max(value.height(), 1.0);
    // The run of characters of line `li` that would continue the value: the line's first
    // character right of the label's left edge stands under (or over) the value's first one.
    const auto continuation = [&](int li, const Span &current) -> QList<int> {
        QList<int> part;
        for (int k : m_layer.lines().at(li).chars)
            if (chars.at(k).box.left() >= label.box.left() - 0.5 * h)
                part.append(k);
        if (part.isEmpty() || current.chars.contains(part.first()))
            return {};
        if (std::abs(chars.at(part.first()).box.left() - value.box.left()) > h)
            return {}; // something else is printed before it: another label, another field
        QList<int> cont;
        for (int k : part) {
            if (!cont.isEmpty() && chars.at(k).box.left() - chars.at(cont.last()).box.right() > 1.5 * h)
                break;
            cont.append(k);
        }
        return cont;
    };
    Span out = value;
    // A value set in two small lines beside its label may start on the line above.
    for (int li = 0; li < m_layer.lines().size(); ++li) {
        const PdfLine &l = m_layer.lines().at(li);
        if (l.box.bottom() < out.box.top() - 0.8 * h || l.box.bottom() > out.box.top() + 0.3 * h
            || l.box.top() >= out.box.top())
            continue;
        if (l.box.bottom() < label.box.top() - h)
            continue; // the value block stays beside its label
        const QList<int> cont = continuation(li, out);
        if (!cont.isEmpty()) {
            out = spanOf(cont + out.chars);
            break;
        }
    }
    for (int guard = 0; guard < 3; ++guard) {
        bool grown = false;
        for (int li = 0; li < m_layer.lines().size() && !grown; ++li) {
            const PdfLine &l = m_layer.lines().at(li);
            if (l.box.top() < out.box.bottom() - 0.3 * h || l.box.top() > out.box.bottom() + 0.8 * h)
                continue;
            const QList<int> cont = continuation(li, out);
            if (!cont.isEmpty()) {
                out = spanOf(out.chars + cont);
                grown = true;
            }
        }
        if (!grown)
            break;
    }
    out.line = value.line;
    return out;
}

Span PageReader::within(const QRectF &area) const
{
    QList<int> picked;
    for (const PdfLine &l : m_layer.lines())
        for (int k : l.chars)
            if (area.contains(m_layer.chars().at(k).box.center()))
                picked.append(k);
    return spanOf(picked);
}

Span PageReader::prefix(const Span &span, const std::function<bool(QChar)> &keep) const
{
    qsizetype n = 0;
    while (n < span.text.size() && keep(span.text.at(n)))
        ++n;
    return mid(span, 0, n);
}

Span PageReader::filtered(const Span &span, const std::function<bool(QChar)> &keep) const
{
    QList<int> picked;
    for (qsizetype i = 0; i < span.text.size(); ++i)
        if (keep(span.text.at(i)))
            picked.append(span.chars.at(i));
    Span s = spanOf(picked);
    s.line = span.line;
    return s;
}

Span PageReader::cutAt(const Span &span, const QStringList &labels) const
{
    qsizetype cut = span.text.size();
    for (const QString &l : labels) {
        const qsizetype at = span.text.indexOf(l);
        if (at >= 0)
            cut = std::min(cut, at);
    }
    return mid(span, 0, cut);
}

Span PageReader::mid(const Span &span, qsizetype from, qsizetype count) const
{
    Span s = spanOf(span.chars.mid(from, count));
    s.line = span.line;
    return s;
}

QString PageReader::spacedText(const Span &span) const
{
    QString out;
    const QList<PdfChar> &chars = m_layer.chars();
    for (qsizetype i = 0; i < span.chars.size(); ++i) {
        const PdfChar &c = chars.at(span.chars.at(i));
        if (i > 0) {
            const PdfChar &p = chars.at(span.chars.at(i - 1));
            // pdfium writes a blank where the PDF has one or where it sees a gap between
            // text objects; a gap much wider than a character counts too
            const double h = std::max(std::max(c.box.height(), p.box.height()), 1.0);
            const bool sameBand = verticalOverlap(c.box, p.box) > 0.3 * std::min(c.box.height(), p.box.height());
            if (sameBand && (c.blankBefore || c.box.left() - p.box.right() > 1.5 * h))
                out.append(u' ');
        }
        out.append(c.printed.isNull() ? c.ch : c.printed);
    }
    return out;
}

QString PageReader::printedText(const Span &span) const
{
    QString out;
    out.reserve(span.chars.size());
    for (int k : span.chars) {
        const PdfChar &c = m_layer.chars().at(k);
        out.append(c.printed.isNull() ? c.ch : c.printed);
    }
    return out;
}

} // namespace ra::pdfx
