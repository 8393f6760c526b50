#include "validation/validator.h"

#include "textnormalize.h"
#include "validation/rules.h"
#include "validation/ruleutil.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra {

QList<RuleInfo> allRules()
{
    // Order: what a reviewer should look at first (identity, amounts, consistency).
    static const QList<RuleInfo> rules = {
        {u"total_mismatch"_s, Severity::Error, u"Pre-tax amount plus tax equals the total"_s,
         u"合计金额 + 合计税额 = 价税合计"_s},
        {u"items_sum_mismatch"_s, Severity::Warning, u"Line items add up to the pre-tax amount and the tax"_s,
         u"明细金额、税额之和等于合计金额、合计税额"_s},
        {u"item_tax_mismatch"_s, Severity::Warning, u"Each line's tax is its amount times its rate (±0.01)"_s,
         u"每行税额 = 金额 × 税率（允许 ±0.01）"_s},
        {u"words_mismatch"_s, Severity::Error, u"The amount in words reads as the total"_s,
         u"大写金额与价税合计（小写）一致"_s},
        {u"tax_id_invalid"_s, Severity::Error, u"Tax IDs pass the GB 32100 check"_s,
         u"纳税人识别号符合 GB 32100 校验"_s},
        {u"code_type_mismatch"_s, Severity::Warning, u"The invoice code fits the invoice type"_s,
         u"发票代码结构与发票类型相符"_s},
        {u"number_format"_s, Severity::Error, u"The invoice number has 8 or 20 digits and a plausible year and province"_s,
         u"发票号码为 8 位或 20 位，年份与省份代码合理"_s},
        {u"date_invalid"_s, Severity::Error, u"The issue date is a real date"_s, u"开票日期为有效日期"_s},
        {u"date_future"_s, Severity::Error, u"The issue date is not in the future"_s, u"开票日期不晚于今天"_s},
        {u"qr_mismatch"_s, Severity::Error, u"The QR code agrees with the printed values"_s,
         u"二维码内容与票面一致"_s},
        {u"qr_only_missing"_s, Severity::Warning, u"An invoice read from its QR code alone has its total and seller"_s,
         u"仅从二维码读取的发票已补全价税合计和销售方"_s},
        {u"buyer_mismatch"_s, Severity::Warning, u"The buyer is your company"_s, u"购买方为本公司"_s},
        {u"source_conflict"_s, Severity::Warning, u"All sources read the same values"_s,
         u"各来源识别结果一致"_s},
        {u"ocr_crosscheck"_s, Severity::Warning,
         u"Values read by OCR agree with the amount in words, the sum and the tax-ID check"_s,
         u"OCR 识别值与大写金额、金额之和及税号校验位相符"_s},
        {u"duplicate"_s, Severity::Error, u"No invoice appears twice in one run"_s, u"同一批次中无重复发票"_s},
    };
    return rules;
}

QStringList allRuleIds()
{
    QStringList ids;
    for (const RuleInfo &r : allRules())
        ids << r.id;
    return ids;
}

FindingList validateInvoice(const Invoice &invoice, const ValidationContext &context)
{
    FindingList out;
    out << rules::checkTotal(invoice) << rules::checkItemsSum(invoice) << rules::checkItemTax(invoice)
        << rules::checkWords(invoice) << rules::checkTaxIds(invoice) << rules::checkCodeType(invoice)
        << rules::checkNumberFormat(invoice) << rules::checkDate(invoice, context.today)
        << rules::checkQr(invoice) << rules::checkQrOnly(invoice) << rules::checkBuyer(invoice, context)
        << rules::checkSourceConflicts(invoice) << rules::checkOcrCrossCheck(invoice);
    return out;
}

void revalidate(Invoice &invoice, const ValidationContext &context)
{
    QSet<QString> ours;
    for (const QString &id : allRuleIds())
        if (id != u"duplicate")
            ours.insert(id);
    invoice.findings.removeIf([&](const Finding &f) { return ours.contains(f.rule); });
    invoice.findings << validateInvoice(invoice, context);
}

QString invoiceIdentity(const Invoice &invoice)
{
    const QString number = text::stripNumberPrefix(invoice.value(u"number"_s));
    if (number.isEmpty())
        return {};
    bool digits = true;
    for (QChar c : number)
        digits = digits && c >= u'0' && c <= u'9';
    // A 数电 number is unique on its own; an 8-digit number only together with its code.
    if (digits && number.size() == 20)
        return u"number:"_s + number;
    const QString code = text::compact(invoice.value(u"code"_s));
    if (code.isEmpty())
        return {};
    return u"code:"_s + code + u'/' + number;
}

int markDuplicates(const QList<Invoice *> &invoices, const QStringList &labels, DuplicateScope scope)
{
    constexpr qsizetype kListedDuplicates = 5;
    const auto label = [&](qsizetype i) {
        const QString l = i < labels.size() ? labels.at(i) : QString();
        return l.isEmpty() ? u"invoice #%1"_s.arg(i + 1) : l;
    };

    QHash<QString, QList<qsizetype>> byIdentity;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        Invoice *inv = invoices.at(i);
        if (!inv)
            continue;
        inv->findings.removeIf([](const Finding &f) { return f.rule == u"duplicate"; });
        const QString id = invoiceIdentity(*inv);
        if (!id.isEmpty())
            byIdentity[id].append(i);
    }

    int marked = 0;
    for (auto it = byIdentity.cbegin(); it != byIdentity.cend(); ++it) {
        const QList<qsizetype> &group = it.value();
        if (group.size() < 2)
            continue;
        for (qsizetype i : group) {
            Invoice *inv = invoices.at(i);
            // The first few others by name, then "and others": a finding does not grow with the
            // group, and does not change when one more copy comes (the claim would otherwise
            // rewrite every copy's finding, and the claim file would grow, with each addition).
            QStringList others;
            bool more = false;
            for (qsizetype j : group) {
                if (j == i)
                    continue;
                if (others.size() < kListedDuplicates)
                    others << label(j);
                else
                    more = true;
            }
            const QString othersEn = others.join(u"; "_s) + (more ? u"; and others"_s : QString());
            const QString othersZh = others.join(u"；"_s) + (more ? u"等"_s : QString());
            const QString number = text::stripNumberPrefix(inv->value(u"number"_s));
            const QString code = text::compact(inv->value(u"code"_s));
            const bool byNumber = it.key().startsWith(u"number:");
            const QString whatEn = byNumber ? u"Invoice number %1"_s.arg(number)
                                            : u"Invoice code %1, number %2"_s.arg(code, number);
            const QString whatZh = byNumber ? u"发票号码 %1"_s.arg(number)
                                            : u"发票代码 %1、号码 %2"_s.arg(code, number);
            QStringList fields = {u"number"_s};
            if (!byNumber)
                fields.prepend(u"code"_s);
            inv->findings << rules::detail::makeFinding(
                u"duplicate"_s, Severity::Error,
                scope == DuplicateScope::Claim
                    ? u"%1 appears more than once in this claim: also %2."_s.arg(whatEn, othersEn)
                    : u"%1 appears more than once in this run: also %2."_s.arg(whatEn, othersEn),
                scope == DuplicateScope::Claim
                    ? u"%1在本报销单中重复出现：另见 %2。"_s.arg(whatZh, othersZh)
                    : u"%1在本次处理中重复出现：另见 %2。"_s.arg(whatZh, othersZh),
                fields);
            ++marked;
        }
    }
    return marked;
}

} // namespace ra
