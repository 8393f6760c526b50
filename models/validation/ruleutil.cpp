#include "validation/ruleutil.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ra::rules::detail {

namespace {

struct Label
{
    const char16_t *en;
    const char16_t *zh;
};

const QHash<QString, Label> &labels()
{
    static const QHash<QString, Label> map = {
        {u"code"_s, {u"invoice code", u"发票代码"}},
        {u"number"_s, {u"invoice number", u"发票号码"}},
        {u"date"_s, {u"issue date", u"开票日期"}},
        {u"check_code"_s, {u"check code", u"校验码"}},
        {u"machine_code"_s, {u"machine code", u"机器编号"}},
        {u"pretax_amount"_s, {u"pre-tax amount", u"合计金额"}},
        {u"tax_amount"_s, {u"tax amount", u"合计税额"}},
        {u"total"_s, {u"total", u"价税合计"}},
        {u"total_in_words"_s, {u"amount in words", u"价税合计（大写）"}},
        {u"tax_rate"_s, {u"tax rate", u"税率"}},
        {u"seller_name"_s, {u"seller name", u"销售方名称"}},
        {u"seller_tax_id"_s, {u"seller's tax ID", u"销售方纳税人识别号"}},
        {u"buyer_name"_s, {u"buyer name", u"购买方名称"}},
        {u"buyer_tax_id"_s, {u"buyer's tax ID", u"购买方纳税人识别号"}},
        {u"title"_s, {u"title", u"发票名称"}},
        {u"remark"_s, {u"remark", u"备注"}},
        {u"issuer"_s, {u"issuer", u"开票人"}},
        {u"passenger_name"_s, {u"passenger name", u"乘客姓名"}},
        {u"travel_date"_s, {u"travel date", u"乘车日期"}},
        {u"train_number"_s, {u"train number", u"车次"}},
        {u"e_ticket_number"_s, {u"e-ticket number", u"电子客票号码"}},
    };
    return map;
}

bool isMoneyKey(const QString &key)
{
    static const QStringList keys = {u"pretax_amount"_s, u"tax_amount"_s, u"total"_s,
                                     u"travel_tax"_s, u"subtotal"_s, u"discount"_s, u"tips"_s,
                                     u"fare"_s, u"fuel_surcharge"_s, u"caac_development_fund"_s,
                                     u"insurance"_s, u"other_taxes"_s, u"amount"_s,
                                     u"unit_price"_s};
    return keys.contains(key);
}

bool isDateKey(const QString &key) { return key == u"date" || key == u"travel_date"; }

} // namespace

Finding makeFinding(const QString &rule, Severity severity, const QString &en, const QString &zh,
                    const QStringList &fields)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.message = en;
    f.messageZh = zh;
    f.fields = fields;
    return f;
}

QString labelEn(const QString &key)
{
    const auto it = labels().constFind(key);
    return it == labels().cend() ? key : QString::fromUtf16(it->en);
}

QString labelZh(const QString &key)
{
    const auto it = labels().constFind(key);
    return it == labels().cend() ? key : QString::fromUtf16(it->zh);
}

std::optional<qint64> fenOf(const FieldMap &fields, const QString &key)
{
    const QString v = fields.value(key).value;
    if (v.isNull())
        return std::nullopt;
    return money::parseFen(v);
}

std::optional<qint64> fenOf(const Invoice &inv, const QString &key) { return fenOf(inv.fields, key); }

QString fen(qint64 value) { return money::formatFen(value); }

std::optional<QDate> dateOf(const Invoice &inv, const QString &key)
{
    const QString v = inv.value(key);
    if (v.isNull())
        return std::nullopt;
    return dates::parseDate(v);
}

bool isNoTaxMarker(const QString &value)
{
    const QString v = text::compact(value);
    if (v.isEmpty())
        return false;
    if (v == u"免税" || v == u"不征税" || v == u"免征" || v == u"免征增值税")
        return true;
    for (QChar c : v)
        if (c != u'*' && c != u'＊')
            return false;
    return true; // "***"
}

bool isQrSource(const QString &source) { return source == u"qr" || source.startsWith(u"qr:"); }

bool isOcrSource(const QString &source) { return source == u"ocr" || source.startsWith(u"ocr:"); }

bool isPersonalKey(const QString &key)
{
    return key == u"passenger_id" || key == u"buyer_id" || key == u"seller_id"
        || key.endsWith(u"_phone") || key == u"buyer_bank_account" || key == u"seller_bank_account";
}

bool sameValue(const QString &key, const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (isMoneyKey(key)) {
        const auto x = money::parseFen(a), y = money::parseFen(b);
        if (x && y)
            return *x == *y;
    }
    if (isDateKey(key)) {
        const auto x = dates::parseDate(a), y = dates::parseDate(b);
        if (x && y)
            return *x == *y;
    }
    if (key == u"number" || key == u"printed_number")
        return text::stripNumberPrefix(a).compare(text::stripNumberPrefix(b), Qt::CaseInsensitive) == 0;
    return text::compact(a).compare(text::compact(b), Qt::CaseInsensitive) == 0;
}

bool isLegacyVatType(InvoiceType t)
{
    switch (t) {
    case InvoiceType::VatSpecial:
    case InvoiceType::VatElectronicSpecial:
    case InvoiceType::VatNormal:
    case InvoiceType::VatElectronicNormal:
    case InvoiceType::VatRoll:
    case InvoiceType::VatElectronicToll:
        return true;
    default:
        return false;
    }
}

} // namespace ra::rules::detail
