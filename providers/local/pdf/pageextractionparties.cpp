#include "pageextraction.h"

#include "invoicetextscan.h"
#include "textnormalize.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

namespace {

enum class Party { Unknown, Buyer, Seller, Ignored };

struct Marker { Party party; QRectF column; };

} // namespace

void PageExtraction::readParties()
{
    // The vertical captions 购买方(信息) / 销售方(信息) printed left of each block.
    QList<Marker> markers;
    const QList<PdfChar> &chars = m_layer.chars();
    for (const PdfLine &line : m_layer.lines()) {
        for (const PdfWord &w : line.words) {
            if (w.text != u"购" && w.text != u"销" && w.text != u"购买方" && w.text != u"销售方")
                continue;
            Marker m{w.text.startsWith(u'购') ? Party::Buyer : Party::Seller, w.box};
            // grow the column over the characters stacked under it (买 方 信 息)
            const double h = std::max(w.box.height(), 1.0);
            bool grown = true;
            while (grown) {
                grown = false;
                for (const PdfChar &c : chars) {
                    if (c.box.top() <= m.column.bottom() - 0.3 * h || c.box.top() > m.column.bottom() + 1.2 * h)
                        continue;
                    if (c.box.left() > m.column.right() || c.box.right() < m.column.left())
                        continue;
                    if (!QStringView(u"买方售信息").contains(c.ch))
                        continue;
                    m.column = m.column.united(c.box);
                    grown = true;
                }
            }
            markers.append(m);
        }
    }

    struct Found { QString key; Span label; Party party = Party::Unknown; };
    QList<Found> found;
    const auto collect = [&](const QString &key, const QStringList &labels) {
        for (const Span &l : m_r.findAny(labels))
            found.append({key, l});
    };
    collect(u"name"_s, {u"名称:"_s});
    collect(u"tax_id"_s, {u"纳税人识别号:"_s, u"统一社会信用代码:"_s, u"纳税人识别号"_s});
    collect(u"address_phone"_s, {u"地址、电话:"_s, u"地址电话:"_s, u"地址,电话:"_s});
    collect(u"bank_account"_s, {u"开户行及账号:"_s});

    for (Found &f : found) {
        // explicit: 购买方名称: / 销售方名称:
        const QString &lt = m_r.lineText(f.label.line);
        const QList<int> &lineChars = m_layer.lines().at(f.label.line).chars;
        const qsizetype at = lineChars.indexOf(f.label.chars.first());
        const QString before = lt.mid(std::max<qsizetype>(0, at - 3), std::min<qsizetype>(3, at));
        // part of another caption that touches it (项目名称:, 单位名称:): not a party's
        if (at > 0 && isCjk(lt.at(at - 1)) && !before.endsWith(u'方')) {
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
