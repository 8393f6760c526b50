#include "pdftextlayer.h"

#include "log.h"
#include "textnormalize.h"

#include <QImage>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace ra {

namespace {

// ---------------------------------------------------------------------------------------
// Rough font metrics, in em, good enough to tell which characters fill a text run's box.

bool isWide(char16_t u)
{
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF01 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

// Advance width.
float advanceOf(char16_t c)
{
    if (isWide(c))
        return 1.0f;
    if (c >= u'0' && c <= u'9')
        return 0.55f;
    if (c >= u'A' && c <= u'Z')
        return 0.65f;
    if (c >= u'a' && c <= u'z')
        return 0.5f;
    switch (c) {
    case u' ': return 0.4f;
    case u'.': case u',': case u':': case u';': case u'\'': case u'!': return 0.3f;
    case u'(': case u')': case u'[': case u']': case u'-': case u'/': return 0.35f;
    case u'%': return 0.8f;
    default: return 0.55f;
    }
}

// Height of the inked glyph (pdfium's boxes are tight around the glyph).
float glyphHeightOf(char16_t c)
{
    switch (c) {
    case u'，': case u'、': case u'。': case u'.': case u',': return 0.15f;
    case u'：': case u'；': case u':': case u';': return 0.5f;
    case u'-': case u'_': case u'—': case u'~': return 0.1f;
    case u'*': return 0.4f;
    case u'+': case u'<': case u'>': case u'=': return 0.55f;
    case u'(': case u')': case u'[': case u']': case u'/': case u'（': case u'）': return 0.9f;
    case u' ': case 0x3000: return 0.0f;
    default: break;
    }
    if (isWide(c))
        return 0.88f;
    if (c >= u'a' && c <= u'z') {
        if (QStringView(u"bdfhklt").contains(QChar(c)))
            return 0.75f;
        if (QStringView(u"gjpqy").contains(QChar(c)))
            return 0.72f;
        return 0.55f;
    }
    return 0.72f;
}

// Width of the inked glyph.
float glyphWidthOf(char16_t c)
{
    switch (c) {
    case u'，': case u'、': case u'。': case u'：': case u'；': return 0.2f;
    case u'（': case u'）': return 0.3f;
    case u'.': case u',': case u':': case u';': case u'\'': case u'!': return 0.12f;
    case u'1': return 0.25f;
    case u'(': case u')': case u'[': case u']': return 0.25f;
    case u'-': return 0.3f;
    case u' ': case 0x3000: return 0.f;
    default: break;
    }
    if (isWide(c))
        return 0.9f;
    if (c >= u'A' && c <= u'Z')
        return 0.6f;
    if (c >= u'a' && c <= u'z')
        return 0.42f;
    return 0.45f;
}

int scriptOf(QChar c)
{
    if (isWide(c.unicode()))
        return 0;
    if (c.isDigit())
        return 1;
    if (c.isLetter())
        return 2;
    return 3;
}

enum Kind : unsigned char { Visible, Blank, Break };

Kind kindOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\r' || u == u'\n')
        return Break;
    if (u == u' ' || u == u'\t' || u == 0x3000 || u == 0xA0 || u < 0x20 || u == 0xFFFE || u == 0xFFFF)
        return Blank;
    return Visible;
}

struct Metrics
{
    std::vector<Kind> kind;
    std::vector<float> adv, hgt, bear;
};

Metrics metricsOf(const QString &text)
{
    Metrics m;
    const qsizetype n = text.size();
    m.kind.resize(size_t(n));
    m.adv.resize(size_t(n));
    m.hgt.resize(size_t(n));
    m.bear.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        m.kind[size_t(i)] = kindOf(text.at(i));
        m.adv[size_t(i)] = advanceOf(c);
        m.hgt[size_t(i)] = glyphHeightOf(c);
        m.bear[size_t(i)] = (m.adv[size_t(i)] - glyphWidthOf(c)) / 2;
    }
    return m;
}

// log(length / thickness) of a run box, across and along.
struct RunShape
{
    bool flat = false;       // too thin to say anything (a run of blanks)
    float logAcross = 0;     // log(w/h): the run read left to right
    float logDown = 0;       // log(h/w): the run read top to bottom
};

RunShape shapeOf(const QRectF &r)
{
    RunShape s;
    s.flat = r.height() < 0.5;
    if (!s.flat)
        s.logAcross = std::log(std::max(float(r.width()), 0.3f) / float(r.height()));
    s.logDown = r.width() >= 0.5 ? std::log(float(r.height()) / float(r.width())) : 0.f;
    return s;
}

constexpr float kSkipVisible = 5.0f;      // a visible character in no run: should not happen
constexpr float kSplitInWord = 0.8f;      // two runs meeting with no blank between them ...
constexpr float kSplitScriptChange = 0.3f; // ... cheaper where the script changes (行|4200)
constexpr float kLineMismatch = 1.5f;     // runs on one pdfium line that are not side by side
constexpr float kVertical = 0.3f;         // reading a tall run top to bottom
constexpr float kFlatRun = 0.5f;
constexpr size_t kMaxStates = 6'000'000;   // 48 MB of search state at most

// Cost of the run of `chars` characters with log-shape q fitting run box j.
inline float fitCost(float q, bool multi, const RunShape &s)
{
    if (s.flat)
        return kFlatRun;
    float c = std::abs(q - s.logAcross);
    if (multi && s.logDown > 0.4f)
        c = std::min(c, std::abs(q - s.logDown) + kVertical);
    return c;
}

// Fallback when the programme is too large: visible tokens to runs in order.
QList<int> matchByTokens(const QString &text, const QList<QRectF> &runs, const Metrics &mt)
{
    const int n = int(text.size());
    const int m = int(runs.size());
    QList<int> result(n, -1);
    int visible = 0;
    for (int i = 0; i < n; ++i)
        visible += mt.kind[size_t(i)] == Visible ? 1 : 0;
    if (visible == m) { // one run per character (generators that place every glyph)
        int j = 0;
        for (int i = 0; i < n; ++i)
            if (mt.kind[size_t(i)] == Visible)
                result[i] = j++;
        return result;
    }
    int j = -1;
    for (int i = 0; i < n; ++i) {
        if (mt.kind[size_t(i)] != Visible)
            continue;
        if (i == 0 || mt.kind[size_t(i - 1)] != Visible)
            j = std::min(j + 1, m - 1);
        result[i] = j;
    }
    return result;
}

// The dynamic programme. With `band` > 0 only states whose run lies within `band` lines of
// the character's line are searched (lines counted by pdfium's breaks in the text and by
// where the runs stop being side by side); nullopt when no assignment was found.
std::optional<QList<int>> programme(const QString &text, const QList<QRectF> &runs, const Metrics &mt,
                                    int band)
{
    const int n = int(text.size());
    const int m = int(runs.size());

    std::vector<RunShape> shape(static_cast<size_t>(m));
    std::vector<unsigned char> sideBySide(static_cast<size_t>(m), 1);
    std::vector<int> runLine(static_cast<size_t>(m), 0);
    for (int j = 0; j < m; ++j) {
        shape[size_t(j)] = shapeOf(runs.at(j));
        if (j == 0)
            continue;
        // pdfium puts two runs on one text line only when they are side by side
        const QRectF &p = runs.at(j - 1);
        const QRectF &r = runs.at(j);
        const double hh = std::max(p.height(), r.height());
        const bool overlapY = std::min(p.bottom(), r.bottom()) > std::max(p.top(), r.top());
        sideBySide[size_t(j)] = overlapY && r.left() >= p.right() - 0.6 * hh;
        runLine[size_t(j)] = runLine[size_t(j - 1)] + (sideBySide[size_t(j)] ? 0 : 1);
    }
    std::vector<int> script(static_cast<size_t>(n));
    std::vector<int> textLine(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        script[size_t(i)] = scriptOf(text.at(i));
        if (i > 0)
            textLine[size_t(i)] = textLine[size_t(i - 1)]
                + (mt.kind[size_t(i - 1)] == Break && mt.kind[size_t(i)] != Break ? 1 : 0); // "\r\n" is one break
    }
    // first and last run of each run line, for the band
    const int runLines = m > 0 ? runLine.back() + 1 : 0;
    std::vector<int> firstRun(static_cast<size_t>(runLines), m), lastRun(static_cast<size_t>(runLines), -1);
    for (int j = 0; j < m; ++j) {
        firstRun[size_t(runLine[size_t(j)])] = std::min(firstRun[size_t(runLine[size_t(j)])], j);
        lastRun[size_t(runLine[size_t(j)])] = j;
    }

    // State (i, j, b): i characters consumed, j runs filled, b = a line break was skipped
    // since the last run ended. `back` encodes the predecessor; negative = a run ended here.
    constexpr float kInf = std::numeric_limits<float>::infinity();
    // The j searched at each i: all of them, or those in the band. States are stored per i
    // for the j of its range only, so memory grows with the band, not with the page.
    std::vector<int> bandLo(size_t(n + 1), 0), bandHi(size_t(n + 1), m);
    std::vector<size_t> offset(size_t(n + 2), 0);
    for (int i = 0; i <= n; ++i) {
        if (band > 0 && runLines > 0) {
            const int tl = textLine[size_t(std::min(i, n - 1))];
            bandLo[size_t(i)] = i == 0 ? 0 : firstRun[size_t(std::clamp(tl - band, 0, runLines - 1))];
            bandHi[size_t(i)] = i == n ? m : std::min(m, lastRun[size_t(std::clamp(tl + band, 0, runLines - 1))] + 1);
        }
        offset[size_t(i) + 1] = offset[size_t(i)] + size_t(bandHi[size_t(i)] - bandLo[size_t(i)] + 1) * 2;
    }
    if (offset.back() > kMaxStates)
        return std::nullopt;
    std::vector<float> cost(offset.back(), kInf);
    std::vector<int> back(offset.back(), -1);
    std::vector<int> hiAt(size_t(n + 1), -1), loAt(size_t(n + 1), m + 1);
    const auto idx = [&](int i, int j, int b) {
        return offset[size_t(i)] + size_t(j - bandLo[size_t(i)]) * 2 + size_t(b);
    };
    const auto relax = [&](int i, int j, int b, float c, int from) {
        if (j < bandLo[size_t(i)] || j > bandHi[size_t(i)])
            return;
        const size_t t = idx(i, j, b);
        if (c < cost[t]) {
            cost[t] = c;
            back[t] = from;
            hiAt[size_t(i)] = std::max(hiAt[size_t(i)], j);
            loAt[size_t(i)] = std::min(loAt[size_t(i)], j);
        }
    };
    // the (i, j, b) of a stored state
    const auto decode = [&](size_t t) {
        const int i = int(std::upper_bound(offset.begin(), offset.end(), t) - offset.begin()) - 1;
        const size_t rest = t - offset[size_t(i)];
        return std::array<int, 3>{i, bandLo[size_t(i)] + int(rest / 2), int(rest % 2)};
    };
    cost[idx(0, 0, 0)] = 0.f;
    hiAt[0] = 0;
    loAt[0] = 0;

    // Candidate ends of a run starting at i, with the run's log-shape: independent of j.
    struct End { int e; float q; float qMin; bool multi; };
    std::vector<End> ends;
    for (int i = 0; i < n; ++i) {
        ends.clear();
        if (mt.kind[size_t(i)] == Visible) {
            float a = 0, h = 0;
            for (int e = i + 1; e <= n && mt.kind[size_t(e - 1)] != Break && e - i <= 400; ++e) {
                a += mt.adv[size_t(e - 1)];
                h = std::max(h, mt.hgt[size_t(e - 1)]);
                if (mt.kind[size_t(e - 1)] != Visible)
                    continue;
                const float inked = std::max(a - mt.bear[size_t(i)] - mt.bear[size_t(e - 1)], 0.1f);
                const float logInked = std::log(inked);
                // qMin: the least q of this run or any longer one (no glyph is taller than 0.9 em)
                ends.push_back({e, logInked - std::log(std::max(h, 0.3f)), logInked - std::log(0.9f), e - i > 1});
            }
        }
        const int jl = loAt[size_t(i)];
        const int jh = std::min(m, hiAt[size_t(i)]);
        for (int j = jl; j <= jh; ++j) {
            for (int b = 0; b < 2; ++b) {
                const float c0 = cost[idx(i, j, b)];
                if (c0 == kInf)
                    continue;
                const int from = int(idx(i, j, b));
                relax(i + 1, j, (b || mt.kind[size_t(i)] == Break) ? 1 : 0,
                      c0 + (mt.kind[size_t(i)] == Visible ? kSkipVisible : 0.f), from);
                if (j == m || ends.empty())
                    continue;
                float start = c0;
                if (i > 0 && mt.kind[size_t(i - 1)] == Visible)
                    start += script[size_t(i - 1)] == script[size_t(i)] ? kSplitInWord : kSplitScriptChange;
                if (j > 0 && !b && !sideBySide[size_t(j)])
                    start += kLineMismatch;
                const RunShape &s = shape[size_t(j)];
                const float tooLong = std::max(s.logAcross, s.logDown) + 2.f;
                for (const End &en : ends) {
                    relax(en.e, j + 1, 0, start + fitCost(en.q, en.multi, s), -1 - from);
                    // far too long already, and it can only get longer
                    if (!s.flat && en.qMin > tooLong)
                        break;
                }
            }
        }
    }
    size_t cur = idx(n, m, 0);
    if (cost[idx(n, m, 1)] < cost[cur])
        cur = idx(n, m, 1);
    if (cost[cur] == kInf)
        return std::nullopt;
    QList<int> result(n, -1);
    const size_t start = idx(0, 0, 0);
    while (cur != start) {
        const int b = back[cur];
        const auto [ci, cj, cb] = decode(cur);
        Q_UNUSED(cb);
        if (b < 0) {
            const size_t prev = size_t(-1 - b);
            for (int k = decode(prev)[0]; k < ci; ++k)
                result[k] = cj - 1;
            cur = prev;
        } else {
            cur = size_t(b);
        }
    }
    return result;
}

bool finite(const QRectF &r)
{
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width()) && std::isfinite(r.height())
        && std::abs(r.x()) < 1e7 && std::abs(r.y()) < 1e7 && std::abs(r.width()) < 1e7 && std::abs(r.height()) < 1e7;
}

// Rectangles a PDF generator could never mean (NaN, infinite, astronomically large, negative
// size) become empty ones, so nothing downstream compares NaN or overflows.
QList<QRectF> sanitized(const QList<QRectF> &runs)
{
    QList<QRectF> out = runs;
    for (QRectF &r : out)
        r = finite(r) ? r.normalized() : QRectF();
    return out;
}

QList<int> matchRunsImpl(const QString &text, const QList<QRectF> &runs, const Metrics &mt)
{
    const int n = int(text.size());
    const int m = int(runs.size());
    if (n == 0 || m == 0)
        return QList<int>(n, -1);
    int visible = 0;
    for (int i = 0; i < n; ++i)
        visible += mt.kind[size_t(i)] == Visible ? 1 : 0;
    // one run per glyph (generators that place every character)
    if (visible == m)
        return matchByTokens(text, runs, mt);
    // Text lines and run lines rarely drift apart by more than a few: search that band
    // first, everything when it finds nothing.
    if (auto banded = programme(text, runs, mt, 6))
        return *banded;
    if (auto full = programme(text, runs, mt, 0))
        return *full;
    return matchByTokens(text, runs, mt);
}

// ---------------------------------------------------------------------------------------
// Page rotation. pdfium reports character boxes in the unrotated page space while QtPdf
// flips them with the rotated page height, and QtPdf 6.4 does not tell the /Rotate value.

QRectF toDisplay(const QRectF &q, int rotation, const QSizeF &display)
{
    const double hq = display.height(); // QtPdf flipped y with the displayed height
    const double l = q.left(), r = q.right();
    const double t = hq - q.top(), b = t - q.height(); // unrotated user space, y up
    switch (rotation) {
    case 90: return QRectF(QPointF(b, l), QPointF(t, r));
    case 180: return QRectF(QPointF(display.width() - r, b), QPointF(display.width() - l, t));
    case 270: return QRectF(QPointF(display.width() - t, display.height() - r),
                            QPointF(display.width() - b, display.height() - l));
    default: return q;
    }
}

// Whether the page is shown turned by a quarter: its runs are set top to bottom in pdfium's
// (unrotated) space. Multi-glyph runs say it by their shape; runs of one glyph each by the
// direction from one run to the next.
bool looksTurned(const QString &text, const QList<QRectF> &runs, const QSizeF &display)
{
    int tall = 0, wide = 0, outside = 0, across = 0, down = 0;
    for (qsizetype j = 0; j < runs.size(); ++j) {
        const QRectF &r = runs.at(j);
        if (r.height() > 2.5 * r.width() && r.width() > 0.5)
            ++tall;
        else if (r.width() > 2.5 * r.height() && r.height() > 0.5)
            ++wide;
        if (r.top() < -2 || r.bottom() > display.height() + 2 || r.right() > display.width() + 2)
            ++outside;
        if (j == 0)
            continue;
        const QRectF &p = runs.at(j - 1);
        const double size = std::min(std::max({r.width(), r.height(), p.width(), p.height()}), 30.0);
        const double gapX = std::max(0.0, std::max(r.left(), p.left()) - std::min(r.right(), p.right()));
        const double gapY = std::max(0.0, std::max(r.top(), p.top()) - std::min(r.bottom(), p.bottom()));
        if (gapX > 1.5 * size || gapY > 1.5 * size)
            continue; // not neighbours
        const QPointF d = r.center() - p.center();
        if (std::abs(d.x()) > 2 * std::abs(d.y()))
            ++across;
        else if (std::abs(d.y()) > 2 * std::abs(d.x()))
            ++down;
    }
    qsizetype visible = 0;
    for (QChar c : text)
        visible += kindOf(c) == Visible ? 1 : 0;
    const bool perGlyph = visible > 0 && std::abs(double(visible - runs.size())) < 0.1 * double(visible);
    if (perGlyph)
        return down >= 5 && down > 2 * across;
    return tall >= 3 && tall > 2 * wide && (outside > 0 || tall > 4 * wide) && down >= across;
}

// Which quarter turn puts the runs over ink: renders a small image of the page.
int turnByInk(QPdfDocument &doc, int page, const QList<QRectF> &runs, const QSizeF &display)
{
    const double scale = 300.0 / std::max(display.width(), 1.0);
    const QSize size(std::max(1, int(display.width() * scale)), std::max(1, int(display.height() * scale)));
    const QImage img = doc.render(page, size).convertToFormat(QImage::Format_ARGB32);
    if (img.isNull())
        return 90;
    const auto inkIn = [&](int rotation) {
        double ink = 0;
        for (const QRectF &q : runs) {
            const QRectF d = toDisplay(q, rotation, display);
            const QRect px = QRectF(d.left() * scale, d.top() * scale, d.width() * scale, d.height() * scale)
                                 .toAlignedRect().intersected(img.rect());
            if (px.isEmpty())
                continue;
            int dark = 0;
            for (int y = px.top(); y <= px.bottom(); ++y) {
                const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
                for (int x = px.left(); x <= px.right(); ++x)
                    if (qAlpha(line[x]) > 128 && qGray(line[x]) < 160)
                        ++dark;
            }
            ink += double(dark) / double(px.width() * px.height());
        }
        return ink;
    };
    return inkIn(270) > inkIn(90) ? 270 : 90;
}

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
