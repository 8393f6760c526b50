// Cross-source rules: qr_mismatch (the QR payload against the printed values) and
// source_conflict (two non-QR sources disagree).
#include "validation/rules.h"

#include "dates.h"
#include "money.h"
#include "qr/qrpayload.h"
#include "textnormalize.h"
#include "validation/ruleutil.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::rules {

using namespace detail;

namespace {

QString digitsOnly(const QString &s)
{
    QString out;
    for (QChar c : text::compact(s))
        if (c >= u'0' && c <= u'9')
            out.append(c);
    return out;
}

QString sourceName(const QString &source) { return source.isEmpty() ? u"?"_s : source; }

// QR kinds whose amount was confirmed on the real fixtures to be the pre-tax 合计金额, plus the
// other legacy VAT kinds of the same family (invoice-standards.md c.1, c.2).
bool isPretaxKind(const QString &kind)
{
    static const QStringList kinds = {u"01"_s, u"02"_s, u"03"_s, u"04"_s, u"10"_s, u"11"_s,
                                      u"14"_s, u"15"_s, u"20"_s};
    return kinds.contains(kind);
}

// The QR kinds whose amount is known to be 价税合计 (confirmed: 31/32/51/61).
bool isInclusiveKind(const QString &kind)
{
    static const QStringList kinds = {u"31"_s, u"32"_s, u"51"_s, u"61"_s};
    return kinds.contains(kind);
}

class QrChecker
{
public:
    explicit QrChecker(const Invoice &inv) : m_inv(inv) {}

    void check(const qr::InvoicePayload &p)
    {
        if (!p.code.isEmpty())
            compare(u"code"_s, p.code, [&](const QString &v) { return text::compact(v) == p.code; });
        compare(u"number"_s, p.number,
                [&](const QString &v) { return text::stripNumberPrefix(v) == p.number; });
        compare(u"date"_s, dates::formatDate(p.date), [&](const QString &v) {
            const auto d = dates::parseDate(v);
            return d && *d == p.date;
        });
        if (!p.checkCode.isEmpty())
            compare(u"check_code"_s, p.checkCode, [&](const QString &v) {
                const QString printed = digitsOnly(v);
                // A provider that read only the tail (the 6 digits 查验 asks for) still agrees.
                return printed == p.checkCode
                    || (printed.size() >= 5 && printed.size() < p.checkCode.size()
                        && p.checkCode.endsWith(printed));
            });
        checkAmount(p);
    }

    void checkAlternatives()
    {
        for (auto it = m_inv.alternatives.cbegin(); it != m_inv.alternatives.cend(); ++it) {
            const QString &key = it.key();
            const Field accepted = m_inv.fields.value(key);
            if (accepted.isNull() || m_reported.contains(key))
                continue;
            for (const Field &alt : it.value()) {
                if (isQrSource(alt.source) == isQrSource(accepted.source)
                    || sameValue(key, alt.value, accepted.value))
                    continue;
                const Field &qrField = isQrSource(alt.source) ? alt : accepted;
                const Field &other = isQrSource(alt.source) ? accepted : alt;
                if (amountMatchesEither(key, qrField.value))
                    continue;
                report(key, qrField.value, other.value, sourceName(other.source));
                break;
            }
        }
    }

    FindingList findings() const { return m_out; }

private:
    // A QR amount offered under the wrong amount key (a kind whose amount meaning is unconfirmed)
    // is no disagreement while it equals the other printed amount; the payload check above
    // already holds confirmed kinds to the right one.
    bool amountMatchesEither(const QString &key, const QString &qrValue) const
    {
        if (key != u"pretax_amount" && key != u"total")
            return false;
        for (const QString &k : {u"pretax_amount"_s, u"total"_s}) {
            const Field f = m_inv.fields.value(k);
            if (!f.isNull() && !isQrSource(f.source) && sameValue(k, f.value, qrValue))
                return true;
        }
        return false;
    }

    template<typename Equal>
    void compare(const QString &key, const QString &qrValue, Equal equal)
    {
        const Field f = m_inv.fields.value(key);
        // A value taken from the QR itself agrees trivially; alternatives cover the rest.
        if (f.isNull() || isQrSource(f.source) || m_reported.contains(key) || equal(f.value))
            return;
        report(key, qrValue, f.value, QString());
    }

    void checkAmount(const qr::InvoicePayload &p)
    {
        const QString qrAmount = money::formatFen(p.amountFen);
        const auto usable = [&](const QString &key) -> std::optional<qint64> {
            const Field f = m_inv.fields.value(key);
            if (f.isNull() || isQrSource(f.source))
                return std::nullopt;
            return fenOf(m_inv, key);
        };
        const auto pretax = usable(u"pretax_amount"_s);
        const auto total = usable(u"total"_s);
        if (isPretaxKind(p.kind) || isInclusiveKind(p.kind)) {
            const QString key = isInclusiveKind(p.kind) ? u"total"_s : u"pretax_amount"_s;
            const auto printed = isInclusiveKind(p.kind) ? total : pretax;
            if (printed && *printed != p.amountFen && !m_reported.contains(key))
                report(key, qrAmount, money::formatFen(*printed), QString());
            return;
        }
        // Kinds whose amount meaning is unconfirmed (数电 vehicles, the short toll form): the
        // amount must equal one of the two (invoice-standards.md c.1).
        if ((!pretax && !total) || (pretax && *pretax == p.amountFen) || (total && *total == p.amountFen))
            return;
        if (m_reported.contains(u"pretax_amount"_s) || m_reported.contains(u"total"_s))
            return;
        m_reported << u"pretax_amount"_s << u"total"_s;
        const QString pretaxText = pretax ? money::formatFen(*pretax) : u"–"_s;
        const QString totalText = total ? money::formatFen(*total) : u"–"_s;
        m_out << makeFinding(u"qr_mismatch"_s, Severity::Error,
                             u"The QR code's amount %1 matches neither the pre-tax amount %2 nor the total %3."_s
                                 .arg(qrAmount, pretaxText, totalText),
                             u"二维码中的金额 %1 与合计金额 %2、价税合计 %3 均不一致。"_s
                                 .arg(qrAmount, pretaxText, totalText),
                             {u"pretax_amount"_s, u"total"_s});
    }

    // `otherSource` empty: the accepted, printed value; otherwise name where it came from.
    void report(const QString &key, const QString &qrValue, const QString &otherValue,
                const QString &otherSource)
    {
        m_reported.insert(key);
        const QString en = otherSource.isEmpty()
            ? u"The QR code says the %1 is %2, but the invoice shows %3."_s.arg(labelEn(key), qrValue, otherValue)
            : u"The QR code says the %1 is %2, but %3 gives %4."_s.arg(labelEn(key), qrValue, otherSource, otherValue);
        const QString zh = otherSource.isEmpty()
            ? u"二维码中的%1为 %2，但票面%1为 %3。"_s.arg(labelZh(key), qrValue, otherValue)
            : u"二维码中的%1为 %2，但 %3 给出 %4。"_s.arg(labelZh(key), qrValue, otherSource, otherValue);
        m_out << makeFinding(u"qr_mismatch"_s, Severity::Error, en, zh, {key});
    }

    const Invoice &m_inv;
    QSet<QString> m_reported;
    FindingList m_out;
};

} // namespace

FindingList checkQr(const Invoice &inv)
{
    QrChecker checker(inv);
    for (const QString &text : inv.qrcodes)
        if (const auto p = qr::parseInvoicePayload(text))
            checker.check(*p);
    checker.checkAlternatives();
    return checker.findings();
}

// An invoice read from its QR code alone (a photo the text of which nobody read) has what the
// payload carries: code, number, date, one amount, check code. Say what it lacks and point at the
// fields to fill, so it is not taken as complete (and adds ¥0 to the claim without a word).
FindingList checkQrOnly(const Invoice &inv)
{
    bool any = false;
    for (auto it = inv.fields.cbegin(); it != inv.fields.cend(); ++it) {
        if (it->isNull() || it->value.isEmpty())
            continue;
        any = true;
        if (!(it->source == u"qr" || it->source.startsWith(u"qr:")))
            return {};
    }
    if (!any)
        return {};
    QStringList missing;
    QStringList en;
    QStringList zh;
    if (inv.value(u"total"_s).isEmpty()) {
        missing << u"total"_s;
        en << u"the total (价税合计)"_s;
        zh << u"价税合计"_s;
    }
    if (inv.value(u"seller_name"_s).isEmpty()) {
        missing << u"seller_name"_s;
        en << u"the seller"_s;
        zh << u"销售方名称"_s;
    }
    if (missing.isEmpty())
        return {};
    return {makeFinding(u"qr_only_missing"_s, Severity::Warning,
                        u"Read from the QR code only, which does not carry %1: enter it from the invoice."_s.arg(
                            en.join(u" or "_s)),
                        u"仅从二维码读取，二维码不含%1：请按发票填写。"_s.arg(zh.join(u"和"_s)), missing)};
}

FindingList checkSourceConflicts(const Invoice &inv)
{
    FindingList out;
    for (auto it = inv.alternatives.cbegin(); it != inv.alternatives.cend(); ++it) {
        const QString &key = it.key();
        const Field accepted = inv.fields.value(key);
        if (accepted.isNull() || isQrSource(accepted.source))
            continue; // QR against anything else is qr_mismatch
        QStringList seen;
        for (const Field &alt : it.value()) {
            if (alt.isNull() || isQrSource(alt.source) || sameValue(key, alt.value, accepted.value))
                continue;
            // an OCR reading against what the invoice's own checks give is ocr_crosscheck
            if (isOcrSource(accepted.source) && isOcrSource(alt.source))
                continue;
            bool repeated = false;
            for (const QString &s : std::as_const(seen))
                repeated = repeated || sameValue(key, s, alt.value);
            if (repeated)
                continue;
            seen << alt.value;
            QString en, zh;
            if (isPersonalKey(key)) {
                en = u"Sources disagree on the %1: %2 (used) and %3 read different values."_s
                         .arg(labelEn(key), sourceName(accepted.source), sourceName(alt.source));
                zh = u"不同来源的%1不一致：%2（已采用）与 %3 读到的值不同。"_s
                         .arg(labelZh(key), sourceName(accepted.source), sourceName(alt.source));
            } else {
                en = u"Sources disagree on the %1: %2 (%3, used) vs %4 (%5)."_s
                         .arg(labelEn(key), accepted.value, sourceName(accepted.source), alt.value,
                              sourceName(alt.source));
                zh = u"不同来源的%1不一致：%2（%3，已采用）与 %4（%5）。"_s
                         .arg(labelZh(key), accepted.value, sourceName(accepted.source), alt.value,
                              sourceName(alt.source));
            }
            out << makeFinding(u"source_conflict"_s, Severity::Warning, en, zh, {key});
        }
    }
    return out;
}

} // namespace ra::rules
