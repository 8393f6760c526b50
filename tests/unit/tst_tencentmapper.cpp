// The Tencent mappers as pure functions: the seeds' examples (tests/data/tencent), the shared
// vendor-response fixtures read in place, and hand-made responses with the inconsistencies
// vendors have (numbers as numbers, "" for absent, bad money and dates, unknown names).
#include "tencent/tencentofdmapper.h"
#include "tencent/tencentvatmapper.h"
#include "tencent/tencentapi.h"
#include "tencent/tencentvalues.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace ra;
using namespace ra::tencent;

namespace {

QJsonObject responseOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseEnvelope(f.readAll()).response;
}

QString data(const QString &name)
{
    return test::testDataDir() + QStringLiteral("/tencent/") + name;
}

QString sharedFixture(const QString &name)
{
    return test::sharedDir() + QStringLiteral("/fixtures/vendor-responses/tencent/") + name;
}

QPolygonF quad(double l, double t, double r, double b)
{
    return QPolygonF({QPointF(l, t), QPointF(r, t), QPointF(r, b), QPointF(l, b)});
}

} // namespace

class TestTencentMapper : public QObject
{
    Q_OBJECT
private slots:
    void vatSeedExample_data();
    void vatSeedExample();
    void vatPolygonsScaledBack();
    void vatLenientAndStrict();
    void vatEmptyResponse();
    void vatCandidateKeysAndBareRates();
    void invalidItemAndOfdValuesSaid();
    void ofdSeedExample_data();
    void ofdSeedExample();
    void ofdBlocksOnlyForTheirType();
    void ofdFlight();
    void ofdRailway();
    void errorEnvelope();
};

void TestTencentMapper::vatSeedExample_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed transcribed") << data(QStringLiteral("vat-invoice-ocr.seed.json"));
    QTest::newRow("shared fixture") << sharedFixture(QStringLiteral("VatInvoiceOCR.example.json"));
}

void TestTencentMapper::vatSeedExample()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP("shared vendor-response fixtures not available");
    const QJsonObject response = responseOf(path);
    QVERIFY(!response.isEmpty());
    VatMapContext ctx;
    ctx.page = 1;
    ctx.pageSize = QSizeF(1700, 1000);
    QStringList warnings;
    const QList<Invoice> list = mapVatInvoiceOcr(response, ctx, &warnings);
    QCOMPARE(list.size(), 1);
    const Invoice &inv = list.first();
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
    QCOMPARE(inv.typeSource, QStringLiteral("tencent-vat:发票类型"));
    QCOMPARE(inv.orientation, 0);
    QCOMPARE(inv.pageSize, QSizeF(1700, 1000));
    const QList<std::pair<const char *, QString>> expected = {
        {"code", QStringLiteral("012001100311")},
        {"number", QStringLiteral("63591128")},
        {"date", QStringLiteral("2019-06-16")},
        {"check_code", QStringLiteral("04656054380312409795")},
        {"machine_code", QStringLiteral("499099606262")},
        {"title", QStringLiteral("天津增值税电子普通发票")},
        {"buyer_name", QStringLiteral("腾讯优图有限公司")},
        {"buyer_tax_id", QStringLiteral("91440300MA55UJ6L44")},
        {"seller_name", QStringLiteral("深圳腾讯游戏有限公司")},
        {"seller_tax_id", QStringLiteral("911201103409033300")},
        {"pretax_amount", QStringLiteral("87.28")},
        {"tax_amount", QStringLiteral("2.62")},
        {"total", QStringLiteral("89.90")},
        {"total_in_words", QStringLiteral("捌拾玖圆玖角整")},
        {"payee", QStringLiteral("张强")},
        {"reviewer", QStringLiteral("静静")},
        {"issuer", QStringLiteral("丽丽")},
        {"province", QStringLiteral("天津市")},
        {"kind", QStringLiteral("服务")},
        {"company_seal", QStringLiteral("false")},
    };
    for (const auto &[key, value] : expected)
        QCOMPARE(inv.value(QLatin1String(key)), value);
    // "" means absent, never an empty value.
    for (const char *absent : {"buyer_address_phone", "remark", "printed_code", "city", "license_plate"})
        QVERIFY2(!inv.has(QLatin1String(absent)), absent);
    const Field number = inv.fields.value(QStringLiteral("number"));
    QCOMPARE(number.polygon, quad(1342, 101, 1453, 124));
    QCOMPARE(number.page, 1);
    QCOMPARE(number.source, QStringLiteral("tencent-vat:发票号码"));
    QCOMPARE(inv.fields.value(QStringLiteral("province")).polygon, QPolygonF());
    QCOMPARE(inv.value(QStringLiteral("ciphertext")).split(QLatin1Char('\n')).size(), 4);
    QCOMPARE(inv.fields.value(QStringLiteral("ciphertext")).polygon, quad(1058, 233, 1642, 372));

    QCOMPARE(inv.items.size(), 1);
    const FieldMap &item = inv.items.first();
    QCOMPARE(item.value(QStringLiteral("name")).value, QStringLiteral("客运服务费"));
    QCOMPARE(item.value(QStringLiteral("spec")).value, QStringLiteral("无"));
    QCOMPARE(item.value(QStringLiteral("unit")).value, QStringLiteral("次"));
    QCOMPARE(item.value(QStringLiteral("quantity")).value, QStringLiteral("1"));
    QCOMPARE(item.value(QStringLiteral("unit_price")).value, QStringLiteral("87.28"));
    QCOMPARE(item.value(QStringLiteral("amount")).value, QStringLiteral("87.28"));
    QCOMPARE(item.value(QStringLiteral("tax_rate")).value, QStringLiteral("3%"));
    QCOMPARE(item.value(QStringLiteral("tax_amount")).value, QStringLiteral("2.62"));
    // Values from Items, positions from the VatInvoiceInfos row.
    QCOMPARE(item.value(QStringLiteral("amount")).source, QStringLiteral("tencent-vat:Items.AmountWithoutTax"));
    QCOMPARE(item.value(QStringLiteral("name")).polygon, quad(203, 439, 324, 466));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestTencentMapper::vatPolygonsScaledBack()
{
    const QJsonObject response = responseOf(data(QStringLiteral("vat-invoice-ocr.seed.json")));
    VatMapContext ctx;
    ctx.page = 3;
    ctx.scale = 2.0;   // the image sent was half the page image
    const Invoice inv = mapVatInvoiceOcr(response, ctx).value(0);
    QCOMPARE(inv.page, 3);
    QCOMPARE(inv.fields.value(QStringLiteral("number")).polygon, quad(2684, 202, 2906, 248));
    QCOMPARE(inv.fields.value(QStringLiteral("number")).page, 3);
    QCOMPARE(inv.items.value(0).value(QStringLiteral("amount")).polygon, quad(2388, 856, 2514, 904));
}

void TestTencentMapper::vatLenientAndStrict()
{
    const QJsonObject response = responseOf(data(QStringLiteral("vat-lenient-multirow.json")));
    QStringList warnings;
    const QList<Invoice> list = mapVatInvoiceOcr(response, VatMapContext(), &warnings);
    QCOMPARE(list.size(), 1);
    const Invoice &inv = list.first();
    QCOMPARE(inv.orientation, 270);                                  // "-89.5" as a string
    QCOMPARE(inv.value(QStringLiteral("code")), QStringLiteral("3100231130"));   // a JSON number
    QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("01234567"));
    QCOMPARE(inv.fields.value(QStringLiteral("number")).polygon, quad(100, 10, 200, 30));  // "100" as a string
    QCOMPARE(inv.value(QStringLiteral("total")), QStringLiteral("1130.00"));
    QCOMPARE(inv.value(QStringLiteral("tax_amount")), QStringLiteral("130.00"));
    QCOMPARE(inv.value(QStringLiteral("agent_issued")), QStringLiteral("false"));
    QVERIFY(inv.has(QStringLiteral("buyer_address_phone")));        // "(…)" label variant
    // Strict: an impossible date and a third decimal are left out, never guessed.
    QVERIFY(!inv.has(QStringLiteral("date")));
    QVERIFY(!inv.has(QStringLiteral("pretax_amount")));
    QVERIFY(!inv.has(QStringLiteral("acquisition")));
    QVERIFY(!inv.has(QStringLiteral("remark")));
    QCOMPARE(warnings.size(), 3);
    for (const QString &w : warnings)
        QVERIFY2(!w.contains(QStringLiteral("1000.001")) && !w.contains(QStringLiteral("2023年")), qPrintable(w));
    // …and said on the invoice, as the other adapters do: which field, what was read, from where.
    QCOMPARE(inv.findings.size(), 3);
    QStringList about;
    for (const Finding &f : inv.findings) {
        QCOMPARE(f.rule, QStringLiteral("vendor_value_invalid"));
        QCOMPARE(f.severity, Severity::Warning);
        about << f.fields;
    }
    about.sort();
    QCOMPARE(about, QStringList({QStringLiteral("acquisition"), QStringLiteral("date"), QStringLiteral("pretax_amount")}));
    for (const Finding &f : inv.findings)
        if (f.fields == QStringList{QStringLiteral("pretax_amount")}) {
            QVERIFY2(f.message.contains(QStringLiteral("¥1000.001")), qPrintable(f.message));
            QVERIFY(f.message.contains(QStringLiteral("tencent-vat:合计金额")));
            QVERIFY(!f.messageZh.isEmpty());
        }
    QCOMPARE(inv.candidates.value(QStringLiteral("check_code")).size(), 2);

    QCOMPARE(inv.items.size(), 2);
    const FieldMap &first = inv.items.at(0);
    QCOMPARE(first.value(QStringLiteral("name")).value, QStringLiteral("*信息技术服务*软件维护费"));   // wrapped line joined
    QCOMPARE(first.value(QStringLiteral("name")).polygon, quad(20, 400, 120, 443));
    QCOMPARE(first.value(QStringLiteral("amount")).value, QStringLiteral("600.00"));
    QCOMPARE(first.value(QStringLiteral("tax_amount")).value, QStringLiteral("78.00"));
    const FieldMap &second = inv.items.at(1);
    QCOMPARE(second.value(QStringLiteral("name")).value, QStringLiteral("*信息技术服务*服务"));
    QCOMPARE(second.value(QStringLiteral("quantity")).value, QStringLiteral("2"));
    QCOMPARE(second.value(QStringLiteral("unit_price")).value, QStringLiteral("200.0000000"));
    QCOMPARE(second.value(QStringLiteral("amount")).value, QStringLiteral("400.00"));
    QCOMPARE(second.value(QStringLiteral("tax_rate")).value, QStringLiteral("13%"));
}

void TestTencentMapper::vatEmptyResponse()
{
    QVERIFY(mapVatInvoiceOcr(QJsonObject(), VatMapContext()).isEmpty());
    const QJsonObject odd = QJsonDocument::fromJson(R"({"VatInvoiceInfos": [1, "x", null, {"Name": 5}], "Items": {}})").object();
    QVERIFY(mapVatInvoiceOcr(odd, VatMapContext()).isEmpty());
}

void TestTencentMapper::vatCandidateKeysAndBareRates()
{
    // 校验码后六位备选 goes under the key the Qiniu and Ekuaibao adapters use; a rate whose % was
    // lost is a rate all the same.
    const QJsonObject response = QJsonDocument::fromJson(R"({"VatInvoiceInfos":[
        {"Name":"发票号码","Value":"01234567"},
        {"Name":"校验码后六位备选","Value":"871583,871588"},
        {"Name":"货物或应税劳务、服务名称","Value":"*信息技术服务*软件","Polygon":{"LeftTop":{"X":20,"Y":400},"RightTop":{"X":120,"Y":400},"RightBottom":{"X":120,"Y":420},"LeftBottom":{"X":20,"Y":420}}},
        {"Name":"税率","Value":"13","Polygon":{"LeftTop":{"X":700,"Y":400},"RightTop":{"X":740,"Y":400},"RightBottom":{"X":740,"Y":420},"LeftBottom":{"X":700,"Y":420}}}]})").object();
    const Invoice inv = mapVatInvoiceOcr(response, VatMapContext()).value(0);
    QCOMPARE(inv.candidates.value(QStringLiteral("check_code_last_six")),
             QStringList({QStringLiteral("871583"), QStringLiteral("871588")}));
    QVERIFY(!inv.candidates.contains(QStringLiteral("check_code_last6")));
    QCOMPARE(inv.items.value(0).value(QStringLiteral("tax_rate")).value, QStringLiteral("13%"));
    for (const auto &[raw, rate] : {std::pair{"9.0", "9%"}, std::pair{"1.5", "1.5%"}, std::pair{"0", "0%"},
                                    std::pair{"0.06", "6%"}, std::pair{"免税", "免税"}, std::pair{"13%", "13%"}})
        QCOMPARE(values::taxRate(QString::fromUtf8(raw)).value_or(QString()), QString::fromUtf8(rate));
}

void TestTencentMapper::invalidItemAndOfdValuesSaid()
{
    // A line item's unreadable amount: about items[0].amount (Items preferred over the rows).
    const QJsonObject vat = QJsonDocument::fromJson(R"({"VatInvoiceInfos":[{"Name":"发票号码","Value":"01234567"}],
        "Items":[{"Name":"*餐饮服务*餐费","AmountWithoutTax":"1O0.00","TaxAmount":"6.00"}]})").object();
    const Invoice v = mapVatInvoiceOcr(vat, VatMapContext()).value(0);
    QCOMPARE(v.items.size(), 1);
    QVERIFY(!v.items.first().contains(QStringLiteral("amount")));
    QCOMPARE(v.findings.size(), 1);
    QCOMPARE(v.findings.first().fields, QStringList{QStringLiteral("items[0].amount")});
    QVERIFY(v.findings.first().message.contains(QStringLiteral("1O0.00")));

    // VerifyOfdVatInvoiceOCR: the same.
    const QJsonObject ofd = QJsonDocument::fromJson(R"({"Type":"010","InvoiceNumber":"24110000000012345678",
        "IssueDate":"2024年13月02日","TaxInclusiveTotalAmount":"106.00",
        "GoodsInfos":[{"Item":"*餐饮服务*餐费","Amount":"abc"}]})").object();
    const Invoice o = mapVerifyOfdVatInvoiceOcr(ofd);
    QVERIFY(!o.has(QStringLiteral("date")));
    QStringList about;
    for (const Finding &f : o.findings) {
        QCOMPARE(f.rule, QStringLiteral("vendor_value_invalid"));
        about << f.fields;
    }
    about.sort();
    QCOMPARE(about, QStringList({QStringLiteral("date"), QStringLiteral("items[0].amount")}));
}

void TestTencentMapper::ofdSeedExample_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed transcribed") << data(QStringLiteral("verify-ofd-vat-invoice-ocr.seed.json"));
    QTest::newRow("shared fixture") << sharedFixture(QStringLiteral("VerifyOfdVatInvoiceOCR.example.json"));
}

void TestTencentMapper::ofdSeedExample()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP("shared vendor-response fixtures not available");
    QStringList warnings;
    const Invoice inv = mapVerifyOfdVatInvoiceOcr(responseOf(path), 1, &warnings);
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);   // Type 026
    QCOMPARE(inv.typeSource, QStringLiteral("tencent-ofd:Type"));
    QCOMPARE(inv.value(QStringLiteral("date")), QStringLiteral("2020-06-18"));
    QCOMPARE(inv.value(QStringLiteral("total")), QStringLiteral("-318.00"));
    QCOMPARE(inv.value(QStringLiteral("pretax_amount")), QStringLiteral("-300.00"));
    QCOMPARE(inv.value(QStringLiteral("tax_amount")), QStringLiteral("-18.00"));
    QCOMPARE(inv.value(QStringLiteral("buyer_name")), QStringLiteral("科*****限公司"));
    QCOMPARE(inv.value(QStringLiteral("seller_bank_account")), QStringLiteral("建设*****711"));
    QCOMPARE(inv.value(QStringLiteral("issuer")), QStringLiteral("任**"));
    QCOMPARE(inv.value(QStringLiteral("reviewer")), QStringLiteral("张***"));
    QCOMPARE(inv.fields.value(QStringLiteral("total")).source, QStringLiteral("tencent-ofd:TaxInclusiveTotalAmount"));
    QCOMPARE(inv.items.size(), 3);
    const FieldMap &item = inv.items.first();
    QCOMPARE(item.value(QStringLiteral("name")).value, QStringLiteral("*餐饮服务*餐费"));
    QCOMPARE(item.value(QStringLiteral("quantity")).value, QStringLiteral("-4"));
    QCOMPARE(item.value(QStringLiteral("unit_price")).value, QStringLiteral("25"));
    QCOMPARE(item.value(QStringLiteral("amount")).value, QStringLiteral("-100.00"));
    QCOMPARE(item.value(QStringLiteral("tax_rate")).value, QStringLiteral("6%"));
    QVERIFY(!item.contains(QStringLiteral("spec")));
    // The example's answer carries an itinerary and a rail ticket too, for a 026 VAT invoice:
    // neither describes it, so no fare, passenger, flight or train comes from them.
    QVERIFY(inv.flights.isEmpty());
    QVERIFY(inv.trips.isEmpty());
    for (const char *k : {"fare", "fuel_surcharge", "passenger_name", "passenger_id", "train_number", "seat_class",
                          "departure_station", "travel_date", "tax_rate", "e_ticket_number", "issuing_status",
                          "business_type", "original_number", "endorsement", "agent_code"})
        QVERIFY2(!inv.has(QString::fromLatin1(k)), k);
    QVERIFY(inv.alternatives.isEmpty());   // nothing from the blocks disagrees with the invoice
    QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("62***8"));
    for (const Field &f : inv.fields)
        QVERIFY(f.polygon.isEmpty());   // the OFD action returns no positions
}

// The seed's blocks under the type they describe: 040 reads AirTicketInfo only, 030
// RailwayTicketInfo only (its Fare offered as the total).
void TestTencentMapper::ofdBlocksOnlyForTheirType()
{
    QJsonObject response = responseOf(data(QStringLiteral("verify-ofd-vat-invoice-ocr.seed.json")));
    response.remove(QStringLiteral("TaxInclusiveTotalAmount"));   // the total only the block gives
    response.remove(QStringLiteral("GoodsInfos"));

    response.insert(QStringLiteral("Type"), QStringLiteral("040"));
    const Invoice air = mapVerifyOfdVatInvoiceOcr(response);
    QCOMPARE(air.type, InvoiceType::DigitalFlight);
    QCOMPARE(air.flights.size(), 1);
    QCOMPARE(air.flights.first().value(QStringLiteral("from")).value, QStringLiteral("CAN 广州"));
    QCOMPARE(air.flights.first().value(QStringLiteral("time")).value, QStringLiteral("07:25"));
    QCOMPARE(air.value(QStringLiteral("fare")), QStringLiteral("458.00"));
    QCOMPARE(air.value(QStringLiteral("passenger_name")), QStringLiteral("李**"));
    QCOMPARE(air.value(QStringLiteral("tax_rate")), QStringLiteral("8%"));
    QCOMPARE(air.value(QStringLiteral("total")), QStringLiteral("600.00"));   // its TotalAmount
    QCOMPARE(air.value(QStringLiteral("issuing_status")), QStringLiteral("正常"));
    QCOMPARE(air.fields.value(QStringLiteral("issuing_status")).source,
             QStringLiteral("tencent-ofd:AirTicketInfo.IssuingStatus"));
    for (const char *k : {"train_number", "seat_class", "business_type", "original_number", "departure_station"})
        QVERIFY2(!air.has(QString::fromLatin1(k)), k);
    QVERIFY(air.alternatives.value(QStringLiteral("tax_rate")).isEmpty());   // no 6% from the rail block

    response.insert(QStringLiteral("Type"), 30);   // a JSON number loses the leading zero
    const Invoice rail = mapVerifyOfdVatInvoiceOcr(response);
    QCOMPARE(rail.type, InvoiceType::DigitalTrain);
    QVERIFY(rail.flights.isEmpty());
    QCOMPARE(rail.value(QStringLiteral("train_number")), QStringLiteral("D1****1"));
    QCOMPARE(rail.value(QStringLiteral("seat_class")), QStringLiteral("一等座"));
    QCOMPARE(rail.value(QStringLiteral("business_type")), QStringLiteral("退"));
    QCOMPARE(rail.value(QStringLiteral("passenger_name")), QStringLiteral("汪某某"));
    QCOMPARE(rail.value(QStringLiteral("fare")), QStringLiteral("48.00"));
    QCOMPARE(rail.value(QStringLiteral("total")), QStringLiteral("48.00"));   // the Fare, as the total
    QCOMPARE(rail.fields.value(QStringLiteral("total")).source, QStringLiteral("tencent-ofd:RailwayTicketInfo.Fare"));
    QCOMPARE(rail.value(QStringLiteral("tax_rate")), QStringLiteral("6%"));
    for (const char *k : {"fuel_surcharge", "endorsement", "agent_code", "issuing_status", "caac_development_fund"})
        QVERIFY2(!rail.has(QString::fromLatin1(k)), k);

    // With the invoice's own total, the Fare is offered after it: a different fare is an
    // alternative, never the value.
    response.insert(QStringLiteral("TaxInclusiveTotalAmount"), QStringLiteral("50.00"));
    const Invoice both = mapVerifyOfdVatInvoiceOcr(response);
    QCOMPARE(both.value(QStringLiteral("total")), QStringLiteral("50.00"));
    QCOMPARE(both.alternatives.value(QStringLiteral("total")).value(0).value, QStringLiteral("48.00"));
}

void TestTencentMapper::ofdFlight()
{
    QStringList warnings;
    const Invoice inv = mapVerifyOfdVatInvoiceOcr(responseOf(data(QStringLiteral("ofd-flight.json"))), 1, &warnings);
    QCOMPARE(inv.type, InvoiceType::DigitalFlight);
    QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("24110000000000000001"));
    QCOMPARE(inv.value(QStringLiteral("passenger_name")), QStringLiteral("测试乘客"));
    QCOMPARE(inv.value(QStringLiteral("fare")), QStringLiteral("1200.00"));   // a JSON number
    QCOMPARE(inv.value(QStringLiteral("tax_rate")), QStringLiteral("9%"));    // "0.09"
    QCOMPARE(inv.value(QStringLiteral("total")), QStringLiteral("1360.00"));
    QCOMPARE(inv.value(QStringLiteral("date")), QStringLiteral("2024-02-20"));
    QCOMPARE(inv.value(QStringLiteral("buyer_name")), QStringLiteral("示例科技有限公司"));
    QVERIFY(!inv.has(QStringLiteral("code")));
    QVERIFY(!inv.has(QStringLiteral("other_taxes")));
    QCOMPARE(inv.flights.size(), 2);
    QCOMPARE(inv.flights.at(1).value(QStringLiteral("flight_number")).value, QStringLiteral("MU5101"));
    QCOMPARE(inv.flights.at(1).value(QStringLiteral("time")).value, QStringLiteral("18:30"));
    QVERIFY(inv.items.isEmpty());
}

void TestTencentMapper::ofdRailway()
{
    const Invoice inv = mapVerifyOfdVatInvoiceOcr(responseOf(data(QStringLiteral("ofd-railway.json"))));
    QCOMPARE(inv.type, InvoiceType::DigitalTrain);
    QCOMPARE(inv.value(QStringLiteral("date")), QStringLiteral("2024-04-02"));
    QCOMPARE(inv.value(QStringLiteral("total")), QStringLiteral("553.00"));
    QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("24319100000000000002"));
    QCOMPARE(inv.value(QStringLiteral("departure_station")), QStringLiteral("上海虹桥"));
    QCOMPARE(inv.value(QStringLiteral("arrival_station")), QStringLiteral("北京南"));
    QCOMPARE(inv.value(QStringLiteral("train_number")), QStringLiteral("G2"));
    QCOMPARE(inv.value(QStringLiteral("travel_date")), QStringLiteral("2024-04-05"));
    QCOMPARE(inv.value(QStringLiteral("departure_time")), QStringLiteral("09:00"));
    QCOMPARE(inv.value(QStringLiteral("seat")), QStringLiteral("12A号"));
    QCOMPARE(inv.value(QStringLiteral("pretax_amount")), QStringLiteral("507.34"));
    QCOMPARE(inv.value(QStringLiteral("tax_amount")), QStringLiteral("45.66"));
    QCOMPARE(inv.value(QStringLiteral("tax_rate")), QStringLiteral("9%"));
}

void TestTencentMapper::errorEnvelope()
{
    const Envelope e = parseEnvelope(R"({"Response":{"Error":{"Code":"FailedOperation.OcrFailed","Message":"OCR识别失败"},"RequestId":"r-1"}})");
    QVERIFY(e.wellFormed);
    QCOMPARE(e.errorCode, QStringLiteral("FailedOperation.OcrFailed"));
    QCOMPARE(e.requestId, QStringLiteral("r-1"));
    QVERIFY(!parseEnvelope("{\"Response\": [").wellFormed);
    QVERIFY(!parseEnvelope("[]").wellFormed);
}

QTEST_GUILESS_MAIN(TestTencentMapper)
#include "tst_tencentmapper.moc"
