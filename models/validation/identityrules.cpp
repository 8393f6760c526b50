// Identity rules: tax_id_invalid, code_type_mismatch, number_format, date_invalid /
// date_future, buyer_mismatch.
#include "validation/rules.h"

#include "dates.h"
#include "taxid.h"
#include "textnormalize.h"
#include "validation/ruleutil.h"

using namespace Qt::StringLiterals;

namespace ra::rules {

using namespace detail;

namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// 17 digits, a digit or X, and a plausible birth date: a resident ID number, possibly with a
// wrong check digit. Such a value is personal data: messages never repeat it.
bool looksLikeResidentId(const QString &id)
{
    if (id.size() != 18 || !allDigits(id.left(17)))
        return false;
    const QChar last = id.at(17);
    if (!last.isDigit() && last != u'X' && last != u'x')
        return false;
    const QDate birth(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900 && birth.year() <= 2100;
}

// GB/T 2260 province-level codes (the first two digits of a region code); digits 3–4 of a
// 数电 number are one of these (invoice-standards.md c.4).
bool isProvinceCode(const QString &two)
{
    static const QStringList codes = {
        u"11"_s, u"12"_s, u"13"_s, u"14"_s, u"15"_s, u"21"_s, u"22"_s, u"23"_s, u"31"_s, u"32"_s,
        u"33"_s, u"34"_s, u"35"_s, u"36"_s, u"37"_s, u"41"_s, u"42"_s, u"43"_s, u"44"_s, u"45"_s,
        u"46"_s, u"50"_s, u"51"_s, u"52"_s, u"53"_s, u"54"_s, u"61"_s, u"62"_s, u"63"_s, u"64"_s,
        u"65"_s};
    return codes.contains(two);
}

// The code structure (invoicetype.h typeFromInvoiceCode) against the invoice's type. The
// electronic 普票 and the toll e-invoice are one family: toll invoices print kind 10 in their QR.
bool codeTypeCompatible(InvoiceType fromCode, InvoiceType type)
{
    if (fromCode == type)
        return true;
    const auto electronicNormal = [](InvoiceType t) {
        return t == InvoiceType::VatElectronicNormal || t == InvoiceType::VatElectronicToll;
    };
    return electronicNormal(fromCode) && electronicNormal(type);
}

QString typeNameEn(InvoiceType t) { return invoiceTypeNameEn(t); }
QString typeNameZh(InvoiceType t) { return invoiceTypeNameZh(t); }

// Invoices whose number is 8 digits (legacy VAT family) or 20 digits (数电).
bool hasVatNumber(InvoiceType t)
{
    return isLegacyVatType(t) || isDigitalType(t) || t == InvoiceType::MotorVehicle
        || t == InvoiceType::UsedCar;
}

QString normalizedName(const QString &s)
{
    // compact folds full-width brackets and letters to ASCII: （ ）and ( ) compare equal.
    QString t = text::compact(s);
    t.replace(u'〔', u'(').replace(u'〕', u')').replace(u'【', u'(').replace(u'】', u')');
    return t.toCaseFolded();
}

} // namespace

FindingList checkTaxIds(const Invoice &inv)
{
    FindingList out;
    for (const QString &key : {u"seller_tax_id"_s, u"buyer_tax_id"_s}) {
        const QString raw = inv.value(key);
        const QString id = text::compact(raw).toUpper();
        if (id.isEmpty())
            continue; // absent: fine (personal buyers, 个人, often have none)
        const bool seller = key == u"seller_tax_id";
        const QString whoEn = seller ? u"seller's"_s : u"buyer's"_s;
        const QString whoZh = seller ? u"销售方"_s : u"购买方"_s;
        switch (taxid::checkUscc(id)) {
        case taxid::Check::Valid:
            break;
        case taxid::Check::BadCheckCharacter:
            if (looksLikeResidentId(id)) {
                out << makeFinding(u"tax_id_invalid"_s, Severity::Error,
                                   u"The %1 tax ID is neither a valid unified social credit code nor a valid "
                                   "resident ID number: its check character is wrong."_s.arg(whoEn),
                                   u"%1纳税人识别号既不是有效的统一社会信用代码，也不是有效的身份证号码：校验位错误。"_s.arg(whoZh),
                                   {key});
            } else {
                const QString expected = QString(taxid::usccCheckCharacter(id.left(17)).value_or(u'?'));
                out << makeFinding(u"tax_id_invalid"_s, Severity::Error,
                                   u"The %1 tax ID %2 fails the GB 32100 check: its last character should be %3."_s
                                       .arg(whoEn, id, expected),
                                   u"%1纳税人识别号 %2 校验位错误（按 GB 32100 最后一位应为 %3）。"_s
                                       .arg(whoZh, id, expected),
                                   {key});
            }
            break;
        case taxid::Check::BadCharacters:
            out << makeFinding(u"tax_id_invalid"_s, Severity::Error,
                               u"The %1 tax ID %2 contains characters a unified social credit code cannot have "
                               "(I, O, Z, S, V or anything but digits and capital letters)."_s
                                   .arg(whoEn, id),
                               u"%1纳税人识别号 %2 含有统一社会信用代码不允许的字符（I、O、Z、S、V 或数字、大写字母以外的字符）。"_s
                                   .arg(whoZh, id),
                               {key});
            break;
        case taxid::Check::NotUscc:
            if (taxid::isResidentIdNumber(id))
                break; // individuals and 个体户 use their ID number: a valid taxpayer number
            out << makeFinding(u"tax_id_invalid"_s, Severity::Warning,
                               u"The %1 tax ID %2 has %3 characters, not the 18 of a unified social credit code; "
                               "older and individual taxpayer numbers exist, so check it."_s
                                   .arg(whoEn, id).arg(id.size()),
                               u"%1纳税人识别号 %2 为 %3 位，不是 18 位统一社会信用代码；旧税号或个人税号也可能如此，请核对。"_s
                                   .arg(whoZh, id).arg(id.size()),
                               {key});
            break;
        }
    }
    return out;
}

FindingList checkCodeType(const Invoice &inv)
{
    const InvoiceType type = inv.type;
    const QString code = text::compact(inv.value(u"code"_s));
    const QString number = text::stripNumberPrefix(inv.value(u"number"_s));
    const QString nameEn = typeNameEn(type), nameZh = typeNameZh(type);

    if (isDigitalType(type)) {
        // 数电 paper invoices keep a 12-digit code with an 8-digit number; an electronic 数电
        // invoice (20-digit number) has no code at all.
        if (!code.isEmpty() && number.size() == 20)
            return {makeFinding(u"code_type_mismatch"_s, Severity::Warning,
                                u"The invoice is a %1 but carries an invoice code %2; fully digital (数电) invoices "
                                "with a 20-digit number have none."_s.arg(nameEn, code),
                                u"该发票为%1，却带有发票代码 %2；20 位号码的数电发票没有发票代码。"_s.arg(nameZh, code),
                                {u"code"_s, u"number"_s})};
        return {};
    }
    if (!isLegacyVatType(type))
        return {};

    if (code.isEmpty())
        return {makeFinding(u"code_type_mismatch"_s, Severity::Warning,
                            u"The invoice is a %1 but has no invoice code; that kind always prints a 10- or "
                            "12-digit code (is it a 数电 invoice?)."_s.arg(nameEn),
                            u"该%1没有发票代码；此类发票应印有 10 位或 12 位发票代码（是否为数电发票？）。"_s.arg(nameZh),
                            {u"code"_s})};
    if (!allDigits(code) || (code.size() != 10 && code.size() != 12))
        return {makeFinding(u"code_type_mismatch"_s, Severity::Warning,
                            u"The invoice code %1 is not 10 or 12 digits, as the code of a %2 is."_s.arg(code, nameEn),
                            u"发票代码 %1 不是 10 位或 12 位数字，与%2不符。"_s.arg(code, nameZh),
                            {u"code"_s})};
    const auto fromCode = typeFromInvoiceCode(code);
    if (!fromCode || codeTypeCompatible(*fromCode, type))
        return {}; // a structure we cannot read is not a mismatch
    return {makeFinding(u"code_type_mismatch"_s, Severity::Warning,
                        u"The invoice code %1 denotes a %2, but the invoice is a %3."_s
                            .arg(code, typeNameEn(*fromCode), nameEn),
                        u"发票代码 %1 表示%2，但发票类型为%3。"_s.arg(code, typeNameZh(*fromCode), nameZh),
                        {u"code"_s})};
}

FindingList checkNumberFormat(const Invoice &inv)
{
    // Taxi, train, quota and other tickets number themselves differently: VAT and 数电 only.
    if (!hasVatNumber(inv.type) || !inv.has(u"number"_s))
        return {};
    const QString number = text::stripNumberPrefix(inv.value(u"number"_s));
    if (!allDigits(number) || (number.size() != 8 && number.size() != 20))
        return {makeFinding(u"number_format"_s, Severity::Error,
                            u"The invoice number %1 is not 8 digits (20 for a 数电 invoice)."_s.arg(number),
                            u"发票号码 %1 不是 8 位数字（数电发票为 20 位）。"_s.arg(number),
                            {u"number"_s})};
    if (number.size() != 20)
        return {};

    FindingList out;
    // Digits 1–2: the year of issue. One year off either way is let through: cross-year
    // corrections (a red-letter invoice against last year's) and year-end issuing.
    if (const auto date = dateOf(inv, u"date"_s)) {
        const int yy = number.left(2).toInt();
        const int y = date->year();
        if (yy != y % 100 && yy != (y + 99) % 100 && yy != (y + 1) % 100)
            out << makeFinding(u"number_format"_s, Severity::Warning,
                               u"The 数电 number %1 starts with the year %2, but the invoice is dated %3."_s
                                   .arg(number, number.left(2), dates::formatDate(*date)),
                               u"数电发票号码 %1 前两位年份为 %2，但开票日期为 %3。"_s
                                   .arg(number, number.left(2), dates::formatDate(*date)),
                               {u"number"_s, u"date"_s});
    }
    if (!isProvinceCode(number.mid(2, 2)))
        out << makeFinding(u"number_format"_s, Severity::Warning,
                           u"Digits 3–4 of the 数电 number %1 (%2) are not a province code."_s
                               .arg(number, number.mid(2, 2)),
                           u"数电发票号码 %1 的第 3–4 位（%2）不是有效的省级行政区划代码。"_s
                               .arg(number, number.mid(2, 2)),
                           {u"number"_s});
    return out;
}

FindingList checkDate(const Invoice &inv, const QDate &today)
{
    const QString raw = inv.value(u"date"_s);
    if (raw.isNull())
        return {};
    const auto date = dates::parseDate(raw);
    if (!date || !date->isValid())
        return {makeFinding(u"date_invalid"_s, Severity::Error,
                            u"The issue date “%1” is not a valid date."_s.arg(raw),
                            u"开票日期%1不是有效日期。"_s.arg(quotedZh(raw)), {u"date"_s})};
    if (today.isValid() && *date > today)
        return {makeFinding(u"date_future"_s, Severity::Error,
                            u"The issue date %1 is after today (%2)."_s
                                .arg(dates::formatDate(*date), dates::formatDate(today)),
                            u"开票日期 %1 晚于今天（%2）。"_s.arg(dates::formatDate(*date), dates::formatDate(today)),
                            {u"date"_s})};
    return {};
}

FindingList checkBuyer(const Invoice &inv, const ValidationContext &context)
{
    FindingList out;
    const QString buyer = inv.value(u"buyer_name"_s);
    if (!context.companyName.trimmed().isEmpty() && !buyer.isNull()
        && normalizedName(buyer) != normalizedName(context.companyName))
        out << makeFinding(u"buyer_mismatch"_s, Severity::Warning,
                           u"The buyer on the invoice is “%1”, not your company “%2”."_s
                               .arg(buyer, context.companyName),
                           u"发票购买方为%1，不是本公司%2。"_s.arg(quotedZh(buyer), quotedZh(context.companyName)),
                           {u"buyer_name"_s});
    const QString taxId = inv.value(u"buyer_tax_id"_s);
    if (!context.companyTaxId.trimmed().isEmpty() && !taxId.isNull()
        && text::compact(taxId).toUpper() != text::compact(context.companyTaxId).toUpper())
        out << makeFinding(u"buyer_mismatch"_s, Severity::Warning,
                           u"The buyer's tax ID on the invoice is %1, not your company's %2."_s
                               .arg(text::compact(taxId), text::compact(context.companyTaxId)),
                           u"发票购买方纳税人识别号为 %1，不是本公司的 %2。"_s
                               .arg(text::compact(taxId), text::compact(context.companyTaxId)),
                           {u"buyer_tax_id"_s});
    return out;
}

} // namespace ra::rules
