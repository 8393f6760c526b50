#include "runmatcher.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace ra::pdftext {

namespace {

constexpr float kSkipVisible = 5.0f;      // a visible character in no run: should not happen
constexpr float kSplitInWord = 0.8f;      // two runs meeting with no blank between them ...
constexpr float kSplitScriptChange = 0.3f; // ... cheaper where the script changes (行|4200)
constexpr float kLineMismatch = 1.5f;     // runs on one pdfium line that are not side by side
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

} // namespace

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

} // namespace ra::pdftext
