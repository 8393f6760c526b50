#include "deepfinchmapper.h"

#include "core/clouderror.h"
#include "deepfinchapi.h"
#include "vendor/vendorvalues.h"
#include "money.h"
#include "typeinference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::deepfinch {
namespace {

using vendor::Kind;

struct Rule
{
    QStringView section;
    QStringView key;
    QStringView field;
    Kind kind;
};

// amount_info: the page calls tax_amount_total "价税合计", but its name says tax total and its
// example has it empty next to amount_in_figuers (小写) = amount_total on a tax-free invoice.
// Which it is gets decided per answer by arithmetic (placeTaxAmountTotal below); the 价税合计
// of the rules is amount_in_figuers.
constexpr Rule kRules[] = {
    {u"invoice_info", u"invoice_code", u"code", Kind::Code},
    {u"invoice_info", u"invoice_numb", u"number", Kind::Code},
    {u"invoice_info", u"invoice_date", u"date", Kind::Date},
    {u"invoice_info", u"invoice_check_code", u"check_code", Kind::Code},
    {u"invoice_info", u"machine_code", u"machine_code", Kind::Code},
    {u"invoice_info", u"invoice_title", u"title", Kind::Text},
    {u"buyer_info", u"name", u"buyer_name", Kind::Text},
    {u"buyer_info", u"checkcode", u"buyer_tax_id", Kind::Code},
    {u"buyer_info", u"address_and_phone", u"buyer_address_phone", Kind::Text},
    {u"buyer_info", u"bank_info", u"buyer_bank_account", Kind::Text},
    {u"seller_info", u"name", u"seller_name", Kind::Text},
    {u"seller_info", u"checkcode", u"seller_tax_id", Kind::Code},
    {u"seller_info", u"address_and_phone", u"seller_address_phone", Kind::Text},
    {u"seller_info", u"bank_info", u"seller_bank_account", Kind::Text},
    {u"amount_info", u"amount_total", u"pretax_amount", Kind::Money},
    {u"amount_info", u"amount_in_figuers", u"total", Kind::Money},
    {u"amount_info", u"amount_in_figures", u"total", Kind::Money},
    {u"amount_info", u"amount_in_words", u"total_in_words", Kind::Text},
};

struct ItemRule
{
    QStringView key;
    QStringView field;
    Kind kind;
};

constexpr ItemRule kItemRules[] = {
    {u"detail_name", u"name", Kind::Text},
    {u"amount", u"amount", Kind::Money},
    {u"tax_rate", u"tax_rate", Kind::TaxRate},
    {u"tax_amount", u"tax_amount", Kind::Money},
    // Not in the readable part of the page; taken when present.
    {u"specification", u"spec", Kind::Text},
    {u"spec", u"spec", Kind::Text},
    {u"unit", u"unit", Kind::Text},
    {u"quantity", u"quantity", Kind::Text},
    {u"price", u"unit_price", Kind::Text},
    {u"unit_price", u"unit_price", Kind::Text},
};

struct Leaf
{
    QJsonValue text;
    QPolygonF polygon;
};

// {txt, region} → text and polygon on the page; a bare string is taken as the text.
Leaf leaf(const QJsonValue &v, const QTransform &toPage)
{
    Leaf l;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        l.text = o.contains(u"txt") ? o.value(u"txt") : o.value(u"text");
        const QPolygonF p = vendor::pointsPolygon(o.value(u"region"));
        l.polygon = p.isEmpty() ? p : toPage.map(p);
    } else if (!v.isArray()) {
        l.text = v;
    }
    return l;
}

// 密码区: one {txt, region} per line (or a single one). Lines joined by '\n'; the polygon is
// the rectangle around every line's polygon.
void putCiphertext(Invoice &inv, const QJsonValue &v, const QString &source, const PageContext &ctx)
{
    const QJsonArray lines = v.isArray() ? v.toArray() : QJsonArray{v};
    QStringList texts;
    QRectF bounds;
    for (const QJsonValue &line : lines) {
        const Leaf l = leaf(line, ctx.toPage);
        const QString t = vendor::normalize(l.text, Kind::Text).value;
        if (t.isEmpty())
            continue;
        texts << t;
        if (!l.polygon.isEmpty())
            bounds = bounds.isNull() ? l.polygon.boundingRect() : bounds.united(l.polygon.boundingRect());
    }
    if (texts.isEmpty())
        return;
    QPolygonF polygon;
    if (!bounds.isNull())
        polygon = QPolygonF({bounds.topLeft(), bounds.topRight(), bounds.bottomRight(), bounds.bottomLeft()});
    inv.set(u"ciphertext"_s, makeField(texts.join(u'\n'), source, polygon, polygon.isEmpty() ? 0 : ctx.page));
}

QString fenText(qint64 fen)
{
    return money::formatFen(fen);
}

Finding meaningFinding(Severity severity, const QString &field, const QString &en, const QString &zh)
{
    Finding f;
    f.rule = QString::fromLatin1(kTaxAmountTotalRule);
    f.severity = severity;
    f.message = en;
    f.messageZh = zh;
    f.fields = {field};
    return f;
}

// amount_info.tax_amount_total: the seed's table names it 价税合计 (the total), its name and the
// seed's example say 合计税额 (the tax). The answer decides, by arithmetic with amount_total (P,
// the pre-tax amount) and amount_in_figuers (T, the total):
//   P + X = T → the tax amount;  X = T → the total;
//   only one of P and T: |X| < |P| → tax (a rate under 100 %), else total; |X| < |T| → tax, X = T → total;
//   neither, or X = 0 against nothing: as documented, the total, marked uncertain;
//   both, and it fits neither sum: the tax when it is below both, else the total, with a warning.
// Where the answer says tax, contrary to the document, an info finding says so.
void placeTaxAmountTotal(Invoice &inv, const QJsonValue &v, const QString &source, const PageContext &ctx)
{
    const Leaf l = leaf(v, ctx.toPage);
    const vendor::Normalized n = vendor::normalize(l.text, Kind::Money);
    if (n.invalid) {
        // Unreadable: its role cannot be told; reported under its own name's meaning.
        inv.findings.append(vendor::invalidValueFinding(u"tax_amount"_s, n.raw, Kind::Money, source));
        return;
    }
    if (n.value.isNull())
        return;
    const qint64 x = *money::parseFen(n.value);
    const std::optional<qint64> p = money::parseFen(inv.value(u"pretax_amount"_s)); // absent: nullopt
    const std::optional<qint64> t = money::parseFen(inv.value(u"total"_s));

    enum class Role { Tax, Total };
    Role role = Role::Total;
    bool uncertain = false;
    bool fitsNeither = false;
    if (p && t) {
        if (*p + x == *t)
            role = Role::Tax;
        else if (x == *t)
            role = Role::Total;
        else {
            fitsNeither = true;
            role = (qAbs(x) < qAbs(*p) && qAbs(x) < qAbs(*t)) ? Role::Tax : Role::Total;
        }
    } else if (p) {
        role = qAbs(x) < qAbs(*p) ? Role::Tax : Role::Total;
    } else if (t) {
        role = x == *t ? Role::Total : (qAbs(x) < qAbs(*t) ? Role::Tax : Role::Total);
        if (role == Role::Total && x != *t)
            fitsNeither = true; // above the total: no tax, and not the total either
    } else {
        uncertain = true; // nothing to reckon with: as documented
    }

    const QString field = role == Role::Tax ? u"tax_amount"_s : u"total"_s;
    Field f = makeField(n.value, source, l.polygon, l.polygon.isEmpty() ? 0 : ctx.page);
    f.uncertain = uncertain || fitsNeither;
    inv.offer(field, f);

    const QString xs = fenText(x);
    if (fitsNeither) {
        const QString ps = p ? fenText(p.value_or(0)) : u"—"_s, ts = t ? fenText(t.value_or(0)) : u"—"_s;
        const QString asEn = role == Role::Tax ? u"the tax amount"_s : u"the total"_s;
        const QString asZh = role == Role::Tax ? u"合计税额"_s : u"价税合计"_s;
        inv.findings.append(meaningFinding(Severity::Warning, field,
            QCoreApplication::translate("DeepFinchProvider",
                "DeepFinch's tax_amount_total (%1, documented as 价税合计) neither equals the total (%3) nor "
                "adds to the pre-tax amount (%2) to make it; it was taken as %4. Check the amounts against "
                "the paper.").arg(xs, ps, ts, asEn),
            u"深源恒际返回的 tax_amount_total（%1，文档称价税合计）既不等于价税合计（%3），与合计金额（%2）之和"
            u"也不等于价税合计；已按%4处理，请对照原件核对金额。"_s.arg(xs, ps, ts, asZh)));
    } else if (role == Role::Tax) {
        QString en, zh;
        if (p && t) {
            en = QCoreApplication::translate("DeepFinchProvider",
                     "DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it is the "
                     "tax amount: %1 + %2 = %3. It was read as 合计税额.").arg(fenText(*p), xs, fenText(*t));
            zh = u"深源恒际文档称 tax_amount_total 为价税合计，但本张发票中它是税额：%1 + %2 = %3，已作为合计税额读取。"_s
                     .arg(fenText(*p), xs, fenText(*t));
        } else {
            const QString other = fenText(p ? p.value_or(0) : t.value_or(0));
            en = QCoreApplication::translate("DeepFinchProvider",
                     "DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it (%1) is "
                     "less than the %2 (%3), so it was read as 合计税额, the tax amount.")
                     .arg(xs, p ? u"pre-tax amount"_s : u"total"_s, other);
            zh = u"深源恒际文档称 tax_amount_total 为价税合计，但本张发票中它（%1）小于%2（%3），已作为合计税额读取。"_s
                     .arg(xs, p ? u"合计金额"_s : u"价税合计"_s, other);
        }
        inv.findings.append(meaningFinding(Severity::Info, field, en, zh));
    }
}

} // namespace

vendor::PageOutcome mapOcrBody(const QByteArray &body, const QString &requestId, const PageContext &context)
{
    vendor::PageOutcome out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    const QString vendorRequestId = vendor::scalarText(root.value(u"request_id")).trimmed();
    const QString rid = vendorRequestId.isEmpty() ? requestId : vendorRequestId;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                       QCoreApplication::translate("DeepFinchProvider",
                                           "the answer is not valid JSON (%1)").arg(parseError.errorString()),
                                       rid);
        return out;
    }
    const QString status = vendor::scalarText(root.value(u"status")).trimmed();
    if (status != u"OK") {
        const QString reason = vendor::scalarText(root.value(u"reason")).trimmed();
        out.error = cloud::vendorError(QString::fromLatin1(status.isEmpty() ? ErrorCode::BadResponse
                                                                            : ErrorCode::VendorError),
                                       vendorName(), status, reason, rid);
        return out;
    }
    const QJsonObject result = root.value(u"result").toObject();
    if (result.isEmpty()) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                       QCoreApplication::translate("DeepFinchProvider", "the answer has no result"),
                                       rid);
        return out;
    }

    Invoice inv;
    inv.page = context.page;
    inv.pageSize = context.pageSize;
    const QString prefix = u"deepfinch:result."_s;
    for (const Rule &r : kRules) {
        const QString field = r.field.toString();
        if (inv.has(field))
            continue;
        const QJsonValue v = result.value(r.section).toObject().value(r.key);
        if (v.isUndefined())
            continue;
        const Leaf l = leaf(v, context.toPage);
        vendor::put(inv, field, l.text, r.kind, prefix + r.section.toString() + u'.' + r.key.toString(),
                    l.polygon, context.page);
    }
    const QJsonValue taxAmountTotal = result.value(u"amount_info").toObject().value(u"tax_amount_total");
    if (!taxAmountTotal.isUndefined())
        placeTaxAmountTotal(inv, taxAmountTotal, prefix + u"amount_info.tax_amount_total"_s, context);
    const QJsonValue password = result.value(u"invoice_info").toObject().value(u"invoice_password");
    if (!password.isUndefined())
        putCiphertext(inv, password, prefix + u"invoice_info.invoice_password"_s, context);

    const QJsonArray details = result.value(u"detail_info").toArray();
    for (int i = 0; i < details.size(); ++i) {
        const QJsonObject d = details.at(i).toObject();
        FieldMap item;
        for (const ItemRule &r : kItemRules) {
            const QString field = r.field.toString();
            if (item.contains(field) || !d.contains(r.key))
                continue;
            const Leaf l = leaf(d.value(r.key), context.toPage);
            vendor::put(inv, item, field, l.text, r.kind,
                        prefix + u"detail_info[%1]."_s.arg(i) + r.key.toString(), l.polygon, context.page);
        }
        if (!item.isEmpty())
            inv.items.append(item);
    }

    // A result with nothing readable is no invoice (an image of something else).
    if (inv.fields.isEmpty() && inv.items.isEmpty()) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::NoInvoice), vendorName(), status,
                                       QCoreApplication::translate("DeepFinchProvider",
                                           "no invoice field was recognised on the image"),
                                       rid);
        return out;
    }
    inferInvoiceType(inv);
    out.invoices.append(inv);
    return out;
}

} // namespace ra::deepfinch
