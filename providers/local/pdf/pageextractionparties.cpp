#include "pageextraction.h"

#include "invoicetextscan.h"
#include "textnormalize.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

namespace {

enum class Party { Unknown, Buyer, Seller, Ignored };

struct Marker { Party party; QRectF column; };

// An invoice has one buyer's block and one seller's, and every layout puts the buyer's first:
// left of the seller's on a 数电 invoice, above it on the older forms. Two captions read as the
// same party (a blurred photo's vertical 购 read as 销) are therefore told apart by where they
// stand rather than giving both blocks to one party, which put the buyer's name and tax id in
// the seller's fields. Only two same-party captions, both set vertically (not the 销售方(章)
// under an older form), are re-read this way; anything else is left as read.
void settleMisreadCaptions(QList<Marker> &markers)
{
    if (markers.size() != 2 || markers.at(0).party != markers.at(1).party)
        return;
    const QRectF &a = markers.at(0).column, &b = markers.at(1).column;
    if (a.height() < 1.5 * a.width() || b.height() < 1.5 * b.width())
        return;
    const bool sideBySide = a.top() < b.bottom() && b.top() < a.bottom();
    if (sideBySide ? std::abs(a.center().x() - b.center().x()) < a.width()
                   : std::abs(a.center().y() - b.center().y()) < a.height())
        return; // one caption found twice, not two blocks
    const bool aFirst = sideBySide ? a.left() < b.left() : a.top() < b.top();
    markers[aFirst ? 0 : 1].party = Party::Buyer;
    markers[aFirst ? 1 : 0].party = Party::Seller;
}

// `head` grown over the caption characters stacked under it (买 方 信 息).
QRectF stackedColumn(const QRectF &head, const QList<PdfChar> &chars)
{
    QRectF column = head;
    const double h = std::max(head.height(), 1.0);
    bool grown = true;
    while (grown) {
        grown = false;
        for (const PdfChar &c : chars) {
            if (c.box.top() <= column.bottom() - 0.3 * h || c.box.top() > column.bottom() + 1.2 * h)
                continue;
            if (c.box.left() > column.right() || c.box.right() < column.left())
                continue;
            if (!QStringView(u"买方售信息").contains(c.ch))
                continue;
            column = column.united(c.box);
            grown = true;
        }
    }
    return column;
}

} // namespace

void PageExtraction::readParties()
{
    // The vertical captions 购买方(信息) / 销售方(信息) printed left of each block, found by
    // their first character; then by their second where a photo lost the first (the blurred
    // 购 of a 数电 photo), if it heads a column of its own (买 over 方).
    QList<Marker> markers;
    const QList<PdfChar> &chars = m_layer.chars();
    for (const bool second : {false, true}) {
        for (const PdfLine &line : m_layer.lines()) {
            for (const PdfWord &w : line.words) {
                const bool first = w.text == u"购" || w.text == u"销" || w.text == u"购买方" || w.text == u"销售方";
                if (second ? (w.text != u"买" && w.text != u"售") : !first)
                    continue;
                // the 售 under a 销 already found is part of that caption
                if (second && std::any_of(markers.cbegin(), markers.cend(),
                                          [&](const Marker &m) { return m.column.intersects(w.box); }))
                    continue;
                Marker m{w.text.startsWith(u'购') || w.text == u"买" ? Party::Buyer : Party::Seller,
                         stackedColumn(w.box, chars)};
                if (second && m.column.height() < 1.5 * m.column.width())
                    continue;
                markers.append(m);
            }
        }
    }
    settleMisreadCaptions(markers);

    struct Found { QString key; Span label; Party party = Party::Unknown; };
    QList<Found> found;
    // Every form of each label: one block's caption can keep its colon and the other's lose it
    // in a photo (名 称 杭州...), and each is its own party's.
    const auto collect = [&](const QString &key, const QStringList &labels) {
        const qsizetype before = found.size();
        for (const QString &label : labels)
            for (const Span &l : m_r.find(label)) {
                const bool known = std::any_of(found.cbegin() + before, found.cend(), [&](const Found &f) {
                    return std::any_of(l.chars.cbegin(), l.chars.cend(), [&](int c) { return f.label.chars.contains(c); });
                });
                if (!known)
                    found.append({key, l});
            }
    };
    collect(u"name"_s, {u"名称:"_s, u"名称"_s});
    collect(u"tax_id"_s, {u"纳税人识别号:"_s, u"统一社会信用代码:"_s, u"纳税人识别号"_s});
    collect(u"address_phone"_s, {u"地址、电话:"_s, u"地址电话:"_s, u"地址,电话:"_s});
    collect(u"bank_account"_s, {u"开户行及账号:"_s});

    for (Found &f : found) {
        // explicit: 购买方名称: / 销售方名称:
        const QString &lt = m_r.lineText(f.label.line);
        const QList<int> &lineChars = m_layer.lines().at(f.label.line).chars;
        const qsizetype at = lineChars.indexOf(f.label.chars.first());
        const QString before = lt.mid(std::max<qsizetype>(0, at - 3), std::min<qsizetype>(3, at));
        // part of another caption that touches it (项目名称:, 单位名称:): not a party's; but
        // 统一社会信用代码纳税人识别号: is one caption whose '/' a photo lost
        if (at > 0 && isCjk(lt.at(at - 1)) && !before.endsWith(u'方') && !before.endsWith(u"代码")) {
            const QRectF &prev = chars.at(lineChars.at(at - 1)).box;
            if (f.label.box.left() - prev.right() < 0.5 * f.label.height()) {
                f.party = Party::Ignored;
                continue;
            }
        }
        if (before.endsWith(u"买方") || before.endsWith(u"购方")) {
            f.party = Party::Buyer;
            continue;
        }
        if (before.endsWith(u"售方") || before.endsWith(u"销方")) {
            f.party = Party::Seller;
            continue;
        }
        double bestDist = 1e18;
        for (const Marker &m : markers) {
            if (m.column.left() > f.label.box.left())
                continue;
            const double dy = std::max({0.0, m.column.top() - f.label.box.bottom(), f.label.box.top() - m.column.bottom()});
            const double dist = std::max(0.0, f.label.box.left() - m.column.right()) + 3 * dy;
            if (dist < bestDist) {
                bestDist = dist;
                f.party = m.party;
            }
        }
    }
    // Without captions: a label shares the party of an assigned label on its line, else
    // the first block is the buyer's and the second the seller's.
    for (Found &f : found) {
        if (f.party != Party::Unknown)
            continue;
        for (const Found &o : found)
            if ((o.party == Party::Buyer || o.party == Party::Seller) && o.label.line == f.label.line) {
                f.party = o.party;
                break;
            }
    }
    QMap<QString, int> seen;
    for (Found &f : found)
        if (f.party == Party::Unknown)
            f.party = seen[f.key]++ == 0 ? Party::Buyer : Party::Seller;

    static const QStringList stops = {u"纳税人识别号"_s, u"统一社会信用代码"_s, u"地址、电话"_s, u"开户行及账号"_s,
                                      u"名称:"_s, u"密码区"_s};
    for (const Found &f : found) {
        if (f.party == Party::Ignored)
            continue;
        const QString prefix = f.party == Party::Buyer ? u"buyer_"_s : u"seller_"_s;
        const Span raw = m_r.cutAt(valueRightOf(f.label, 1.5), stops);
        if (raw.isEmpty())
            continue;
        if (f.key == u"tax_id") {
            const Span id = m_r.prefix(raw, isUpperAlnum);
            if (id.text.size() >= 15 && id.text.size() <= 20)
                put(prefix + f.key, id.text, id);
        } else if (f.key == u"name") {
            if (raw.text.size() >= 2)
                put(prefix + f.key, m_r.spacedText(raw), raw);
        } else {
            // addresses and bank accounts are long: they wrap
            const Span full = m_r.withWrappedLines(f.label, raw);
            put(prefix + f.key, m_r.spacedText(full), full);
        }
    }
}

} // namespace ra::pdfx
