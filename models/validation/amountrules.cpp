// Amount rules: total_mismatch, items_sum_mismatch, item_tax_mismatch, words_mismatch.
#include "validation/rules.h"

#include "chineseamount.h"
#include "textnormalize.h"
#include "validation/ruleutil.h"

using namespace Qt::StringLiterals;

namespace ra::rules {

using namespace detail;

namespace {

// Tax per line may differ from round(amount × rate) by one fen: when the issuer enters
// tax-inclusive prices the system derives amount = round(gross / (1 + r)) and
// tax = gross − amount, which can land one fen off (gross 100.00 at 13 %: amount 88.50,
// tax 11.50, round(88.50 × 0.13) = 11.51). Anything further off is a real disagreement.
constexpr qint64 kItemTaxToleranceFen = 1;

// round(value / divisor), halves away from zero, integers only.
qint64 roundDiv(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

// Tax of a line or of the invoice: an amount, or 0 when a no-tax marker (***, 免税) stands there.
std::optional<qint64> taxOf(const FieldMap &fields, const QString &key)
{
    const QString v = fields.value(key).value;
    if (v.isNull())
        return std::nullopt;
    if (isNoTaxMarker(v))
        return 0;
    return fenOf(fields, key);
}

// 差额征税 invoices compute the tax on a reduced base: amount × rate does not apply.
bool isDifferentialTaxation(const Invoice &inv)
{
    const QString remark = text::compact(inv.value(u"remark"_s));
    return remark.contains(u"差额征税") || remark.contains(u"差额开票");
}

} // namespace

std::optional<int> parseTaxRatePermille(const QString &rate)
{
    if (isNoTaxMarker(rate))
        return 0;
    QString s = text::compact(rate);
    if (s.isEmpty() || s.size() > 12)
        return std::nullopt;
    const bool percent = s.endsWith(u'%');
    if (percent)
        s.chop(1);
    const qsizetype dot = s.indexOf(u'.');
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    for (const QString &part : {whole, frac})
        for (QChar c : part)
            if (c < u'0' || c > u'9')
                return std::nullopt;
    if (dot >= 0 && frac.isEmpty())
        return std::nullopt;
    // A bare number of one or more is a percentage ("13"); below one it is a fraction ("0.13").
    const bool asPercent = percent || whole.toInt() >= 1;
    // Resolution: 0.1 % (1.5 % simplified collection) = 1 permille.
    const int places = asPercent ? 1 : 3;
    if (whole.size() > 3)
        return std::nullopt;
    int value = whole.isEmpty() ? 0 : whole.toInt();
    for (int i = 0; i < places; ++i)
        value = value * 10 + (i < frac.size() ? frac.at(i).unicode() - u'0' : 0);
    for (qsizetype i = places; i < frac.size(); ++i)
        if (frac.at(i) != u'0')
            return std::nullopt; // finer than the resolution: not a rate we know
    if (value > 1000)
        return std::nullopt; // above 100 %
    return value;
}

FindingList checkTotal(const Invoice &inv)
{
    const auto pretax = fenOf(inv, u"pretax_amount"_s);
    const auto tax = fenOf(inv, u"tax_amount"_s);
    const auto total = fenOf(inv, u"total"_s);
    // A 免税 invoice prints *** as its tax: no number to add, so nothing to check.
    if (!pretax || !tax || !total || *pretax + *tax == *total)
        return {};
    const qint64 sum = *pretax + *tax;
    return {makeFinding(u"total_mismatch"_s, Severity::Error,
                        u"Pre-tax %1 + tax %2 = %3, but the total says %4."_s
                            .arg(fen(*pretax), fen(*tax), fen(sum), fen(*total)),
                        u"合计金额 %1 + 合计税额 %2 = %3，但价税合计为 %4。"_s
                            .arg(fen(*pretax), fen(*tax), fen(sum), fen(*total)),
                        {u"pretax_amount"_s, u"tax_amount"_s, u"total"_s})};
}

FindingList checkItemsSum(const Invoice &inv)
{
    if (inv.items.isEmpty())
        return {};
    FindingList out;

    // Amounts: discount lines are negative and simply add in.
    if (const auto pretax = fenOf(inv, u"pretax_amount"_s)) {
        qint64 sum = 0;
        bool complete = true;
        for (const FieldMap &item : inv.items) {
            const auto a = fenOf(item, u"amount"_s);
            if (!a) {
                complete = false;
                break;
            }
            sum += *a;
        }
        if (complete && sum != *pretax) {
            QStringList fields = {u"pretax_amount"_s};
            for (qsizetype i = 0; i < inv.items.size(); ++i)
                fields << u"items[%1].amount"_s.arg(i);
            out << makeFinding(u"items_sum_mismatch"_s, Severity::Warning,
                               u"The %1 line items' amounts add up to %2, but the pre-tax amount says %3."_s
                                   .arg(inv.items.size()).arg(fen(sum), fen(*pretax)),
                               u"%1 行明细的金额合计为 %2，但合计金额为 %3。"_s
                                   .arg(inv.items.size()).arg(fen(sum), fen(*pretax)),
                               fields);
        }
    }

    if (const auto tax = taxOf(inv.fields, u"tax_amount"_s)) {
        qint64 sum = 0;
        bool complete = true;
        for (const FieldMap &item : inv.items) {
            const auto t = taxOf(item, u"tax_amount"_s);
            if (!t) {
                complete = false;
                break;
            }
            sum += *t;
        }
        if (complete && sum != *tax) {
            QStringList fields = {u"tax_amount"_s};
            for (qsizetype i = 0; i < inv.items.size(); ++i)
                fields << u"items[%1].tax_amount"_s.arg(i);
            out << makeFinding(u"items_sum_mismatch"_s, Severity::Warning,
                               u"The %1 line items' taxes add up to %2, but the tax amount says %3."_s
                                   .arg(inv.items.size()).arg(fen(sum), fen(*tax)),
                               u"%1 行明细的税额合计为 %2，但合计税额为 %3。"_s
                                   .arg(inv.items.size()).arg(fen(sum), fen(*tax)),
                               fields);
        }
    }
    return out;
}

FindingList checkItemTax(const Invoice &inv)
{
    if (inv.items.isEmpty() || isDifferentialTaxation(inv))
        return {};
    FindingList out;
    for (qsizetype i = 0; i < inv.items.size(); ++i) {
        const FieldMap &item = inv.items.at(i);
        const auto amount = fenOf(item, u"amount"_s);
        // A line without its own rate takes the invoice's (single-rate invoices print it once).
        QString rateText = item.value(u"tax_rate"_s).value;
        if (rateText.isNull())
            rateText = inv.value(u"tax_rate"_s);
        const auto permille = rateText.isNull() ? std::nullopt : parseTaxRatePermille(rateText);
        const auto tax = taxOf(item, u"tax_amount"_s);
        if (!amount || !permille || !tax)
            continue;
        const qint64 expected = roundDiv(*amount * *permille, 1000);
        if (qAbs(expected - *tax) <= kItemTaxToleranceFen)
            continue;
        const QString name = item.value(u"name"_s).value;
        const QString lineEn = name.isEmpty() ? u"Line %1"_s.arg(i + 1) : u"Line %1 (%2)"_s.arg(i + 1).arg(name);
        const QString lineZh = name.isEmpty() ? u"第 %1 行"_s.arg(i + 1) : u"第 %1 行（%2）"_s.arg(i + 1).arg(name);
        const QString taxText = item.value(u"tax_amount"_s).value;
        const QString shownTax = isNoTaxMarker(taxText) ? taxText : fen(*tax);
        out << makeFinding(u"item_tax_mismatch"_s, Severity::Warning,
                           u"%1: %2 × %3 = %4, but its tax says %5."_s
                               .arg(lineEn, fen(*amount), rateText, fen(expected), shownTax),
                           u"%1：金额 %2 × 税率 %3 = %4，但税额为 %5。"_s
                               .arg(lineZh, fen(*amount), rateText, fen(expected), shownTax),
                           {u"items[%1].amount"_s.arg(i), u"items[%1].tax_rate"_s.arg(i),
                            u"items[%1].tax_amount"_s.arg(i)});
    }
    return out;
}

FindingList checkWords(const Invoice &inv)
{
    const QString words = inv.value(u"total_in_words"_s);
    if (words.isNull() || text::compact(words).isEmpty())
        return {};
    const auto total = fenOf(inv, u"total"_s);
    const auto parsed = money::parseChineseUpper(words);
    if (!parsed) {
        const QString checkEn = total ? u"; compare it with the total %1 by eye."_s.arg(fen(*total)) : u"."_s;
        const QString checkZh = total ? u"，请人工与价税合计 %1 核对。"_s.arg(fen(*total)) : u"。"_s;
        return {makeFinding(u"words_mismatch"_s, Severity::Warning,
                            u"The amount in words “%1” could not be read as an amount%2"_s.arg(words, checkEn),
                            u"无法将大写金额%1识别为金额%2"_s.arg(quotedZh(words), checkZh),
                            {u"total_in_words"_s})};
    }
    if (!total || *parsed == *total)
        return {};
    return {makeFinding(u"words_mismatch"_s, Severity::Error,
                        u"The amount in words “%1” reads %2, but the total says %3."_s
                            .arg(words, fen(*parsed), fen(*total)),
                        u"大写金额%1为 %2，但价税合计（小写）为 %3。"_s
                            .arg(quotedZh(words), fen(*parsed), fen(*total)),
                        {u"total_in_words"_s, u"total"_s})};
}

} // namespace ra::rules
