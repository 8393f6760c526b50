// OCR rule: ocr_crosscheck. The local provider's OCR (providers/local/ocr/ocrcrosscheck.*)
// reconciles what it read with the invoice's own checks and records the outcome in the
// fields' sources; this rule says it in words, from those sources alone, so it is recomputed
// after every edit like the other rules (a person's edit makes the source "user": silent).
#include "validation/rules.h"

#include "money.h"
#include "validation/ruleutil.h"

using namespace Qt::StringLiterals;

namespace ra::rules {

using namespace detail;

namespace {

const QString kReading = u"ocr"_s;
const QString kWords = u"ocr:words"_s;
const QString kSum = u"ocr:sum"_s;
const QString kFromTotal = u"ocr:total"_s;
const QString kCheck = u"ocr:check"_s;
const QString kLines = u"ocr:lines"_s;

bool isDerived(const QString &source)
{
    return source == kWords || source == kSum || source == kFromTotal || source == kCheck;
}

struct Why
{
    QString en;
    QString zh;
};

// pre-tax + tax of the invoice equals `value`
bool sumIs(const Invoice &inv, const QString &value)
{
    const auto p = fenOf(inv, u"pretax_amount"_s), t = fenOf(inv, u"tax_amount"_s), v = money::parseFen(value);
    return p && t && v && *p + *t == *v;
}

QString shown(const QString &key, const QString &value)
{
    return key == u"total_in_words" ? quotedZh(value) : value;
}

// Why the checks give `value` (from `source`) for `key`: a clause for the messages.
std::optional<Why> whyOf(const Invoice &inv, const QString &key, const QString &source, const QString &value,
                         bool chosen)
{
    if (source == kWords && key == u"total") {
        Why w{u"the amount in words reads %1"_s.arg(value), u"大写金额为 %1"_s.arg(value)};
        if (chosen && sumIs(inv, value)) {
            w.en += u", as do pre-tax + tax"_s;
            w.zh += u"，合计金额 + 合计税额亦同"_s;
        }
        return w;
    }
    if (source == kSum && key == u"total")
        return Why{u"pre-tax + tax make %1"_s.arg(value), u"合计金额 + 合计税额为 %1"_s.arg(value)};
    if (source == kSum && key == u"pretax_amount")
        return Why{u"the total minus the tax makes %1"_s.arg(value), u"价税合计减合计税额为 %1"_s.arg(value)};
    if (source == kSum && key == u"tax_amount")
        return Why{u"the total minus the pre-tax amount makes %1"_s.arg(value),
                   u"价税合计减合计金额为 %1"_s.arg(value)};
    if (source == kFromTotal && key == u"total_in_words") {
        const QString total = inv.value(u"total"_s);
        Why w{u"the total %1 reads %2 in words"_s.arg(total, quotedZh(value)),
              u"价税合计 %1 的大写为%2"_s.arg(total, quotedZh(value))};
        if (sumIs(inv, total)) {
            w.en += u", and pre-tax + tax confirm the total"_s;
            w.zh += u"，且合计金额 + 合计税额与价税合计一致"_s;
        }
        return w;
    }
    if (source == kCheck && (key == u"seller_tax_id" || key == u"buyer_tax_id"))
        return Why{u"that is not a valid unified social credit code, and %1, one doubtful character changed or "
                   "dropped, passes the GB 32100 check"_s.arg(value),
                   u"不是有效的统一社会信用代码，改动或删去一个存疑字符后的 %1 可通过 GB 32100 校验"_s.arg(value)};
    return std::nullopt;
}

} // namespace

FindingList checkOcrCrossCheck(const Invoice &inv)
{
    FindingList out;
    // No 合计 row was read: the pre-tax amount and tax are the line items' sums (no reading
    // to keep beside them, so said on its own).
    QStringList fromLines;
    for (const QString &key : {u"pretax_amount"_s, u"tax_amount"_s})
        if (inv.fields.value(key).source == kLines)
            fromLines << key;
    if (!fromLines.isEmpty())
        out << makeFinding(u"ocr_crosscheck"_s, Severity::Warning,
                           u"OCR did not read the totals row (合计); the pre-tax amount %1 and the tax %2 are the sums "
                           "of the line items, and together they make the total. Compare them with the page."_s.arg(
                               inv.value(u"pretax_amount"_s), inv.value(u"tax_amount"_s)),
                           u"OCR 未识别出合计行；合计金额 %1 与合计税额 %2 取自各行明细之和，二者之和与价税合计一致，请对照票面核对。"_s.arg(
                               inv.value(u"pretax_amount"_s), inv.value(u"tax_amount"_s)),
                           fromLines);
    for (auto it = inv.alternatives.cbegin(); it != inv.alternatives.cend(); ++it) {
        const QString &key = it.key();
        const Field accepted = inv.fields.value(key);
        if (accepted.isNull())
            continue;
        // The checks chose: the reading is one of the alternatives. Or they could not tell:
        // the values they give are alternatives of the reading.
        const bool chosen = isDerived(accepted.source);
        if (!chosen && accepted.source != kReading)
            continue;
        for (const Field &alt : it.value()) {
            const bool pair = chosen ? alt.source == kReading : isDerived(alt.source);
            if (!pair || sameValue(key, alt.value, accepted.value))
                continue;
            const Field &reading = chosen ? alt : accepted;
            const Field &derived = chosen ? accepted : alt;
            const auto why = whyOf(inv, key, derived.source, derived.value, chosen);
            if (!why)
                continue;
            const QString read = shown(key, reading.value), other = shown(key, derived.value);
            if (chosen)
                out << makeFinding(u"ocr_crosscheck"_s, Severity::Warning,
                                   u"OCR read the %1 as %2; %3: %4 is used and the reading is kept as an "
                                   "alternative. Compare it with the page."_s.arg(labelEn(key), read, why->en, other),
                                   u"OCR 识别的%1为 %2；%3：已采用 %4，识别值保留为备选，请对照票面核对。"_s.arg(
                                       labelZh(key), read, why->zh, other),
                                   {key});
            else
                out << makeFinding(u"ocr_crosscheck"_s, Severity::Warning,
                                   u"OCR read the %1 as %2, but %3; the invoice does not tell which is right: the "
                                   "reading is used and %4 is kept as an alternative. Compare it with the page."_s.arg(
                                       labelEn(key), read, why->en, other),
                                   u"OCR 识别的%1为 %2，但%3；无法据票面判断哪个正确：暂用识别值，%4 保留为备选，请对照票面核对。"_s.arg(
                                       labelZh(key), read, why->zh, other),
                                   {key});
            if (chosen)
                break; // one reading per field
        }
    }
    return out;
}

} // namespace ra::rules
