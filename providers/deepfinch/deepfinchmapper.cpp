#include "deepfinchmapper.h"

#include "core/clouderror.h"
#include "deepfinchapi.h"
#include "qiniu/vendorvalues.h"
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

// amount_info: the page calls tax_amount_total "价税合计", but its example has it empty next to
// amount_in_figuers (小写) = amount_total on a tax-free invoice, and its name says tax total:
// it is the 合计税额 cell. The 价税合计 is amount_in_figuers.
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
    {u"amount_info", u"tax_amount_total", u"tax_amount", Kind::Money},
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
