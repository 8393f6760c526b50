#include "invoicematch.h"

#include "money.h"
#include "textnormalize.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// Outlines are compared in a square of this many units per page side: large enough that
// QPainterPath's clipping works well away from its precision limits.
constexpr double kSpace = 10000.0;
// Below this IoU two outlines are neighbours that touch (skewed photos, generous boxes), not the
// same invoice.
constexpr double kMinOverlap = 0.1;
// IoUs this close to the best one are too close to call on geometry alone: identity decides.
// (An invoice without an outline is the whole page, and then every candidate on the page
// overlaps it by about its own share of the page.)
constexpr double kTieTolerance = 0.1;
// A candidate whose number differs is taken on place alone only when it clearly sits where ours
// is, not when it merely overlaps part of it.
constexpr double kSamePlace = 0.5;

// number first: it decides contradictions and weighs most in tie-breaks.
const QStringList &identityKeys()
{
    static const QStringList keys{u"number"_s, u"code"_s, u"total"_s, u"date"_s, u"seller_tax_id"_s};
    return keys;
}

// A key's value in a form two providers agree on when they read the same thing: blanks,
// full-width digits and "No." prefixes do not count, amounts compare as fen.
QString comparable(const QString &key, const QString &value)
{
    if (value.isNull())
        return {};
    if (key == u"number" || key == u"code")
        return text::stripNumberPrefix(value);   // also drops blanks, folds full-width digits
    if (key == u"total") {
        if (const auto fen = money::parseFen(value))
            return QString::number(*fen);
    }
    return text::compact(value).toUpper();
}

struct Identity
{
    QStringList agreeing;
    QStringList contradicting;   // only number and code: the keys that name a different invoice
    QStringList differing;       // the other keys (a misread total is what the comparison is for)
    bool numberAgrees = false;

    // A number or code that differs says it is another invoice, unless place says otherwise.
    bool contradicts() const { return !contradicting.isEmpty(); }
    // Enough to take it without any help from place: the same number, or when either side has no
    // number, at least two other keys that agree and none that differs.
    bool strong() const
    {
        if (contradicts())
            return false;
        return numberAgrees || (agreeing.size() >= 2 && differing.isEmpty());
    }
    // For tie-breaks: agreement counts, disagreement counts against, the number counts extra.
    int score() const { return int(agreeing.size()) - int(differing.size()) + (numberAgrees ? 3 : 0); }
};

Identity compareIdentity(const Invoice &a, const Invoice &b)
{
    Identity id;
    for (const QString &key : identityKeys()) {
        const QString x = comparable(key, a.value(key));
        const QString y = comparable(key, b.value(key));
        if (x.isEmpty() || y.isEmpty())
            continue;
        if (x == y) {
            id.agreeing << key;
            if (key == u"number")
                id.numberAgrees = true;
        } else if (key == u"number" || key == u"code") {
            id.contradicting << key;
        } else {
            id.differing << key;
        }
    }
    return id;
}

// The invoice's outline in the normalised square: the whole page when it has none, or when its
// page_size is unknown (pixels without a page to divide by cannot be placed).
QPolygonF normalisedOutline(const Invoice &inv)
{
    const QSizeF size = inv.pageSize;
    if (inv.region.size() < 3 || !(size.width() > 0) || !(size.height() > 0))
        return QPolygonF(QRectF(0, 0, kSpace, kSpace));
    QPolygonF out;
    out.reserve(inv.region.size());
    for (const QPointF &p : inv.region)
        out << QPointF(p.x() / size.width() * kSpace, p.y() / size.height() * kSpace);
    return out;
}

double area(const QPolygonF &polygon)
{
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &p = polygon.at(i);
        const QPointF &q = polygon.at((i + 1) % polygon.size());
        twice += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(twice) / 2;
}

double area(const QPainterPath &path)
{
    double sum = 0;
    for (const QPolygonF &part : path.toFillPolygons())
        sum += area(part);
    return sum;
}

struct Candidate
{
    int index = 0;
    double iou = 0;
    Identity identity;
};

InvoiceMatch result(const Candidate &c, InvoiceMatch::Reason reason)
{
    InvoiceMatch m;
    m.index = c.index;
    m.reason = reason;
    m.overlap = c.iou;
    m.agreeing = c.identity.agreeing;
    m.contradicting = c.identity.contradicting;
    return m;
}

InvoiceMatch noMatch(InvoiceMatch::Reason reason)
{
    InvoiceMatch m;
    m.reason = reason;
    return m;
}

// The best of `pool` (not empty) by identity, then overlap; Ambiguous when the two best cannot
// be told apart. Two candidates that both carry our number are copies of one invoice (a
// duplicate photographed twice): either is right, so the better placed one is taken.
InvoiceMatch pickByIdentity(QList<Candidate> pool, InvoiceMatch::Reason reason)
{
    std::stable_sort(pool.begin(), pool.end(), [](const Candidate &a, const Candidate &b) {
        if (a.identity.score() != b.identity.score())
            return a.identity.score() > b.identity.score();
        return a.iou > b.iou;
    });
    if (pool.size() > 1 && pool.at(0).identity.score() == pool.at(1).identity.score()
        && !pool.at(0).identity.numberAgrees)
        return noMatch(InvoiceMatch::Reason::Ambiguous);
    return result(pool.constFirst(), reason);
}

} // namespace

double regionOverlap(const Invoice &a, const Invoice &b)
{
    if (a.page != b.page)
        return 0;
    QPainterPath pa, pb;
    pa.addPolygon(normalisedOutline(a));
    pa.closeSubpath();
    pb.addPolygon(normalisedOutline(b));
    pb.closeSubpath();
    const double inter = area(pa.intersected(pb));
    const double uni = area(pa) + area(pb) - inter;
    return uni > 0 ? std::clamp(inter / uni, 0.0, 1.0) : 0.0;
}

InvoiceMatch matchInvoice(const Invoice &current, const QList<Invoice> &candidates)
{
    if (candidates.isEmpty())
        return noMatch(InvoiceMatch::Reason::NoCandidates);

    QList<Candidate> all;
    for (int i = 0; i < candidates.size(); ++i)
        all.append({i, regionOverlap(current, candidates.at(i)), compareIdentity(current, candidates.at(i))});

    // The order of the rules is the decision, and it is deliberate:
    //
    // 1. Place first. Among the candidates that overlap ours and whose number does not
    //    contradict ours, the best IoU wins; identity decides only between overlaps too close to
    //    call. Place comes first because the point of comparing is to see values the two
    //    providers read differently: a total or date that differs must not push the right
    //    receipt aside. A differing number does exclude a candidate here, because two receipts
    //    side by side with sloppy outlines can both overlap ours while only one carries our number.
    QList<Candidate> placed;
    for (const Candidate &c : std::as_const(all))
        if (c.iou >= kMinOverlap && !c.identity.contradicts())
            placed << c;
    if (!placed.isEmpty()) {
        const double best = std::max_element(placed.cbegin(), placed.cend(), [](const Candidate &a, const Candidate &b) {
                                return a.iou < b.iou;
                            })->iou;
        QList<Candidate> close;
        for (const Candidate &c : std::as_const(placed))
            if (c.iou >= best - kTieTolerance)
                close << c;
        return pickByIdentity(close, InvoiceMatch::Reason::Region);
    }

    // 2. Identity next: nothing without a contradiction overlaps, but one carries our number (or,
    //    without numbers, agrees on everything else it can): the provider placed it elsewhere or
    //    not at all. Our number on the paper says more than a region that one provider drew,
    //    so this comes before rule 3's overlapping candidate with another number.
    QList<Candidate> known;
    for (const Candidate &c : std::as_const(all))
        if (c.identity.strong())
            known << c;
    if (!known.isEmpty()) {
        // Those on our page first: the same invoice reported on another page is the odd case.
        QList<Candidate> samePage;
        for (const Candidate &c : std::as_const(known))
            if (candidates.at(c.index).page == current.page)
                samePage << c;
        return pickByIdentity(samePage.isEmpty() ? known : samePage, InvoiceMatch::Reason::Identity);
    }

    // 3. Place despite a different number: only when exactly one candidate overlaps ours and it
    //    clearly sits in our place. Then it is the same paper with a number one of the two
    //    providers misread, and the comparison is exactly how a person finds out which (the
    //    dialog says the numbers differ). With several overlapping candidates that all carry
    //    other numbers, or one that only partly covers ours, overlap alone cannot say which, if
    //    any, is ours: taking one would write another invoice's values onto this one.
    QList<Candidate> overlapping;
    for (const Candidate &c : std::as_const(all))
        if (c.iou >= kMinOverlap)
            overlapping << c;
    if (overlapping.size() == 1 && overlapping.constFirst().iou >= kSamePlace)
        return result(overlapping.constFirst(), InvoiceMatch::Reason::OnlyOverlap);
    if (!overlapping.isEmpty())
        return noMatch(InvoiceMatch::Reason::OverlapsContradict);

    return noMatch(InvoiceMatch::Reason::NothingCorresponds);
}

} // namespace ra
