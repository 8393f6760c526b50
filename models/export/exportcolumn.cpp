#include "export/exportcolumn.h"

using namespace Qt::StringLiterals;

namespace ra {

QList<ExportColumn> ExportColumn::all()
{
    using K = ExportColumn::Kind;
    static const QList<ExportColumn> columns = {
        {u"index"_s, u"序号"_s, u"No."_s, K::Integer},
        {u"type"_s, u"发票类型"_s, u"Invoice type"_s, K::Text},
        {u"code"_s, u"发票代码"_s, u"Invoice code"_s, K::Text},
        {u"number"_s, u"发票号码"_s, u"Invoice number"_s, K::Text},
        {u"date"_s, u"开票日期"_s, u"Issue date"_s, K::Date},
        {u"seller_name"_s, u"销售方名称"_s, u"Seller"_s, K::Text},
        {u"seller_tax_id"_s, u"销售方纳税人识别号"_s, u"Seller tax ID"_s, K::Text},
        {u"buyer_name"_s, u"购买方名称"_s, u"Buyer"_s, K::Text},
        {u"buyer_tax_id"_s, u"购买方纳税人识别号"_s, u"Buyer tax ID"_s, K::Text},
        {u"pretax_amount"_s, u"金额"_s, u"Amount before tax"_s, K::Money},
        {u"tax_amount"_s, u"税额"_s, u"Tax"_s, K::Money},
        {u"total"_s, u"价税合计"_s, u"Total"_s, K::Money},
        {u"tax_rate"_s, u"税率"_s, u"Tax rate"_s, K::Text},
        {u"currency"_s, u"币种"_s, u"Currency"_s, K::Text},
        {u"check_code"_s, u"校验码"_s, u"Check code"_s, K::Text},
        {u"passenger_name"_s, u"乘车人"_s, u"Passenger"_s, K::Text},
        {u"departure_station"_s, u"出发站"_s, u"From"_s, K::Text},
        {u"arrival_station"_s, u"到达站"_s, u"To"_s, K::Text},
        {u"travel_date"_s, u"乘车日期"_s, u"Travel date"_s, K::Date},
        {u"train_number"_s, u"车次"_s, u"Train"_s, K::Text},
        {u"seat_class"_s, u"席别"_s, u"Class"_s, K::Text},
        {u"remark"_s, u"备注"_s, u"Remark"_s, K::Text},
        {u"file"_s, u"文件"_s, u"File"_s, K::Text},
        {u"page"_s, u"页"_s, u"Page"_s, K::Integer},
        {u"findings"_s, u"待处理问题"_s, u"Open findings"_s, K::Text},
    };
    return columns;
}

QStringList ExportColumn::defaultKeys()
{
    return {u"index"_s, u"type"_s, u"code"_s, u"number"_s, u"date"_s, u"seller_name"_s, u"seller_tax_id"_s,
            u"pretax_amount"_s, u"tax_amount"_s, u"total"_s, u"file"_s, u"findings"_s};
}

std::optional<ExportColumn> ExportColumn::forKey(const QString &key)
{
    for (const ExportColumn &c : all())
        if (c.key == key)
            return c;
    // Any other snake_case key of the normalized invoice, written as text.
    if (key.isEmpty() || key.size() > 64)
        return std::nullopt;
    for (QChar ch : key)
        if (!(ch.isLower() && ch.unicode() < 128) && !(ch >= u'0' && ch <= u'9') && ch != u'_')
            return std::nullopt;
    return ExportColumn{key, key, key, ExportColumn::Kind::Text};
}

} // namespace ra
