#include "tencentvatmapper.h"

#include "vendor/vendorvalues.h"
#include "tencentvalues.h"
#include "textnormalize.h"
#include "typeinference.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace ra::tencent {
namespace {

using namespace values;

enum class Kind { Text, Digits, Money, Date, Flag, TaxRate, Decimal, Words, Ignore };

struct Target
{
    const char *key;
    Kind kind;
};

// VatInvoiceInfos Name → normalized key, for the invoice's own fields.
const QMap<QString, Target> &invoiceNames()
{
    static const QMap<QString, Target> m = {
        {QStringLiteral("发票代码"), {"code", Kind::Digits}},
        {QStringLiteral("发票号码"), {"number", Kind::Digits}},
        {QStringLiteral("打印发票代码"), {"printed_code", Kind::Digits}},
        {QStringLiteral("打印发票号码"), {"printed_number", Kind::Digits}},
        {QStringLiteral("开票日期"), {"date", Kind::Date}},
        {QStringLiteral("校验码"), {"check_code", Kind::Digits}},
        {QStringLiteral("机器编号"), {"machine_code", Kind::Digits}},
        {QStringLiteral("发票名称"), {"title", Kind::Text}},
        {QStringLiteral("联次"), {"form_type", Kind::Text}},
        {QStringLiteral("联次名称"), {"form_name", Kind::Text}},
        {QStringLiteral("发票消费类型"), {"kind", Kind::Text}},
        {QStringLiteral("服务类型"), {"service_name", Kind::Text}},
        {QStringLiteral("省"), {"province", Kind::Text}},
        {QStringLiteral("市"), {"city", Kind::Text}},
        {QStringLiteral("购买方名称"), {"buyer_name", Kind::Text}},
        {QStringLiteral("购买方识别号"), {"buyer_tax_id", Kind::Digits}},
        {QStringLiteral("购买方地址、电话"), {"buyer_address_phone", Kind::Text}},
        {QStringLiteral("购买方开户行及账号"), {"buyer_bank_account", Kind::Text}},
        {QStringLiteral("销售方名称"), {"seller_name", Kind::Text}},
        {QStringLiteral("销售方识别号"), {"seller_tax_id", Kind::Digits}},
        {QStringLiteral("销售方地址、电话"), {"seller_address_phone", Kind::Text}},
        {QStringLiteral("销售方开户行及账号"), {"seller_bank_account", Kind::Text}},
        {QStringLiteral("合计金额"), {"pretax_amount", Kind::Money}},
        {QStringLiteral("合计税额"), {"tax_amount", Kind::Money}},
        {QStringLiteral("小写金额"), {"total", Kind::Money}},
        {QStringLiteral("价税合计(大写)"), {"total_in_words", Kind::Text}},
        {QStringLiteral("价税合计"), {"total", Kind::Money}},
        {QStringLiteral("车船税"), {"travel_tax", Kind::Money}},
        {QStringLiteral("开票人"), {"issuer", Kind::Text}},
        {QStringLiteral("收款人"), {"payee", Kind::Text}},
        {QStringLiteral("复核"), {"reviewer", Kind::Text}},
        {QStringLiteral("备注"), {"remark", Kind::Text}},
        {QStringLiteral("车牌号"), {"license_plate", Kind::Text}},
        {QStringLiteral("通行日期起"), {"travel_date", Kind::Date}},
        {QStringLiteral("通行日期止"), {"travel_date_end", Kind::Date}},
        {QStringLiteral("是否有公司印章"), {"company_seal", Kind::Flag}},
        {QStringLiteral("是否代开"), {"agent_issued", Kind::Flag}},
        {QStringLiteral("是否收购"), {"acquisition", Kind::Flag}},
        {QStringLiteral("通行费标志"), {"transit_mark", Kind::Flag}},
        {QStringLiteral("成品油标志"), {"oil_mark", Kind::Flag}},
        {QStringLiteral("发票类型"), {"", Kind::Words}},
        {QStringLiteral("类型"), {"", Kind::Ignore}},
        {QStringLiteral("二维码"), {"", Kind::Ignore}},
    };
    return m;
}

// Names that belong to a line-item row; they repeat once per row.
const QMap<QString, Target> &itemNames()
{
    static const QMap<QString, Target> m = {
        {QStringLiteral("货物或应税劳务、服务名称"), {"name", Kind::Text}},
        {QStringLiteral("项目名称"), {"name", Kind::Text}},
        {QStringLiteral("规格型号"), {"spec", Kind::Text}},
        {QStringLiteral("单位"), {"unit", Kind::Text}},
        {QStringLiteral("数量"), {"quantity", Kind::Decimal}},
        {QStringLiteral("单价"), {"unit_price", Kind::Decimal}},
        {QStringLiteral("金额"), {"amount", Kind::Money}},
        {QStringLiteral("税率"), {"tax_rate", Kind::TaxRate}},
        {QStringLiteral("税额"), {"tax_amount", Kind::Money}},
    };
    return m;
}

// "(购买方地址、电话)" and "（…）" are the same label as "购买方地址、电话".
QString canonicalName(const QString &name)
{
    QString n = text::compact(name);
    n.replace(QStringLiteral("（"), QStringLiteral("(")).replace(QStringLiteral("）"), QStringLiteral(")"));
    if (n.startsWith(QLatin1Char('(')) && n.endsWith(QLatin1Char(')')))
        n = n.mid(1, n.size() - 2);
    return n;
}

double coord(const QJsonValue &v)
{
    bool ok = false;
    const double d = v.isString() ? v.toString().toDouble(&ok) : v.toDouble();
    return (v.isString() && !ok) || !std::isfinite(d) ? 0.0 : d;
}

QPolygonF polygon(const QJsonValue &v, double scale)
{
    const QJsonObject o = v.toObject();
    QPolygonF p;
    for (const char *corner : {"LeftTop", "RightTop", "RightBottom", "LeftBottom"}) {
        const QJsonValue c = o.value(QLatin1String(corner));
        if (!c.isObject())
            return {};
        p << QPointF(coord(c.toObject().value(QLatin1String("X"))) * scale,
                     coord(c.toObject().value(QLatin1String("Y"))) * scale);
    }
    return p;
}

std::optional<QString> normalize(Kind kind, const QString &raw, const QString &key, QStringList *warnings)
{
    switch (kind) {
    case Kind::Text: return plain(raw);
    case Kind::Digits: return digits(raw);
    case Kind::Money: return money(raw, key, warnings);
    case Kind::Date: return date(raw, key, warnings);
    case Kind::Flag: return flag(raw, key, warnings);
    case Kind::TaxRate: return taxRate(raw);
    case Kind::Decimal: return decimal(raw, key, warnings);
    case Kind::Words:
    case Kind::Ignore: break;
    }
    return std::nullopt;
}

vendor::Kind findingKind(Kind kind)
{
    switch (kind) {
    case Kind::Money: return vendor::Kind::Money;
    case Kind::Date: return vendor::Kind::Date;
    case Kind::Flag: return vendor::Kind::Flag;
    default: return vendor::Kind::Text;   // "a value"
    }
}

// normalize(), and a present value that does not parse is said: a vendor_value_invalid finding
// naming the field (`fieldKey`: "tax_amount", "items[1].amount"), the raw text and the vendor's
// label — what the Qiniu, Ekuaibao and DeepFinch adapters do — besides the warning.
std::optional<QString> take(Kind kind, const QString &raw, const QString &vendorPath, const QString &fieldKey,
                            const QString &source, FindingList &findings, QStringList *warnings)
{
    QStringList said;
    const auto v = normalize(kind, raw, vendorPath, &said);
    if (!said.isEmpty()) {
        if (warnings)
            *warnings << said;
        findings << vendor::invalidValueFinding(fieldKey, raw.trimmed(), findingKind(kind), source);
    }
    return v;
}

QPolygonF boundingQuad(const QList<QPolygonF> &polys)
{
    QRectF r;
    for (const QPolygonF &p : polys)
        r = r.isNull() ? p.boundingRect() : r.united(p.boundingRect());
    if (r.isNull())
        return {};
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

struct Cell
{
    QString name;     // canonical
    QString value;
    QPolygonF polygon;
};

// Groups line-item cells into rows: by vertical position when they have polygons (cells of
// one row overlap vertically), otherwise a row ends when a name repeats.
QList<QList<Cell>> groupRows(const QList<Cell> &cells)
{
    QList<QList<Cell>> rows;
    const bool positioned = std::all_of(cells.begin(), cells.end(), [](const Cell &c) { return !c.polygon.isEmpty(); });
    if (!positioned) {
        QList<Cell> row;
        for (const Cell &c : cells) {
            if (std::any_of(row.begin(), row.end(), [&](const Cell &x) { return x.name == c.name; })) {
                rows << row;
                row.clear();
            }
            row << c;
        }
        if (!row.isEmpty())
            rows << row;
        return rows;
    }
    QList<Cell> sorted = cells;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Cell &a, const Cell &b) {
        return a.polygon.boundingRect().center().y() < b.polygon.boundingRect().center().y();
    });
    QRectF band;
    for (const Cell &c : sorted) {
        const QRectF r = c.polygon.boundingRect();
        const bool sameRow = !rows.isEmpty() && r.center().y() >= band.top() && r.center().y() <= band.bottom()
                             && std::none_of(rows.last().begin(), rows.last().end(),
                                             [&](const Cell &x) { return x.name == c.name; });
        if (sameRow) {
            rows.last() << c;
            band = band.united(r);
        } else {
            rows << QList<Cell>{c};
            band = r;
        }
    }
    return rows;
}

FieldMap rowToItem(const QList<Cell> &row, int page, int index, FindingList &findings, QStringList *warnings)
{
    FieldMap item;
    for (const Cell &c : row) {
        const Target t = itemNames().value(c.name);
        const QString key = QString::fromLatin1(t.key);
        const QString source = QStringLiteral("tencent-vat:") + c.name;
        if (const auto v = take(t.kind, c.value, QStringLiteral("VatInvoiceInfos.") + c.name,
                                QStringLiteral("items[%1].").arg(index) + key, source, findings, warnings))
            item.insert(key, makeField(*v, source, c.polygon, c.polygon.isEmpty() ? 0 : page));
    }
    return item;
}

// A name cell alone on its row is the wrapped second line of the previous item's name.
QList<FieldMap> rowsToItems(const QList<QList<Cell>> &rows, int page, FindingList &findings, QStringList *warnings)
{
    QList<FieldMap> items;
    for (const QList<Cell> &row : rows) {
        FieldMap item = rowToItem(row, page, int(items.size()), findings, warnings);
        if (item.isEmpty())
            continue;
        if (item.size() == 1 && item.contains(QStringLiteral("name")) && !items.isEmpty()
            && items.last().contains(QStringLiteral("name"))) {
            Field &name = items.last()[QStringLiteral("name")];
            const Field &more = item.value(QStringLiteral("name"));
            name.value += more.value;
            if (!name.polygon.isEmpty() && !more.polygon.isEmpty())
                name.polygon = boundingQuad({name.polygon, more.polygon});
            continue;
        }
        items << item;
    }
    return items;
}

QList<FieldMap> structuredItems(const QJsonArray &array, FindingList &findings, QStringList *warnings)
{
    static const QList<std::pair<const char *, std::pair<const char *, Kind>>> keys = {
        {"Name", {"name", Kind::Text}},          {"Spec", {"spec", Kind::Text}},
        {"Unit", {"unit", Kind::Text}},          {"Quantity", {"quantity", Kind::Decimal}},
        {"UnitPrice", {"unit_price", Kind::Decimal}}, {"AmountWithoutTax", {"amount", Kind::Money}},
        {"TaxRate", {"tax_rate", Kind::TaxRate}}, {"TaxAmount", {"tax_amount", Kind::Money}},
        {"TaxClassifyCode", {"tax_code", Kind::Digits}},
    };
    QList<FieldMap> items;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        FieldMap item;
        for (const auto &[vendorKey, target] : keys) {
            const QString vk = QLatin1String(vendorKey);
            const QString key = QLatin1String(target.first);
            const QString source = QStringLiteral("tencent-vat:Items.") + vk;
            if (const auto value = take(target.second, text(o.value(vk)), QStringLiteral("Items.") + vk,
                                        QStringLiteral("items[%1].").arg(items.size()) + key, source, findings,
                                        warnings))
                item.insert(key, makeField(*value, source));
        }
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

int orientationFromAngle(double angle)
{
    if (!std::isfinite(angle))
        return 0;
    const int quarter = int(std::lround(angle / 90.0));
    return ((quarter % 4) + 4) % 4 * 90;
}

} // namespace

QList<Invoice> mapVatInvoiceOcr(const QJsonObject &response, const VatMapContext &context, QStringList *warnings)
{
    Invoice inv;
    inv.page = context.page;
    inv.pageSize = context.pageSize;
    inv.orientation = orientationFromAngle(text(response.value(QStringLiteral("Angle"))).toDouble());

    QList<Cell> itemCells;
    QStringList cipherLines;
    QList<QPolygonF> cipherPolys;
    QString typeWords;
    const QJsonArray infos = response.value(QStringLiteral("VatInvoiceInfos")).toArray();
    for (const QJsonValue &entry : infos) {
        const QJsonObject o = entry.toObject();
        const QString name = canonicalName(text(o.value(QStringLiteral("Name"))));
        const QString raw = text(o.value(QStringLiteral("Value")));
        const QPolygonF poly = polygon(o.value(QStringLiteral("Polygon")), context.scale);
        const int page = poly.isEmpty() ? 0 : context.page;
        const QString source = QStringLiteral("tencent-vat:") + name;
        if (name.isEmpty())
            continue;
        if (itemNames().contains(name)) {
            itemCells << Cell{name, raw, poly};
            continue;
        }
        if (name.startsWith(QStringLiteral("密码区"))) {
            if (const auto v = plain(raw)) {
                cipherLines << *v;
                if (!poly.isEmpty())
                    cipherPolys << poly;
            }
            continue;
        }
        if (name.endsWith(QStringLiteral("备选"))) {
            // 校验码备选, 发票号码备选, 校验码后六位备选: alternatives the vendor offers.
            const QString base = name.chopped(2);
            const QString key = base == QStringLiteral("发票号码") ? QStringLiteral("number")
                                : base == QStringLiteral("校验码")  ? QStringLiteral("check_code")
                                                                    : QStringLiteral("check_code_last_six");
            for (const QString &part : raw.split(QRegularExpression(QStringLiteral("[,;，；\\s]+")), Qt::SkipEmptyParts))
                if (const auto v = digits(part))
                    inv.candidates[key] << *v;
            continue;
        }
        const auto it = invoiceNames().constFind(name);
        if (it == invoiceNames().constEnd())
            continue;   // a name Tencent added later: ignored, like its SDK does
        if (it->kind == Kind::Words) {
            typeWords = raw;
            continue;
        }
        if (const auto v = take(it->kind, raw, QStringLiteral("VatInvoiceInfos.") + name,
                                QString::fromLatin1(it->key), source, inv.findings, warnings))
            inv.offer(QString::fromLatin1(it->key), makeField(*v, source, poly, page));
    }
    if (!cipherLines.isEmpty()) {
        const QPolygonF poly = boundingQuad(cipherPolys);
        inv.offer(QStringLiteral("ciphertext"), makeField(cipherLines.join(QLatin1Char('\n')),
                                                          QStringLiteral("tencent-vat:密码区"), poly,
                                                          poly.isEmpty() ? 0 : context.page));
    }

    // The findings of the item values actually kept: Items' when it is there, else the rows'.
    FindingList rowFindings, listedFindings;
    const QList<FieldMap> rowItems = rowsToItems(groupRows(itemCells), context.page, rowFindings, warnings);
    const QList<FieldMap> listed = structuredItems(response.value(QStringLiteral("Items")).toArray(),
                                                   listedFindings, warnings);
    inv.findings << (listed.isEmpty() ? rowFindings : listedFindings);
    if (!listed.isEmpty()) {
        inv.items = listed;
        // The structured list has the values; the rows have where they are printed.
        if (rowItems.size() == listed.size()) {
            for (int i = 0; i < listed.size(); ++i)
                for (auto it = inv.items[i].begin(); it != inv.items[i].end(); ++it) {
                    const Field cell = rowItems.at(i).value(it.key());
                    if (!cell.polygon.isEmpty()) {
                        it->polygon = cell.polygon;
                        it->page = cell.page;
                    }
                }
        }
    } else {
        inv.items = rowItems;
    }

    if (const auto t = typeFromTencentName(typeWords)) {
        inv.type = *t;
        inv.typeSource = QStringLiteral("tencent-vat:发票类型");
    } else if (const auto byTitle = typeFromTencentName(inv.value(QStringLiteral("title")))) {
        inv.type = *byTitle;
        inv.typeSource = QStringLiteral("tencent-vat:发票名称");
    } else {
        if (const auto words = plain(typeWords))
            inv.set(QStringLiteral("vendor_type"), makeField(*words, QStringLiteral("tencent-vat:发票类型")));
        inferInvoiceType(inv);
    }

    if (inv.fields.isEmpty() && inv.items.isEmpty())
        return {};
    return {inv};
}

} // namespace ra::tencent
