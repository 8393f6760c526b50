#include "pdftextlayer.h"

#include "log.h"
#include "pagerotation.h"
#include "runmatcher.h"
#include "textnormalize.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ra {

using namespace pdftext;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

} // namespace

QString PdfLine::text() const
{
    QStringList parts;
    parts.reserve(words.size());
    for (const PdfWord &w : words)
        parts.append(w.text);
    return parts.join(QLatin1Char(' '));
}

QList<int> PdfTextLayer::matchRuns(const QString &text, const QList<QRectF> &runs)
{
    return matchRunsImpl(text, sanitized(runs), metricsOf(text));
}

PdfTextLayer PdfTextLayer::fromDocument(QPdfDocument &doc, int pageIndex)
{
    PdfTextLayer layer;
    if (pageIndex < 0 || pageIndex >= doc.pageCount())
        return layer;
    layer.m_pageSize = doc.pagePointSize(pageIndex);
    // (QtPdf 6.4 leaks its pdfium page handles here when a page has no text at all: a
    // few hundred bytes per scanned page, nothing this code can avoid.)
    const QPdfSelection all = doc.getAllText(pageIndex);
    const QString text = all.text();
    if (text.isEmpty())
        return layer;
    QList<QRectF> runs;
    runs.reserve(all.bounds().size());
    for (const QPolygonF &p : all.bounds()) {
        const QRectF r = p.boundingRect();
        if (r.width() <= 0 && r.height() <= 0)
            continue; // pdfium closes an empty rectangle after a run of generated characters
        runs.append(r);
    }
    if (looksTurned(text, runs, layer.m_pageSize)) {
        layer.m_rotation = turnByInk(doc, pageIndex, runs, layer.m_pageSize);
        for (QRectF &r : runs)
            r = toDisplay(r, layer.m_rotation, layer.m_pageSize);
    }
    layer.build(text, runs);
    // sizes only: the text itself may hold personal data
    log::get("models.pdf")->debug("page {}: {} characters in {} runs, {} placed, {} lines, rotation {}", pageIndex,
                                  text.size(), runs.size(), layer.m_chars.size(), layer.m_lines.size(),
                                  layer.m_rotation);
    return layer;
}

PdfTextLayer PdfTextLayer::fromRuns(const QString &text, const QList<QRectF> &runs, const QSizeF &pageSize)
{
    PdfTextLayer layer;
    layer.m_pageSize = pageSize;
    layer.build(text, runs);
    return layer;
}

PdfTextLayer PdfTextLayer::fromChars(const QList<PdfChar> &chars, const QList<QRectF> &runs, const QSizeF &pageSize)
{
    PdfTextLayer layer;
    layer.m_pageSize = pageSize;
    layer.m_runs = runs;
    layer.m_chars = chars;
    layer.buildLines();
    return layer;
}

void PdfTextLayer::build(const QString &rawText, const QList<QRectF> &givenRuns)
{
    const QList<QRectF> runs = sanitized(givenRuns);
    m_runs = runs;
    const Metrics mt = metricsOf(rawText);
    const QList<int> runOf = matchRunsImpl(rawText, runs, mt);
    const int n = int(rawText.size());
    m_chars.reserve(n);
    int i = 0;
    while (i < n) {
        const int j = runOf[i];
        if (j < 0) {
            ++i;
            continue;
        }
        int e = i;
        while (e < n && runOf[e] == j)
            ++e;
        // [i, e) is run j: trim blanks at the ends (they carry no ink)
        int s = i, t = e;
        while (s < t && mt.kind[size_t(s)] != Visible)
            ++s;
        while (t > s && mt.kind[size_t(t - 1)] != Visible)
            --t;
        if (s < t) {
            const QRectF &r = runs.at(j);
            float adv = 0, h = 0;
            for (int k = s; k < t; ++k) {
                adv += mt.adv[size_t(k)];
                h = std::max(h, mt.hgt[size_t(k)]);
            }
            const float inked = std::max(adv - mt.bear[size_t(s)] - mt.bear[size_t(t - 1)], 0.1f);
            const float q = std::log(inked) - std::log(std::max(h, 0.3f));
            const RunShape shape = shapeOf(r);
            const bool vertical = t - s > 1 && !shape.flat && shape.logDown > 0.4f
                && std::abs(q - shape.logDown) + kVertical < std::abs(q - shape.logAcross);
            const double length = vertical ? r.height() : r.width();
            double unit = length / double(inked);
            // Blanks inside a run are often much wider than a blank glyph (word spacing, TJ
            // offsets: "2019    07    20"). When the glyphs at the size the run's thickness
            // suggests leave room, the blanks take it and the glyphs keep their size.
            double blankAdv = 0;
            float blankEm = 0;
            for (int k = s; k < t; ++k)
                blankEm += mt.kind[size_t(k)] == Visible ? 0.f : mt.adv[size_t(k)];
            if (blankEm > 0) {
                const double em = (vertical ? r.width() : r.height()) / std::max(double(h), 0.3);
                const double glyphs = em * double(inked - blankEm);
                if (glyphs > 0 && glyphs < length) {
                    unit = em;
                    blankAdv = (length - glyphs) / double(blankEm);
                }
            }
            double pos = (vertical ? r.top() : r.left()) - double(mt.bear[size_t(s)]) * unit;
            for (int k = s; k < t; ++k) {
                const double a = double(mt.adv[size_t(k)]) * (mt.kind[size_t(k)] == Visible || blankAdv <= 0 ? unit : blankAdv);
                const double b = double(mt.bear[size_t(k)]) * unit;
                if (mt.kind[size_t(k)] == Visible) {
                    const QString folded = text::fold(QString(rawText.at(k)));
                    const QString shown = text::printed(QString(rawText.at(k)));
                    const double step = (a - 2 * b) / std::max<qsizetype>(folded.size(), 1);
                    for (qsizetype f = 0; f < folded.size(); ++f) {
                        PdfChar c;
                        c.ch = folded.at(f);
                        // a character folding into several (rare) keeps the folded ones
                        c.printed = shown.size() == folded.size() ? shown.at(f) : c.ch;
                        c.run = j;
                        c.vertical = vertical;
                        c.blankBefore = f == 0 && k > 0 && mt.kind[size_t(k - 1)] == Blank;
                        const double from = pos + b + step * double(f);
                        c.box = vertical ? QRectF(r.left(), from, r.width(), step)
                                         : QRectF(from, r.top(), step, r.height());
                        if (!c.ch.isSpace())
                            m_chars.append(c);
                    }
                }
                pos += a;
            }
        }
        i = e;
    }
    buildLines();
}

void PdfTextLayer::buildLines()
{
    // Items: a horizontal run's characters, split where the run has a wide blank (other text
    // may sit in the gap: "2019    07    20" with 年 and 月 printed between), or one character
    // of a vertical run. A group is all items of one run: a run is one text-showing
    // operation, on one baseline, so its items always share a line.
    struct Item { QRectF box; QList<int> chars; };
    struct Group { QRectF box; QList<int> items; int chars = 0; };
    QList<Item> items;
    QList<Group> groups;
    for (int k = 0; k < m_chars.size(); ++k) {
        const PdfChar &c = m_chars.at(k);
        const bool sameRun = k > 0 && !c.vertical && !m_chars.at(k - 1).vertical && m_chars.at(k - 1).run == c.run;
        if (sameRun && c.box.left() - m_chars.at(k - 1).box.right() < 0.5 * c.box.height()) {
            items.last().box = items.last().box.united(c.box);
            items.last().chars.append(k);
        } else {
            items.append(Item{c.box, {k}});
            if (!sameRun)
                groups.append(Group());
            groups.last().items.append(int(items.size()) - 1);
        }
        groups.last().box = groups.last().box.isNull() ? c.box : groups.last().box.united(c.box);
        ++groups.last().chars;
    }
    // Runs of several characters first: they define the bands that single characters
    // (captions set one character per run, seal rings) then join.
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        const bool aLong = a.chars > 1, bLong = b.chars > 1;
        if (aLong != bLong)
            return aLong;
        return a.box.center().y() < b.box.center().y();
    });

    // A band's extent is the mean of its groups' extents weighted by their length, so a stray
    // character (a seal ring's) that happened to start a band does not decide its height.
    struct Band { double top, bottom, weight; QList<int> items; };
    std::vector<Band> bands;
    for (const Group &g : std::as_const(groups)) {
        const QRectF &box = g.box;
        const double h = std::max(box.height(), 0.5);
        int best = -1;
        double bestRatio = 0.5;
        for (int b = int(bands.size()) - 1; b >= 0; --b) {
            const Band &band = bands[size_t(b)];
            const double bandHeight = std::max(band.bottom - band.top, 0.5);
            const double overlap = std::min(band.bottom, box.bottom()) - std::max(band.top, box.top());
            double ratio = overlap / std::min(h, bandHeight);
            // small marks sit on the baseline or mid-height: '.', ',', '-', '、'
            if (h < 0.5 * bandHeight && box.center().y() >= band.top
                && box.center().y() <= band.bottom + 0.25 * bandHeight)
                ratio = std::max(ratio, 0.6);
            if (ratio < bestRatio)
                continue;
            bool stacked = false; // two items over one another belong to different lines
            for (int o : band.items) {
                const QRectF &ob = items.at(o).box;
                for (int mine : g.items) {
                    const QRectF &ib = items.at(mine).box;
                    const double xo = std::min(ob.right(), ib.right()) - std::max(ob.left(), ib.left());
                    if (xo > 0.3 * std::min(ob.width(), ib.width())) {
                        stacked = true;
                        break;
                    }
                }
                if (stacked)
                    break;
            }
            if (!stacked) {
                best = b;
                bestRatio = ratio;
            }
        }
        const double weight = double(g.chars);
        if (best < 0) {
            bands.push_back(Band{box.top(), box.bottom(), weight, g.items});
        } else {
            Band &band = bands[size_t(best)];
            band.top = (band.top * band.weight + box.top() * weight) / (band.weight + weight);
            band.bottom = (band.bottom * band.weight + box.bottom() * weight) / (band.weight + weight);
            band.weight += weight;
            band.items += g.items;
        }
    }

    m_lines.clear();
    m_lines.reserve(qsizetype(bands.size()));
    for (const Band &band : bands) {
        PdfLine line;
        std::vector<double> heights;
        for (int it : band.items) {
            line.chars.append(items.at(it).chars);
            line.box = line.box.isNull() ? items.at(it).box : line.box.united(items.at(it).box);
            heights.push_back(items.at(it).box.height());
        }
        std::sort(line.chars.begin(), line.chars.end(), [this](int a, int b) {
            return m_chars.at(a).box.left() < m_chars.at(b).box.left();
        });
        line.height = median(heights);
        const double gap = std::max(0.6 * line.height, 1.0);
        for (int k : line.chars) {
            const PdfChar &c = m_chars.at(k);
            if (line.words.isEmpty() || c.box.left() - line.words.last().box.right() > gap) {
                line.words.append(PdfWord{QString(c.ch), c.box, {k}});
            } else {
                PdfWord &w = line.words.last();
                w.text.append(c.ch);
                w.box = w.box.united(c.box);
                w.chars.append(k);
            }
        }
        m_lines.append(line);
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const PdfLine &a, const PdfLine &b) {
        return a.box.center().y() < b.box.center().y();
    });
}

QString PdfTextLayer::text() const
{
    QStringList out;
    out.reserve(m_lines.size());
    for (const PdfLine &l : m_lines)
        out.append(l.text());
    return out.join(QLatin1Char('\n'));
}

} // namespace ra
