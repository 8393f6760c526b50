#include "ofdfieldnames.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace ra::ofdfields {

namespace {

using Table = QHash<QString, QString>;

// Lower-cased element name → key. Old-style e-invoices (original_invoice.xml, GB/T tag
// files) and the 数电 XML invoice ("EInvoice" with BasicInformation …) use different names.
const Table &invoiceTable()
{
    static const Table t = [] {
        Table m;
        auto add = [&m](const QString &key, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromLatin1(n).toLower(), key);
        };
        add(QStringLiteral("code"), {"InvoiceCode"});
        add(QStringLiteral("number"), {"InvoiceNo", "InvoiceNumber"});
        add(QStringLiteral("date"), {"IssueDate", "IssueTime", "InvoiceDate"});
        add(QStringLiteral("check_code"), {"InvoiceCheckCode", "CheckCode"});
        add(QStringLiteral("machine_code"), {"MachineNo", "MachineCode", "MachineNumber"});
        add(QStringLiteral("ciphertext"), {"TaxControlCode"});
        add(QStringLiteral("buyer_name"), {"BuyerName"});
        add(QStringLiteral("buyer_tax_id"), {"BuyerTaxID", "BuyerIdNum", "BuyerTaxNo"});
        add(QStringLiteral("buyer_address_phone"), {"BuyerAddrTel"});
        add(QStringLiteral("buyer_bank_account"), {"BuyerFinancialAccount"});
        add(QStringLiteral("seller_name"), {"SellerName"});
        add(QStringLiteral("seller_tax_id"), {"SellerTaxID", "SellerIdNum", "SellerTaxNo"});
        add(QStringLiteral("seller_address_phone"), {"SellerAddrTel"});
        add(QStringLiteral("seller_bank_account"), {"SellerFinancialAccount"});
        add(QStringLiteral("total"), {"TaxInclusiveTotalAmount", "TotalTax-includedAmount"});
        add(QStringLiteral("pretax_amount"), {"TaxExclusiveTotalAmount", "TotalAmWithoutTax"});
        add(QStringLiteral("tax_amount"), {"TaxTotalAmount", "TotalTaxAm"});
        add(QStringLiteral("total_in_words"),
            {"TaxInclusiveTotalAmountWithWords", "TotalTax-includedAmountInChinese"});
        add(QStringLiteral("remark"), {"Note", "Remark"});
        add(QStringLiteral("issuer"), {"InvoiceClerk", "Drawer"});
        add(QStringLiteral("payee"), {"Payee"});
        add(QStringLiteral("reviewer"), {"Checker", "Reviewer"});
        // The XBRL rendition (Ministry of Finance `inv` taxonomy) some issuers (诺诺) attach
        // instead of original_invoice.xml: inv:NumberOfInvoice, inv:NameOfSeller, …
        add(QStringLiteral("code"), {"CodeOfInvoice"});
        add(QStringLiteral("number"), {"NumberOfInvoice"});
        add(QStringLiteral("date"), {"DateOfIssue"});
        add(QStringLiteral("check_code"), {"IdentifyingCode"});
        add(QStringLiteral("machine_code"), {"NumberOfInvoiceMachine"});
        add(QStringLiteral("ciphertext"), {"SecurityCode"});
        add(QStringLiteral("buyer_name"), {"NameOfPurchaser"});
        add(QStringLiteral("buyer_tax_id"), {"TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfPurchaser"});
        add(QStringLiteral("buyer_address_phone"), {"AddressPhoneNumberOfPurchaser"});
        add(QStringLiteral("buyer_bank_account"), {"DepositBankAndAccountNumberOfPurchaser"});
        add(QStringLiteral("seller_name"), {"NameOfSeller"});
        add(QStringLiteral("seller_tax_id"), {"TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfSeller"});
        add(QStringLiteral("seller_address_phone"), {"AddressPhoneNumberOfSeller"});
        add(QStringLiteral("seller_bank_account"), {"DepositBankAndAccountNumberOfSeller"});
        add(QStringLiteral("total"), {"TaxIncludedAmountInFigures"});
        add(QStringLiteral("pretax_amount"), {"TotalAmountExcludingTax"});
        add(QStringLiteral("tax_amount"), {"TotalTaxAmount"});
        add(QStringLiteral("total_in_words"), {"TaxIncludedAmountInWords"});
        add(QStringLiteral("remark"), {"Remarks"});
        add(QStringLiteral("issuer"), {"Issuer"});
        return m;
    }();
    return t;
}

const Table &itemTable()
{
    static const Table t = [] {
        Table m;
        auto add = [&m](const QString &key, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromLatin1(n).toLower(), key);
        };
        add(QStringLiteral("name"), {"Item", "ItemName"});
        add(QStringLiteral("spec"), {"Specification", "SpecMod"});
        add(QStringLiteral("unit"), {"MeasurementDimension", "MeaUnits"});
        add(QStringLiteral("quantity"), {"Quantity"});
        add(QStringLiteral("unit_price"), {"Price", "UnPrice"});
        add(QStringLiteral("amount"), {"Amount"});
        add(QStringLiteral("tax_rate"), {"TaxScheme", "TaxRate"});
        add(QStringLiteral("tax_amount"), {"TaxAmount", "ComTaxAm"});
        add(QStringLiteral("tax_code"), {"Code", "GoodsCode", "TaxClassificationCode"});
        // XBRL (`inv` taxonomy) detail items
        add(QStringLiteral("name"), {"NameOfTaxableGoodsOrServices"});
        add(QStringLiteral("spec"), {"SpecificationAndModel", "SpecificationsAndModels"});
        add(QStringLiteral("unit"), {"UnitOfMeasurement"});
        add(QStringLiteral("quantity"), {"QuantityOfGoodsOrServices"});
        add(QStringLiteral("unit_price"), {"UnitPriceOfGoodsOrServices"});
        add(QStringLiteral("amount"), {"AmountExcludingTax"});
        return m;
    }();
    return t;
}

const Table &customDataTable()
{
    static const Table t = [] {
        Table m;
        auto add = [&m](const QString &key, const QStringList &names) {
            for (const QString &n : names)
                m.insert(n, key);
        };
        add(QStringLiteral("code"), {QStringLiteral("发票代码")});
        add(QStringLiteral("number"), {QStringLiteral("发票号码")});
        add(QStringLiteral("date"), {QStringLiteral("开票日期")});
        add(QStringLiteral("check_code"), {QStringLiteral("校验码")});
        add(QStringLiteral("machine_code"), {QStringLiteral("机器编号")});
        add(QStringLiteral("pretax_amount"), {QStringLiteral("合计金额")});
        add(QStringLiteral("tax_amount"), {QStringLiteral("合计税额")});
        add(QStringLiteral("total"), {QStringLiteral("价税合计"), QStringLiteral("价税合计小写")});
        add(QStringLiteral("buyer_name"), {QStringLiteral("购买方名称")});
        add(QStringLiteral("buyer_tax_id"), {QStringLiteral("购买方纳税人识别号"), QStringLiteral("购买方税号")});
        add(QStringLiteral("buyer_address_phone"), {QStringLiteral("购买方地址电话")});
        add(QStringLiteral("buyer_bank_account"), {QStringLiteral("购买方开户行及账号")});
        add(QStringLiteral("seller_name"), {QStringLiteral("销售方名称")});
        add(QStringLiteral("seller_tax_id"), {QStringLiteral("销售方纳税人识别号"), QStringLiteral("销售方税号")});
        add(QStringLiteral("seller_address_phone"), {QStringLiteral("销售方地址电话")});
        add(QStringLiteral("seller_bank_account"), {QStringLiteral("销售方开户行及账号")});
        add(QStringLiteral("issuer"), {QStringLiteral("开票人")});
        add(QStringLiteral("payee"), {QStringLiteral("收款人")});
        add(QStringLiteral("reviewer"), {QStringLiteral("复核人"), QStringLiteral("复核")});
        add(QStringLiteral("remark"), {QStringLiteral("备注")});
        return m;
    }();
    return t;
}

bool isMoneyKey(const QString &key)
{
    return key == u"pretax_amount" || key == u"tax_amount" || key == u"total";
}

QString squeezeBlanks(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Lines trimmed, blank lines dropped, joined by '\n' (ciphertext, remarks).
QString joinLines(const QString &s)
{
    QStringList lines;
    for (const QString &l : s.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            lines.append(t);
    }
    return lines.join(u'\n');
}

// "***" (or "*") is what 免税 invoices print for the tax: no tax, so zero.
bool isExemptMark(const QString &s)
{
    const QString t = squeezeBlanks(s);
    return !t.isEmpty() && t.count(u'*') == t.size();
}

QString normalizeMoney(const QString &raw, bool exemptMeansZero, bool *rejected)
{
    if (exemptMeansZero && isExemptMark(raw))
        return QStringLiteral("0.00");
    const auto fen = money::parseFen(text::fold(raw));
    if (!fen) {
        *rejected = true;
        return {};
    }
    return money::formatFen(*fen);
}

// Quantities and unit prices keep their precision ("510.679612"): not money.
QString normalizeDecimal(const QString &raw, bool *rejected)
{
    QString t = squeezeBlanks(text::fold(raw));
    t.remove(u',');
    if (t.startsWith(u'¥'))
        t.remove(0, 1);
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!number.match(t).hasMatch()) {
        *rejected = true;
        return {};
    }
    return t;
}

QString normalizeTaxRate(const QString &raw)
{
    const QString t = squeezeBlanks(text::fold(raw));
    // The 数电 XML writes rates as fractions ("0.03"); invoices print "3%".
    static const QRegularExpression fraction(QStringLiteral("^0(\\.[0-9]+)?$"));
    if (fraction.match(t).hasMatch()) {
        QString pct = QString::number(t.toDouble() * 100.0, 'f', 2);
        while (pct.contains(u'.') && (pct.endsWith(u'0') || pct.endsWith(u'.')))
            pct.chop(1);
        return pct + u'%';
    }
    return t;
}

} // namespace

QString invoiceKeyForElement(const QString &localName)
{
    return invoiceTable().value(localName.toLower());
}

QString itemKeyForElement(const QString &localName)
{
    return itemTable().value(localName.toLower());
}

bool isItemContainer(const QString &localName)
{
    const QString n = localName.toLower();
    return n == u"goodsinfo" || n == u"issuiteminformation"
           || n == u"informationoftaxablegoodsorservicesdetailitemstuple";
}

QString invoiceKeyForCustomData(const QString &name)
{
    QString n = text::compact(name);
    n.remove(u'、');
    n.remove(u':');
    n.remove(u'(');
    n.remove(u')');
    return customDataTable().value(n);
}

QString normalizeInvoiceValue(const QString &key, const QString &raw, bool *rejected)
{
    bool dummy = false;
    bool &bad = rejected ? *rejected : dummy;
    bad = false;
    if (raw.trimmed().isEmpty())
        return {};

    if (isMoneyKey(key))
        return normalizeMoney(raw, key == u"tax_amount", &bad);
    if (key == u"date") {
        const auto d = dates::parseDate(raw.trimmed());
        if (!d) {
            bad = true;
            return {};
        }
        return dates::formatDate(*d);
    }
    if (key == u"number") {
        const QString t = squeezeBlanks(text::stripNumberPrefix(raw));
        return t.isEmpty() ? QString() : t;
    }
    if (key == u"code" || key == u"check_code" || key == u"machine_code")
        return squeezeBlanks(text::fold(raw));
    if (key == u"buyer_tax_id" || key == u"seller_tax_id")
        return squeezeBlanks(text::fold(raw)).toUpper();
    // Words are stored as printed (full-width brackets kept, ⼦ read as 子): folding is for
    // comparing them, which validation and duplicate detection do themselves.
    if (key == u"total_in_words")
        return squeezeBlanks(text::printed(raw));
    if (key == u"ciphertext")
        return joinLines(raw);
    if (key == u"remark") {
        const QString t = joinLines(text::printed(raw));
        return t.isEmpty() ? QString() : t;
    }
    const QString t = text::printed(raw).simplified();
    return t.isEmpty() ? QString() : t;
}

QString normalizeItemValue(const QString &key, const QString &raw, bool *rejected)
{
    bool dummy = false;
    bool &bad = rejected ? *rejected : dummy;
    bad = false;
    if (raw.trimmed().isEmpty())
        return {};
    if (key == u"amount")
        return normalizeMoney(raw, false, &bad);
    if (key == u"tax_amount")
        return normalizeMoney(raw, true, &bad);
    if (key == u"quantity" || key == u"unit_price")
        return normalizeDecimal(raw, &bad);
    if (key == u"tax_rate")
        return normalizeTaxRate(raw);
    if (key == u"tax_code")
        return squeezeBlanks(raw);
    const QString t = text::printed(raw).simplified();
    return t.isEmpty() ? QString() : t;
}

} // namespace ra::ofdfields
