// OFD invoice extraction: the three data sources and their precedence, polygons from
// CustomTags, normalization, the layouts and attachments invoices come in. Damaged packages
// and the real OFDs of the fixture manifest: tst_ofdinvoicecorpus.
#include "local/ofdinvoiceextractor.h"
#include "ofdbuilder.h"
#include "pagegeometry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::OfdBuilder;

namespace {

QPolygonF mmPolygon(double x, double y, double w, double h)
{
    const double k = ra::kPixelsPerMm;
    return QPolygonF({QPointF(x * k, y * k), QPointF((x + w) * k, y * k), QPointF((x + w) * k, (y + h) * k),
                      QPointF(x * k, (y + h) * k)});
}

bool samePolygon(const QPolygonF &a, const QPolygonF &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::abs(a[i].x() - b[i].x()) > 0.01 || std::abs(a[i].y() - b[i].y()) > 0.01)
            return false;
    return true;
}

} // namespace

class TstOfdInvoiceExtractor : public QObject
{
    Q_OBJECT

private slots:
    void sampleAllSources();
    void sampleValues_data();
    void sampleValues();
    void polygonsFromCustomTags();
    void customTagsOnly();
    void customDataOnly();
    void laterSourceDisagrees();
    void prettyPrintedValues();
    void exemptTax();
    void flatDigitalTags();
    void noPagesContainer();
    void multiPageItems();
    void remarkParts();
    void locatesUntaggedFields();
    void xbrlAttachment();
    void printedFormKept();
    void lineBreaksAreNotDisagreement();
};

void TstOfdInvoiceExtractor::sampleAllSources()
{
    const ra::OfdExtraction ex = ra::extractOfd(OfdBuilder::sampleInvoice().build());
    QVERIFY2(!ex.error, qPrintable(ex.error ? ex.error->message : QString()));
    QCOMPARE(ex.pages, 1);
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.page, 1);
    QCOMPARE(inv.pageSize, QSizeF(210 * ra::kPixelsPerMm, 140 * ra::kPixelsPerMm));
    QCOMPARE(inv.type, ra::InvoiceType::Unknown); // left to the orchestrator
    // (a) wins where it answers; (b) adds what (a) lacks; (c) agrees and stays silent.
    QCOMPARE(inv.fields.value(u"number"_s).source, u"ofd:original_invoice.xml/InvoiceNo"_s);
    QCOMPARE(inv.fields.value(u"machine_code"_s).source, u"ofd:original_invoice.xml/MachineNo"_s);
    QCOMPARE(inv.fields.value(u"title"_s).source, u"ofd:text/title"_s);
    QCOMPARE(inv.value(u"total_in_words"_s), u"⊗壹佰零陆圆整"_s);
    QCOMPARE(inv.fields.value(u"total_in_words"_s).source, u"ofd:text/total_in_words"_s);
    QVERIFY(samePolygon(inv.fields.value(u"total_in_words"_s).polygon, mmPolygon(63, 96, 96, 8)));
    QVERIFY(inv.alternatives.isEmpty());
    QCOMPARE(inv.value(u"electronic"_s), u"true"_s);
    // The GraphCode text is a QR payload: it is handed over as such.
    QCOMPARE(ex.qrTexts, QStringList{u"01,10,011001900111,12345678,100.00,20210611,12345678901234567890,ABCD,"_s});
    QCOMPARE(inv.qrcodes, ex.qrTexts);
    QCOMPARE(ex.qrImages.size(), 1);
    QVERIFY(ex.qrImages.first().width() > 64); // padded with a quiet zone
    // Items: (a) gives the values, (b) the polygons of equal cells.
    QCOMPARE(inv.items.size(), 1);
    const ra::FieldMap item = inv.items.first();
    QCOMPARE(item.value(u"name"_s).value, u"*信息技术服务*软件"_s);
    QCOMPARE(item.value(u"quantity"_s).value, u"1"_s);
    QCOMPARE(item.value(u"unit_price"_s).value, u"100.000000"_s);
    QCOMPARE(item.value(u"amount"_s).value, u"100.00"_s);
    QCOMPARE(item.value(u"tax_rate"_s).value, u"6%"_s);
    QCOMPARE(item.value(u"tax_amount"_s).value, u"6.00"_s);
    QVERIFY(samePolygon(item.value(u"name"_s).polygon, mmPolygon(5.5, 56, 50, 4.5)));
    QVERIFY(item.value(u"tax_amount"_s).polygon.isEmpty());
}

void TstOfdInvoiceExtractor::sampleValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const auto values = OfdBuilder::sampleValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
}

void TstOfdInvoiceExtractor::sampleValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const ra::OfdExtraction ex = ra::extractOfd(OfdBuilder::sampleInvoice().build());
    QCOMPARE(ex.invoices.size(), 1);
    QCOMPARE(ex.invoices.first().value(key), value);
}

void TstOfdInvoiceExtractor::polygonsFromCustomTags()
{
    const ra::OfdExtraction ex = ra::extractOfd(OfdBuilder::sampleInvoice().build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    // Borrowed from the tag because the values agree.
    const ra::Field number = inv.fields.value(u"number"_s);
    QVERIFY(samePolygon(number.polygon, mmPolygon(164, 11.7, 40, 5)));
    QCOMPARE(number.page, 1);
    // The check code is printed in groups; normalized, the two sources agree.
    QVERIFY(samePolygon(inv.fields.value(u"check_code"_s).polygon, mmPolygon(164, 22.7, 40, 5)));
    // Two objects ("¥" and "100.00") with one boundary.
    QVERIFY(samePolygon(inv.fields.value(u"pretax_amount"_s).polygon, mmPolygon(134.8, 91.5, 30, 4)));
    // The title comes from the template.
    QVERIFY(samePolygon(inv.fields.value(u"title"_s).polygon, mmPolygon(68, 7, 80, 7)));
    // Nothing tagged the machine number: no polygon.
    QVERIFY(inv.fields.value(u"machine_code"_s).polygon.isEmpty());
    QCOMPARE(inv.fields.value(u"machine_code"_s).page, 0);
}

void TstOfdInvoiceExtractor::customTagsOnly()
{
    OfdBuilder b = OfdBuilder::sampleInvoice();
    b.setOriginalInvoice({});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"12345678"_s);
    QCOMPARE(inv.fields.value(u"number"_s).source, u"ofd:customtag/InvoiceNo"_s);
    QCOMPARE(inv.value(u"check_code"_s), u"12345678901234567890"_s);
    QCOMPARE(inv.value(u"date"_s), u"2021-06-11"_s);
    QCOMPARE(inv.value(u"pretax_amount"_s), u"100.00"_s);
    QCOMPARE(inv.value(u"total"_s), u"106.00"_s);
    QCOMPARE(inv.value(u"issuer"_s), u"张三"_s);
    QVERIFY(samePolygon(inv.fields.value(u"total"_s).polygon, mmPolygon(168, 96, 37, 8)));
    QVERIFY(ex.qrTexts.isEmpty());
    QCOMPARE(inv.items.size(), 1);
    QVERIFY(samePolygon(inv.items.first().value(u"amount"_s).polygon, mmPolygon(135.5, 56, 28, 4.5)));
}

void TstOfdInvoiceExtractor::customDataOnly()
{
    OfdBuilder b;
    b.addCustomData(u"发票号码"_s, u"87654321"_s)
        .addCustomData(u"开票日期"_s, u"2020年08月05日"_s)
        .addCustomData(u"校验码"_s, u"16197 83356 74145 07415"_s)
        .addCustomData(u"销售方地址、 电话"_s, u"某市某路1号 010-1234567"_s)
        .addCustomData(u"合计税额"_s, u"***"_s)
        .addCustomData(u"native-producer"_s, u"SomeSDK"_s);
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"87654321"_s);
    QCOMPARE(inv.fields.value(u"number"_s).source, u"ofd:customdata/发票号码"_s);
    QCOMPARE(inv.value(u"date"_s), u"2020-08-05"_s);
    QCOMPARE(inv.value(u"check_code"_s), u"16197833567414507415"_s);
    QCOMPARE(inv.value(u"seller_address_phone"_s), u"某市某路1号 010-1234567"_s);
    QCOMPARE(inv.value(u"tax_amount"_s), u"0.00"_s);
    QVERIFY(!inv.has(u"native-producer"_s));
}

void TstOfdInvoiceExtractor::laterSourceDisagrees()
{
    OfdBuilder b = OfdBuilder::sampleInvoice();
    b.addCustomData(u"价税合计"_s, u"107.00"_s);
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"total"_s), u"106.00"_s);
    QCOMPARE(inv.fields.value(u"total"_s).source, u"ofd:original_invoice.xml/TaxInclusiveTotalAmount"_s);
    const QList<ra::Field> alts = inv.alternatives.value(u"total"_s);
    QCOMPARE(alts.size(), 1);
    QCOMPARE(alts.first().value, u"107.00"_s);
    QCOMPARE(alts.first().source, u"ofd:customdata/价税合计"_s);
}

void TstOfdInvoiceExtractor::prettyPrintedValues()
{
    // A re-zipped package: values carry the indentation of pretty-printed XML.
    OfdBuilder b;
    b.addText(u"5"_s, QRectF(170, 10.3, 38, 5), u"\n                    25442000000127444519\n                "_s)
        .addText(u"6"_s, QRectF(170, 16.4, 38, 5), u"2025年03月07日\n                "_s)
        .addText(u"7"_s, QRectF(20, 33.8, 84, 10.8), u"\n      某某建设有限公司某分公司\n    "_s)
        .addTag(u"InvoiceNo"_s, {u"5"_s})
        .addTag(u"IssueDate"_s, {u"6"_s})
        .addTag(u"Seller/SellerName"_s, {u"7"_s});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"25442000000127444519"_s);
    QCOMPARE(inv.value(u"date"_s), u"2025-03-07"_s);
    QCOMPARE(inv.value(u"seller_name"_s), u"某某建设有限公司某分公司"_s);
}

void TstOfdInvoiceExtractor::exemptTax()
{
    OfdBuilder b;
    b.setOriginalInvoice({{u"InvoiceNo"_s, u"04875996"_s},
                          {u"TaxInclusiveTotalAmount"_s, u"57.00"_s},
                          {u"TaxExclusiveTotalAmount"_s, u"57.00"_s},
                          {u"TaxTotalAmount"_s, u"***"_s},
                          {u"GoodsInfos/GoodsInfo/TaxScheme"_s, u"免税"_s},
                          {u"GoodsInfos/GoodsInfo/TaxAmount"_s, u"***"_s}});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"tax_amount"_s), u"0.00"_s);
    QCOMPARE(inv.items.size(), 1);
    QCOMPARE(inv.items.first().value(u"tax_rate"_s).value, u"免税"_s);
    QCOMPARE(inv.items.first().value(u"tax_amount"_s).value, u"0.00"_s);
}

void TstOfdInvoiceExtractor::flatDigitalTags()
{
    // 数电 tag files list line-item cells at the top level, one run per item; an element
    // can name several objects (a wrapped item name).
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(4.5, 56, 36.5, 4.5), u"*信息技术服务*技术服务"_s)
        .addText(u"2"_s, QRectF(4.5, 60.5, 36.5, 4.5), u"费"_s)
        .addText(u"3"_s, QRectF(127.5, 56, 25.5, 4.5), u"4197.17"_s)
        .addText(u"4"_s, QRectF(4.5, 66, 36.5, 4.5), u"*软件*许可"_s)
        .addText(u"5"_s, QRectF(127.5, 66, 25.5, 4.5), u"10.00"_s)
        .addText(u"6"_s, QRectF(170, 10.3, 38, 5), u"24112000000048542163"_s)
        .addTag(u"InvoiceNo"_s, {u"6"_s})
        .addTag(u"Item#1"_s, {u"1"_s, u"2"_s})
        .addTag(u"Amount#1"_s, {u"3"_s})
        .addTag(u"Item#2"_s, {u"4"_s})
        .addTag(u"Amount#2"_s, {u"5"_s});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.items.size(), 2);
    QCOMPARE(inv.items.at(0).value(u"name"_s).value, u"*信息技术服务*技术服务费"_s);
    QVERIFY(samePolygon(inv.items.at(0).value(u"name"_s).polygon, mmPolygon(4.5, 56, 36.5, 9)));
    QCOMPARE(inv.items.at(0).value(u"amount"_s).value, u"4197.17"_s);
    QCOMPARE(inv.items.at(1).value(u"name"_s).value, u"*软件*许可"_s);
    QCOMPARE(inv.items.at(1).value(u"amount"_s).value, u"10.00"_s);
}

void TstOfdInvoiceExtractor::noPagesContainer()
{
    // Page elements straight under Document, content at Doc_0/Content_0.xml, upper-case
    // template folder referenced in lower case.
    OfdBuilder b = OfdBuilder::sampleInvoice();
    QMap<QString, QByteArray> files = b.files();
    QByteArray doc = files.value(u"Doc_0/Document.xml"_s);
    doc.replace("<ofd:Pages>", "");
    doc.replace("</ofd:Pages>", "");
    doc.replace("Pages/Page_0/Content.xml", "Content_0.xml");
    doc.replace("Tpls/Tpl_0/Content.xml", "tpls/tpl_0/content.xml");
    b.setFile(u"Doc_0/Document.xml"_s, doc)
        .setFile(u"Doc_0/Content_0.xml"_s, files.value(u"Doc_0/Pages/Page_0/Content.xml"_s))
        .removeFile(u"Doc_0/Pages/Page_0/Content.xml"_s)
        .setFile(u"Doc_0/TPLS/TPL_0/Content.xml"_s, files.value(u"Doc_0/Tpls/Tpl_0/Content.xml"_s))
        .removeFile(u"Doc_0/Tpls/Tpl_0/Content.xml"_s);
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QVERIFY2(!ex.error, qPrintable(ex.error ? ex.error->message : QString()));
    QCOMPARE(ex.pages, 1);
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QVERIFY(samePolygon(inv.fields.value(u"number"_s).polygon, mmPolygon(164, 11.7, 40, 5)));
    QCOMPARE(inv.value(u"title"_s), OfdBuilder::sampleValues().value(u"title"_s));
}

void TstOfdInvoiceExtractor::multiPageItems()
{
    OfdBuilder b;
    b.setPageCount(2)
        .addText(u"1"_s, QRectF(164, 11.7, 40, 5), u"12235358"_s)
        .addText(u"2"_s, QRectF(14.5, 66, 41, 7), u"*餐饮服务*餐费"_s, 3.175, 2)
        .addTag(u"InvoiceNo"_s, {u"1"_s}, 1)
        .addTag(u"GoodsInfos/GoodsInfo/Item"_s, {u"2"_s}, 2);
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.pages, 2);
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.fields.value(u"number"_s).page, 1);
    QCOMPARE(inv.items.size(), 1);
    QCOMPARE(inv.items.first().value(u"name"_s).page, 2);
    QVERIFY(samePolygon(inv.items.first().value(u"name"_s).polygon, mmPolygon(14.5, 66, 41, 7)));
}

void TstOfdInvoiceExtractor::remarkParts()
{
    // 数电 invoices print payee, reviewer and bank accounts inside the remark.
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(170, 10.3, 38, 5), u"24112000000048542163"_s)
        .addText(u"2"_s, QRectF(11, 104.5, 193, 3.3), u"销方开户行:某某银行某某支行   账号:6222000011112222;"_s)
        .addText(u"3"_s, QRectF(11, 107.8, 193, 3.3), u"收款人:李四;    复核人:王五;"_s)
        .addTag(u"InvoiceNo"_s, {u"1"_s})
        .addTag(u"Note"_s, {u"2"_s, u"3"_s});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"remark"_s), u"销方开户行:某某银行某某支行   账号:6222000011112222;\n收款人:李四;    复核人:王五;"_s);
    QVERIFY(samePolygon(inv.fields.value(u"remark"_s).polygon, mmPolygon(11, 104.5, 193, 6.6)));
    QCOMPARE(inv.value(u"payee"_s), u"李四"_s);
    QCOMPARE(inv.value(u"reviewer"_s), u"王五"_s);
    QCOMPARE(inv.value(u"seller_bank_account"_s), u"某某银行某某支行 6222000011112222"_s);
    QVERIFY(!inv.has(u"buyer_bank_account"_s));
    QCOMPARE(inv.fields.value(u"payee"_s).source, u"ofd:customtag/Note#remark"_s);
}

void TstOfdInvoiceExtractor::locatesUntaggedFields()
{
    // No CustomTags: a page text run equal to the value locates it, unless several do.
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(165.39, 11.44, 40, 5.29), u"04875996"_s)
        .addText(u"2"_s, QRectF(165.39, 17.2, 40, 5.29), u"2020年04月20日"_s)
        .addText(u"3"_s, QRectF(135.42, 90.7, 28, 5.2), u"¥"_s)
        .addText(u"4"_s, QRectF(135.42, 90.7, 28, 5.2), u"57.00"_s)
        .addText(u"5"_s, QRectF(165.6, 96.4, 38.8, 6), u"¥57.00"_s)
        .addText(u"6"_s, QRectF(36.23, 104.01, 82.5, 5.29), u"某某餐饮管理有限公司"_s)
        .addText(u"7"_s, QRectF(36.23, 104.01, 82.5, 5.29), u"某某餐饮管理有限公司"_s, 3.175, 2)
        .setPageCount(2)
        .setOriginalInvoice({{u"InvoiceNo"_s, u"04875996"_s},
                             {u"IssueDate"_s, u"2020年04月20日"_s},
                             {u"TaxExclusiveTotalAmount"_s, u"57.00"_s},
                             {u"TaxInclusiveTotalAmount"_s, u"57.00"_s},
                             {u"Seller/SellerName"_s, u"某某餐饮管理有限公司"_s}});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QVERIFY(samePolygon(inv.fields.value(u"number"_s).polygon, mmPolygon(165.39, 11.44, 40, 5.29)));
    QVERIFY(samePolygon(inv.fields.value(u"date"_s).polygon, mmPolygon(165.39, 17.2, 40, 5.29)));
    QCOMPARE(inv.fields.value(u"number"_s).source, u"ofd:original_invoice.xml/InvoiceNo"_s);
    // Printed twice on page 1 ("¥" + "57.00" is one run): ambiguous, left unlocated.
    QVERIFY(inv.fields.value(u"total"_s).polygon.isEmpty());
    QVERIFY(inv.fields.value(u"pretax_amount"_s).polygon.isEmpty());
    // Repeated on page 2 (a goods list): page 1 wins.
    QVERIFY(samePolygon(inv.fields.value(u"seller_name"_s).polygon, mmPolygon(36.23, 104.01, 82.5, 5.29)));
    QCOMPARE(inv.fields.value(u"seller_name"_s).page, 1);
}

// 诺诺 (2022 增值税电子普通发票): no original_invoice.xml, no CustomTags; the data is an XBRL
// attachment (Format="xbrl", MoF `inv` taxonomy) and the amounts are right-aligned text
// objects with a negative Boundary width (issue #12). All values fictitious.
void TstOfdInvoiceExtractor::xbrlAttachment()
{
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(60, 5, 90, 8), u"浙江增值税电子普通发票"_s, 6)
        .addText(u"2"_s, QRectF(165, 11.4, 30, 5), u"87654321"_s)
        .addText(u"3"_s, QRectF(40, 30, 80, 5), u"杭州示例科技（滨江）有限公司"_s)
        .addRightAlignedText(u"4"_s, QRectF(119.6, 58, 15, 5), u"88.50"_s)
        .addRightAlignedText(u"5"_s, QRectF(190, 58, 12, 5), u"11.50"_s)
        .addRightAlignedText(u"6"_s, QRectF(170, 90, 20, 5), u"¥100.00"_s)
        .setXbrlInvoice({{u"TypeOfInvoice"_s, u"增值税电子普通发票"_s},
                         {u"CodeOfInvoice"_s, u"033002200111"_s},
                         {u"NumberOfInvoice"_s, u"87654321"_s},
                         {u"DateOfIssue"_s, u"2022-08-01"_s},
                         {u"IdentifyingCode"_s, u"12345678901234567890"_s},
                         {u"NameOfPurchaser"_s, u"杭州示例科技（滨江）有限公司"_s},
                         {u"TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfPurchaser"_s, u"91330108MA2AB12C3X"_s},
                         {u"NameOfSeller"_s, u"浙江某某餐饮有限公司"_s},
                         {u"TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfSeller"_s, u"91330106MA2H0BCD1X"_s},
                         {u"TotalAmountExcludingTax"_s, u"88.50"_s},
                         {u"TotalTaxAmount"_s, u"11.50"_s},
                         {u"TaxIncludedAmountInFigures"_s, u"100.00"_s},
                         {u"TaxIncludedAmountInWords"_s, u"壹佰圆整"_s},
                         {u"InformationOfTaxableGoodsOrServicesDetailItemsTuple#1/NameOfTaxableGoodsOrServices"_s, u"*餐饮服务*餐费"_s},
                         {u"InformationOfTaxableGoodsOrServicesDetailItemsTuple#1/AmountExcludingTax"_s, u"88.50"_s},
                         {u"InformationOfTaxableGoodsOrServicesDetailItemsTuple#1/TaxRate"_s, u"0.13"_s},
                         {u"InformationOfTaxableGoodsOrServicesDetailItemsTuple#1/TaxAmount"_s, u"11.50"_s}});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.type, ra::InvoiceType::VatElectronicNormal);
    QCOMPARE(inv.typeSource, u"ofd:invoice.xbrl/TypeOfInvoice"_s);
    QCOMPARE(inv.value(u"code"_s), u"033002200111"_s);
    QCOMPARE(inv.value(u"number"_s), u"87654321"_s);
    QCOMPARE(inv.fields.value(u"number"_s).source, u"ofd:invoice.xbrl/NumberOfInvoice"_s);
    QCOMPARE(inv.value(u"date"_s), u"2022-08-01"_s);
    QCOMPARE(inv.value(u"check_code"_s), u"12345678901234567890"_s);
    QCOMPARE(inv.value(u"buyer_name"_s), u"杭州示例科技（滨江）有限公司"_s);
    QCOMPARE(inv.value(u"buyer_tax_id"_s), u"91330108MA2AB12C3X"_s);
    QCOMPARE(inv.value(u"seller_name"_s), u"浙江某某餐饮有限公司"_s);
    QCOMPARE(inv.value(u"seller_tax_id"_s), u"91330106MA2H0BCD1X"_s);
    QCOMPARE(inv.value(u"pretax_amount"_s), u"88.50"_s);
    QCOMPARE(inv.value(u"tax_amount"_s), u"11.50"_s);
    QCOMPARE(inv.value(u"total"_s), u"100.00"_s);
    QCOMPARE(inv.value(u"total_in_words"_s), u"壹佰圆整"_s);
    QCOMPARE(inv.items.size(), 1);
    QCOMPARE(inv.items.first().value(u"name"_s).value, u"*餐饮服务*餐费"_s);
    QCOMPARE(inv.items.first().value(u"amount"_s).value, u"88.50"_s);
    QCOMPARE(inv.items.first().value(u"tax_rate"_s).value, u"13%"_s);
    QCOMPARE(inv.items.first().value(u"tax_amount"_s).value, u"11.50"_s);
    // the right-aligned texts are read: they locate the values they print (the normalized box)
    QVERIFY(samePolygon(inv.fields.value(u"total"_s).polygon, mmPolygon(170, 90, 20, 5)));
    QVERIFY(samePolygon(inv.fields.value(u"number"_s).polygon, mmPolygon(165, 11.4, 30, 5)));
    QCOMPARE(inv.value(u"title"_s), u"浙江增值税电子普通发票"_s);
}

// Values are stored as printed (full-width brackets kept); a second source spelling the same
// value with ASCII brackets is the same value, not an alternative (issue #12).
void TstOfdInvoiceExtractor::printedFormKept()
{
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(165, 11.4, 30, 5), u"12345678"_s)
        .addText(u"2"_s, QRectF(40, 30, 80, 5), u"聚光科技(杭州)股份有限公司"_s)
        .addTag(u"InvoiceNo"_s, {u"1"_s})
        .addTag(u"Buyer/BuyerName"_s, {u"2"_s})
        .setOriginalInvoice({{u"InvoiceNo"_s, u"12345678"_s},
                             {u"Buyer/BuyerName"_s, u"聚光科技（杭州）股份有限公司"_s},
                             {u"Note"_s, u"收款人：积塔；复核人：李四；"_s}});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"buyer_name"_s), u"聚光科技（杭州）股份有限公司"_s);
    QVERIFY(!inv.alternatives.contains(u"buyer_name"_s));
    // the tag's polygon is borrowed by the first source's value
    QVERIFY(samePolygon(inv.fields.value(u"buyer_name"_s).polygon, mmPolygon(40, 30, 80, 5)));
    QCOMPARE(inv.value(u"remark"_s), u"收款人：积塔；复核人：李四；"_s);
    QCOMPARE(inv.value(u"payee"_s), u"积塔"_s);
    QCOMPARE(inv.value(u"reviewer"_s), u"李四"_s);
}

void TstOfdInvoiceExtractor::lineBreaksAreNotDisagreement()
{
    // original_invoice.xml breaks the ciphertext into lines; the page draws one run.
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(126.3, 31, 77, 20), u"0062477>548-1109+2>+<79<931-426"_s)
        .addTag(u"TaxControlCode"_s, {u"1"_s})
        .setOriginalInvoice({{u"InvoiceNo"_s, u"83089647"_s},
                             {u"TaxControlCode"_s, u"0062477>548-1109+\n2>+<79<931-426\n"_s}});
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();
    QCOMPARE(inv.value(u"ciphertext"_s), u"0062477>548-1109+\n2>+<79<931-426"_s);
    QVERIFY(inv.alternatives.isEmpty());
    QVERIFY(samePolygon(inv.fields.value(u"ciphertext"_s).polygon, mmPolygon(126.3, 31, 77, 20)));
}

QTEST_GUILESS_MAIN(TstOfdInvoiceExtractor)
#include "tst_ofdinvoiceextractor.moc"
