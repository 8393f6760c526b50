// The Qiniu /invoice/multiple mapper: the seed's example (tests/data/qiniu), lenient reading of
// inconsistent vendor values, strict money and dates, polygons back on the page, errors.
#include "core/clouderror.h"
#include "qiniu/qiniumapper.h"
#include "ruiqi/ruiqimapper.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

Q_DECLARE_METATYPE(ra::InvoiceType)

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(test::testDataDir() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

ruiqi::EntryContext pageContext(double scale = 1.0)
{
    ruiqi::EntryContext c;
    c.vendor = u"qiniu"_s;
    c.codes = ruiqi::CodeTable::Qiniu;
    c.page = 1;
    c.pageSize = QSizeF(1000, 800);
    c.toPage = QTransform::fromScale(scale, scale);
    return c;
}

// One identify_results entry wrapped in the documented envelope.
QByteArray envelope(const QByteArray &entry)
{
    return R"({"result":1,"response":{"data":{"identify_results":[)" + entry + R"(]}}})";
}

Invoice single(const QByteArray &entry)
{
    const auto out = qiniu::mapOcrBody(envelope(entry), u"rid"_s, pageContext());
    if (out.error || out.invoices.size() != 1)
        qFatal("expected one invoice");
    return out.invoices.first();
}

HttpResult answer(int status, const QByteArray &body)
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.attempts = 1;
    r.clientRequestId = u"ours-1"_s;
    r.headers = {{"X-Reqid", "qiniu-req-7"}};
    return r;
}

} // namespace

class TestQiniuMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleVatInvoice();
    void seedExampleSecondInvoice();
    void polygonsMappedToPage();
    void lenientValues_data();
    void lenientValues();
    void strictMoneyAndDates_data();
    void strictMoneyAndDates();
    void typeCodes_data();
    void typeCodes();
    void orientation_data();
    void orientation();
    void flightItinerary();
    void didiTrips();
    void typeDependentKeys_data();
    void typeDependentKeys();
    void didiTripPeriod();
    void looseQrCodeAttachedByNumber();
    void vendorErrors_data();
    void vendorErrors();
    void retryClassification_data();
    void retryClassification();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void TestQiniuMapper::seedExampleVatInvoice()
{
    const auto out = qiniu::mapOcrBody(readData(u"qiniu/invoice-multiple.example.json"_s), u"rid"_s, pageContext());
    QVERIFY(!out.error);
    QCOMPARE(out.invoices.size(), 2);
    const Invoice &inv = out.invoices.at(0);
    QCOMPARE(inv.type, InvoiceType::VatNormal);
    QCOMPARE(inv.typeSource, u"qiniu:type"_s);
    QVERIFY(!inv.typeInferred);
    QCOMPARE(inv.page, 1);
    QCOMPARE(inv.pageSize, QSizeF(1000, 800));
    QCOMPARE(inv.orientation, 90);
    QCOMPARE(inv.region, QPolygonF({{100, 100}, {200, 100}, {200, 200}, {100, 200}}));

    const QMap<QString, QString> expected = {
        {u"code"_s, u"6300161320"_s},       {u"number"_s, u"15064112"_s},
        {u"date"_s, u"2017-03-28"_s},       {u"pretax_amount"_s, u"2648.54"_s},
        {u"total"_s, u"3098.79"_s},         {u"tax_amount"_s, u"450.25"_s},
        {u"check_code"_s, u"52657910788452871589"_s},
        {u"seller_name"_s, u"XXXXXX有限公司"_s}, {u"seller_tax_id"_s, u"15260000000000000G"_s},
        {u"buyer_name"_s, u"XXXXXX有限公司"_s},  {u"buyer_tax_id"_s, u"11684616000000000D"_s},
        {u"company_seal"_s, u"true"_s},     {u"form_type"_s, u"第二联"_s},
        {u"form_name"_s, u"发票联"_s},       {u"kind"_s, u"餐饮"_s},
        {u"ciphertext"_s, u"<42/93+*/+2*+81*851<9\n940-<9*>5+2-91\n<1+>7*<81>7/8*140\n50</<62-<1491+6+9"_s},
        {u"transit_mark"_s, u"true"_s},     {u"oil_mark"_s, u"true"_s},
        {u"machine_code"_s, u"499924850051"_s}, {u"travel_tax"_s, u"65.50"_s},
        {u"payee"_s, u"xxx"_s},             {u"reviewer"_s, u"xxx"_s},
        {u"issuer"_s, u"xxx"_s},            {u"province"_s, u"浙江省"_s},
        {u"city"_s, u"杭州市"_s},            {u"service_name"_s, u"餐饮服务"_s},
        {u"remark"_s, u"账期:201702, 号码:185750654"_s},
        {u"agent_issued"_s, u"true"_s},     {u"acquisition"_s, u"true"_s},
        {u"blockchain"_s, u"true"_s},       {u"printed_code"_s, u"6300161320"_s},
        {u"printed_number"_s, u"15064112"_s},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(inv.has(it.key()), qPrintable(it.key()));
        QCOMPARE(inv.value(it.key()), it.value());
    }
    QCOMPARE(inv.fields.size(), expected.size()); // nothing invented, nothing dropped
    QCOMPARE(inv.fields.value(u"total"_s).source, u"qiniu:details.total"_s);
    QCOMPARE(inv.fields.value(u"payee"_s).source, u"qiniu:details.receiptor"_s);

    QCOMPARE(inv.items.size(), 2);
    QCOMPARE(inv.items.at(0).value(u"name"_s).value, u"*餐饮服务*餐饮服务"_s);
    QCOMPARE(inv.items.at(1).value(u"name"_s).value, u"*酒*白酒"_s);
    QCOMPARE(inv.items.at(1).value(u"name"_s).source, u"qiniu:details.item_names"_s);

    QCOMPARE(inv.candidates.value(u"check_code"_s),
             QStringList({u"52657910788452871583"_s, u"52657910788452871588"_s}));
    QCOMPARE(inv.candidates.value(u"number"_s), QStringList({u"15064115"_s, u"15064116"_s}));
    QCOMPARE(inv.candidates.value(u"check_code_last_six"_s), QStringList({u"871583"_s, u"871588"_s}));
    QCOMPARE(inv.qrcodes, QStringList{u"00000102180000"_s});
    QCOMPARE(inv.barcodes, QStringList{u"00000102180000"_s});
    QVERIFY(inv.findings.isEmpty());
}

void TestQiniuMapper::seedExampleSecondInvoice()
{
    const auto out = qiniu::mapOcrBody(readData(u"qiniu/invoice-multiple.example.json"_s), u"rid"_s, pageContext());
    QCOMPARE(out.invoices.size(), 2);
    const Invoice &inv = out.invoices.at(1);
    // The seed types it 10102 although its details are a taxi receipt's: the code decides.
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
    QCOMPARE(inv.region, QPolygonF({{400, 400}, {500, 400}, {500, 500}, {400, 500}}));
    QCOMPARE(inv.value(u"code"_s), u"133011680478"_s);
    QCOMPARE(inv.value(u"number"_s), u"01670989"_s);
    QCOMPARE(inv.value(u"date"_s), u"2017-08-29"_s);
    QCOMPARE(inv.value(u"departure_time"_s), u"12:47"_s);
    QCOMPARE(inv.value(u"arrival_time"_s), u"12:52"_s);
    QCOMPARE(inv.value(u"mileage"_s), u"1.9"_s);
    QCOMPARE(inv.value(u"total"_s), u"11.00"_s);
    QCOMPARE(inv.value(u"place"_s), u"浙江省杭州市"_s);
    QCOMPARE(inv.value(u"license_plate"_s), u"浙A88888"_s);
    QCOMPARE(inv.fields.value(u"departure_time"_s).source, u"qiniu:details.time_geton"_s);
}

void TestQiniuMapper::polygonsMappedToPage()
{
    // The image sent was half the page's size: the region doubles back onto the page.
    const auto out = qiniu::mapOcrBody(readData(u"qiniu/invoice-multiple.example.json"_s), u"rid"_s,
                                       pageContext(2.0));
    QCOMPARE(out.invoices.at(0).region, QPolygonF({{200, 200}, {400, 200}, {400, 400}, {200, 400}}));
}

void TestQiniuMapper::lenientValues_data()
{
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // null: absent

    QTest::newRow("money as a JSON number") << R"({"total": 11})"_ba << u"total"_s << u"11.00"_s;
    QTest::newRow("money with one decimal") << R"({"total": 11.5})"_ba << u"total"_s << u"11.50"_s;
    QTest::newRow("money with currency sign") << R"({"total": "¥1,234.50"})"_ba << u"total"_s << u"1234.50"_s;
    QTest::newRow("flag as number 1") << R"({"company_seal": 1})"_ba << u"company_seal"_s << u"true"_s;
    QTest::newRow("flag as string 0") << R"({"block_chain": "0"})"_ba << u"blockchain"_s << u"false"_s;
    QTest::newRow("flag as boolean") << R"({"oil_mark": true})"_ba << u"oil_mark"_s << u"true"_s;
    QTest::newRow("empty string is absent") << R"({"check_code": ""})"_ba << u"check_code"_s << QString();
    QTest::newRow("null is absent") << R"({"seller": null})"_ba << u"seller_name"_s << QString();
    QTest::newRow("number as a JSON number") << R"({"number": 15064112})"_ba << u"number"_s << u"15064112"_s;
    QTest::newRow("number with No prefix") << R"({"number": "No 15064112"})"_ba << u"number"_s << u"15064112"_s;
    QTest::newRow("full-width digits folded") << R"({"code": "６３００１６１３２０"})"_ba << u"code"_s
                                              << u"6300161320"_s;
    QTest::newRow("date in ISO form") << R"({"date": "2017-03-28"})"_ba << u"date"_s << u"2017-03-28"_s;
    QTest::newRow("date compact") << R"({"date": 20170328})"_ba << u"date"_s << u"2017-03-28"_s;
    QTest::newRow("time with 时分") << R"({"time_geton": "12时47分"})"_ba << u"departure_time"_s << u"12:47"_s;
    QTest::newRow("tax rate as a fraction") << R"({"tax_rate": 0.13})"_ba << u"tax_rate"_s << u"13%"_s;
    QTest::newRow("tax rate as printed") << R"({"tax_rate": "6%"})"_ba << u"tax_rate"_s << u"6%"_s;
    QTest::newRow("tax rate without its sign") << R"({"tax_rate": "13"})"_ba << u"tax_rate"_s << u"13%"_s;
    QTest::newRow("tax rate as a whole number") << R"({"tax_rate": 9})"_ba << u"tax_rate"_s << u"9%"_s;
    QTest::newRow("tax rate 13.0") << R"({"tax_rate": "13.0"})"_ba << u"tax_rate"_s << u"13%"_s;
    QTest::newRow("tax rate in words") << R"({"tax_rate": "免税"})"_ba << u"tax_rate"_s << u"免税"_s;
    QTest::newRow("unknown key ignored") << R"({"producer_stamp": "x", "whatever": 1})"_ba << u"whatever"_s
                                         << QString();
    QTest::newRow("currency upper-cased") << R"({"currency_code": "usd"})"_ba << u"currency"_s << u"USD"_s;
}

void TestQiniuMapper::lenientValues()
{
    QFETCH(QByteArray, details);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Invoice inv = single(R"({"type":"10101","details":)" + details + "}");
    QCOMPARE(inv.fields.value(key).value, value);
    QCOMPARE(inv.has(key), !value.isNull());
    QVERIFY(inv.findings.isEmpty());
}

void TestQiniuMapper::strictMoneyAndDates_data()
{
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<QString>("key");

    QTest::newRow("three decimals refused") << R"({"total": "11.005"})"_ba << u"total"_s;
    QTest::newRow("three decimals as number refused") << R"({"total": 11.005})"_ba << u"total"_s;
    QTest::newRow("words are no amount") << R"({"tax": "免税"})"_ba << u"tax_amount"_s;
    QTest::newRow("impossible calendar date") << R"({"date": "2021年02月30日"})"_ba << u"date"_s;
    QTest::newRow("OCR noise in a date") << R"({"date": "20227年03月24日"})"_ba << u"date"_s;
    QTest::newRow("not a time") << R"({"time_getoff": "25:61"})"_ba << u"arrival_time"_s;
    QTest::newRow("flag neither yes nor no") << R"({"company_seal": "maybe"})"_ba << u"company_seal"_s;
}

void TestQiniuMapper::strictMoneyAndDates()
{
    QFETCH(QByteArray, details);
    QFETCH(QString, key);
    const Invoice inv = single(R"({"type":"10101","details":)" + details + "}");
    QVERIFY(!inv.has(key)); // left out, never guessed
    QCOMPARE(inv.findings.size(), 1);
    QCOMPARE(inv.findings.first().rule, u"vendor_value_invalid"_s);
    QCOMPARE(inv.findings.first().fields, QStringList{key});
    QVERIFY(inv.findings.first().message.contains(u"qiniu:details."_s));
    QVERIFY(!inv.findings.first().messageZh.isEmpty());
}

void TestQiniuMapper::typeCodes_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<InvoiceType>("type");
    QTest::addColumn<QString>("vendorType");
    QTest::addColumn<bool>("inferred");

    QTest::newRow("code as a JSON number") << R"({"type": 10100})"_ba << InvoiceType::VatSpecial << QString() << false;
    QTest::newRow("ship 10505a") << R"({"type": "10505a"})"_ba << InvoiceType::Ship << QString() << false;
    QTest::newRow("didi 20105") << R"({"type": "20105"})"_ba << InvoiceType::DidiItinerary << QString() << false;
    QTest::newRow("tax certificate 10902") << R"({"type": "10902"})"_ba << InvoiceType::TaxCertificate
                                           << QString() << false;
    QTest::newRow("unknown code kept, type inferred from the invoice code")
        << R"({"type": "10999", "details": {"code": "044031900111"}})"_ba << InvoiceType::VatElectronicNormal
        << u"10999"_s << true;
    QTest::newRow("unknown code, nothing to infer from") << R"({"type": "77"})"_ba << InvoiceType::Unknown
                                                         << u"77"_s << false;
    QTest::newRow("no type at all") << R"({"details": {}})"_ba << InvoiceType::Unknown << QString() << false;
}

void TestQiniuMapper::typeCodes()
{
    QFETCH(QByteArray, entry);
    QFETCH(InvoiceType, type);
    QFETCH(QString, vendorType);
    QFETCH(bool, inferred);
    const Invoice inv = single(entry);
    QCOMPARE(inv.type, type);
    QCOMPARE(inv.value(u"vendor_type"_s), vendorType);
    QCOMPARE(inv.typeInferred, inferred);
}

void TestQiniuMapper::orientation_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("degrees");
    QTest::newRow("90") << "90"_ba << 90;
    QTest::newRow("string 180") << R"("180")"_ba << 180;
    QTest::newRow("270.4") << "270.4"_ba << 270;
    QTest::newRow("-90 is 270") << "-90"_ba << 270;
    QTest::newRow("360 is 0") << "360"_ba << 0;
    QTest::newRow("null") << "null"_ba << 0;
}

void TestQiniuMapper::orientation()
{
    QFETCH(QByteArray, value);
    QFETCH(int, degrees);
    QCOMPARE(single(R"({"type":"10101","orientation":)" + value + "}").orientation, degrees);
}

void TestQiniuMapper::flightItinerary()
{
    const Invoice inv = single(R"({"type":"10506","region":["10","20","310","220"],"details":{
        "user_name":"张三","number":"7812345678901","check_code":"1234","date":"2019-05-20",
        "fare":"1200.00","tax":"50.00","fuel_surcharge":0,"caac_development_fund":"50.00","total":"1300.00",
        "print_number":"12345678901","agentcode":"PEK123","issue_by":"某某航空",
        "flights":[{"from":"北京","to":"上海","flight_number":"CA1234","date":"2019-05-26","time":"0830",
                    "seat":"Y","class_name":"经济舱","carrier":"国航"}, "junk"]}})");
    QCOMPARE(inv.type, InvoiceType::FlightItinerary);
    QCOMPARE(inv.region, QPolygonF({{10, 20}, {310, 20}, {310, 220}, {10, 220}}));
    QCOMPARE(inv.value(u"e_ticket_number"_s), u"7812345678901"_s);
    QVERIFY(!inv.has(u"number"_s));
    QCOMPARE(inv.value(u"other_taxes"_s), u"50.00"_s);
    QVERIFY(!inv.has(u"tax_amount"_s));
    QCOMPARE(inv.value(u"fuel_surcharge"_s), u"0.00"_s);
    QCOMPARE(inv.value(u"passenger_name"_s), u"张三"_s);
    QCOMPARE(inv.value(u"agent_code"_s), u"PEK123"_s);
    QCOMPARE(inv.flights.size(), 1);
    const FieldMap &f = inv.flights.first();
    QCOMPARE(f.value(u"from"_s).value, u"北京"_s);
    QCOMPARE(f.value(u"flight_number"_s).value, u"CA1234"_s);
    QCOMPARE(f.value(u"date"_s).value, u"2019-05-26"_s);
    QCOMPARE(f.value(u"seat_class"_s).value, u"Y"_s);
    QCOMPARE(f.value(u"flight_number"_s).source, u"qiniu:details.flights[0].flight_number"_s);
}

void TestQiniuMapper::didiTrips()
{
    const Invoice inv = single(R"({"type":"20105","details":{"date":"2019-06-01","total":"66.60",
        "phone":"13800000000","items":[{"car_type":"快车","time_geton":"05-26 12:30 周六","city":"杭州",
        "station_geton":"西湖","station_getoff":"东站","mileage":"12.3","total":"33.30"},
        {"car_type":"快车","total":"33.3"}]}})");
    QCOMPARE(inv.type, InvoiceType::DidiItinerary);
    QVERIFY(!inv.has(u"phone"_s)); // personal data with no key: not kept
    QCOMPARE(inv.trips.size(), 2);
    QCOMPARE(inv.trips.at(0).value(u"from"_s).value, u"西湖"_s);
    QCOMPARE(inv.trips.at(0).value(u"time"_s).value, u"05-26 12:30 周六"_s);
    QCOMPARE(inv.trips.at(1).value(u"total"_s).value, u"33.30"_s);
    QVERIFY(inv.items.isEmpty());
}

void TestQiniuMapper::typeDependentKeys_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("absentKey"); // what it must not become

    // 机动车销售统一发票: machine_code is 机打代码 (the printed code), not 机器编号.
    QTest::newRow("10104 machine_code is 机打代码")
        << R"({"type":"10104","details":{"code":"144001900111","machine_code":"144001900111","machine_number":"00123456"}})"_ba
        << u"printed_code"_s << u"144001900111"_s << u"machine_code"_s;
    QTest::newRow("10104 machine_number stays the vehicle key")
        << R"({"type":"10104","details":{"machine_number":"00123456"}})"_ba << u"machine_number"_s << u"00123456"_s
        << u"printed_number"_s;
    QTest::newRow("VAT machine_code is 机器编号")
        << R"({"type":"10100","details":{"machine_code":"499924850051"}})"_ba << u"machine_code"_s
        << u"499924850051"_s << u"printed_code"_s;
    QTest::newRow("train serial_number is the printed serial")
        << R"({"type":"10503","details":{"number":"Z66J012345","serial_number":"10491300101234A012345"}})"_ba
        << u"print_number"_s << u"10491300101234A012345"_s << u"serial_number"_s;
    QTest::newRow("category oil on a machine-printed invoice")
        << R"({"type":"10400","details":{"category":"oil"}})"_ba << u"oil_mark"_s << u"true"_s << u"category"_s;
    QTest::newRow("category oil on a roll invoice")
        << R"({"type":"10103","details":{"category":"OIL"}})"_ba << u"oil_mark"_s << u"true"_s << u"kind"_s;
    QTest::newRow("another category says nothing")
        << R"({"type":"10400","details":{"category":"food"}})"_ba << u"oil_mark"_s << QString() << u"category"_s;
    QTest::newRow("oil_mark given wins over category")
        << R"({"type":"10103","details":{"category":"oil","oil_mark":"0"}})"_ba << u"oil_mark"_s << u"false"_s
        << u"category"_s;
}

void TestQiniuMapper::typeDependentKeys()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, absentKey);
    const Invoice inv = single(entry);
    QCOMPARE(inv.fields.value(key).value, value);
    QVERIFY(!inv.has(absentKey));
    QVERIFY(inv.findings.isEmpty());
}

void TestQiniuMapper::didiTripPeriod()
{
    const Invoice inv = single(R"({"type":"20105","details":{"date":"2019-06-01","date_start":"2019-05-26 12:30",
        "date_end":"2019年05月31日","total":"66.60"}})");
    QCOMPARE(inv.value(u"date"_s), u"2019-06-01"_s); // 申请日期
    QCOMPARE(inv.value(u"travel_date"_s), u"2019-05-26"_s);
    QCOMPARE(inv.fields.value(u"travel_date"_s).source, u"qiniu:details.date_start"_s);
    QCOMPARE(inv.value(u"travel_date_end"_s), u"2019-05-31"_s);
    QVERIFY(inv.findings.isEmpty());
    QCOMPARE(ruiqi::fieldKeyFor(u"date_start"_s, InvoiceType::DidiItinerary), u"travel_date"_s);
    QCOMPARE(ruiqi::fieldKeyFor(u"date_end"_s, InvoiceType::DidiItinerary), u"travel_date_end"_s);

    const Invoice noise = single(R"({"type":"20105","details":{"date_start":"05-26 12:30"}})");
    QVERIFY(!noise.has(u"travel_date"_s));
    QCOMPARE(noise.findings.size(), 1);
    QCOMPARE(noise.findings.first().rule, u"vendor_value_invalid"_s);
    QCOMPARE(noise.findings.first().fields, QStringList{u"travel_date"_s});
}

void TestQiniuMapper::looseQrCodeAttachedByNumber()
{
    const QByteArray payload = "01,04,033001800211,12345678,100.00,20200101,12345678901234567890,ABCD,";
    const QByteArray body = R"({"result":1,"response":{"data":{"identify_results":[
        {"type":"10101","details":{"number":"87654321"}},
        {"type":"10101","details":{"number":"12345678"}}],
        "extra":{"qrcode":[")" + payload + R"(","not an invoice"],"barcode":["x"]}}}})";
    const auto out = qiniu::mapOcrBody(body, u"rid"_s, pageContext());
    QCOMPARE(out.invoices.size(), 2);
    QVERIFY(out.invoices.at(0).qrcodes.isEmpty());
    QCOMPARE(out.invoices.at(1).qrcodes, QStringList{QString::fromLatin1(payload)});
}

void TestQiniuMapper::vendorErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vendorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("invalid image") << 200 << R"({"result":0,"code":10006,"message":"Invalid image"})"_ba
                                   << QString::fromLatin1(ErrorCode::VendorRejected) << u"10006"_s
                                   << u"Invalid image"_s;
    QTest::newRow("invalid parameter: our request, not the image")
        << 200 << R"({"result":0,"code":10003,"message":"Invalid parameter"})"_ba
        << QString::fromLatin1(ErrorCode::VendorError) << u"10003"_s << u"not of the image"_s;
    QTest::newRow("download failed") << 200
                                     << R"({"result":"0","code":"10400","message":"download image file failed"})"_ba
                                     << QString::fromLatin1(ErrorCode::VendorError) << u"10400"_s
                                     << u"download image file failed"_s;
    QTest::newRow("malformed JSON") << 200 << "{\"result\":1,\"respo"_ba
                                    << QString::fromLatin1(ErrorCode::BadResponse) << QString() << u"JSON"_s;
    QTest::newRow("no identify_results") << 200 << R"({"result":1,"response":{}})"_ba
                                         << QString::fromLatin1(ErrorCode::BadResponse) << QString()
                                         << u"identify_results"_s;
    QTest::newRow("401 bad token") << 401 << R"({"error":"bad token"})"_ba
                                   << QString::fromLatin1(ErrorCode::AuthFailed) << u"HTTP 401"_s << u"bad token"_s;
    QTest::newRow("403 clock") << 403 << QByteArray() << QString::fromLatin1(ErrorCode::AuthFailed)
                               << u"HTTP 403"_s << u"clock"_s;
    QTest::newRow("429") << 429 << QByteArray() << QString::fromLatin1(ErrorCode::RateLimited) << u"HTTP 429"_s
                         << u"429"_s;
    QTest::newRow("503") << 503 << "<html>busy</html>"_ba << QString::fromLatin1(ErrorCode::VendorError)
                         << u"HTTP 503"_s << u"503"_s;
}

void TestQiniuMapper::vendorErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, vendorCode);
    QFETCH(QString, messagePart);
    const auto out = qiniu::mapOcrAnswer(answer(status, body), pageContext());
    QVERIFY(out.error);
    QVERIFY(out.invoices.isEmpty());
    QCOMPARE(out.error->code, code);
    QCOMPARE(out.error->vendorCode, vendorCode);
    QCOMPARE(out.error->requestId, u"qiniu-req-7"_s);
    QVERIFY2(out.error->message.contains(messagePart), qPrintable(out.error->message));
    QVERIFY(out.error->message.contains(u"qiniu-req-7"_s));
}

void TestQiniuMapper::retryClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retry");
    QTest::newRow("success") << 200 << R"({"result":1})"_ba << false;
    QTest::newRow("internal error 10000") << 200 << R"({"result":0,"code":10000})"_ba << true;
    QTest::newRow("download failed 10400") << 200 << R"({"result":0,"code":10400})"_ba << true;
    QTest::newRow("invalid image 10006") << 200 << R"({"result":0,"code":10006})"_ba << false;
    QTest::newRow("invalid parameter 10003") << 200 << R"({"result":0,"code":10003})"_ba << false;
    QTest::newRow("401") << 401 << QByteArray() << false;
    QTest::newRow("403") << 403 << QByteArray() << false;
    QTest::newRow("429") << 429 << QByteArray() << true;
    QTest::newRow("503") << 503 << QByteArray() << true;
    QTest::newRow("transport") << 0 << QByteArray() << true;
}

void TestQiniuMapper::retryClassification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retry);
    HttpResult r = answer(status, body);
    if (status == 0)
        r.networkError = QNetworkReply::RemoteHostClosedError;
    QCOMPARE(qiniu::classifyOcr(r, 1).retry, retry);
}

void TestQiniuMapper::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << "[1,2]"_ba;
    QTest::newRow("results not objects") << R"({"result":1,"identify_results":[1,"x",null,[]]})"_ba;
    QTest::newRow("details wrong types") << envelope(R"({"type":[],"region":{"a":1},"orientation":"x",
        "details":{"total":{"x":1},"date":[1],"flights":"no","items":5,"item_names":7},"extra":"bad"})");
    QTest::newRow("region too short") << envelope(R"({"type":"10101","region":[1,2,3]})");
    QTest::newRow("huge numbers") << envelope(R"({"type":"10101","details":{"total":1e300,"number":1e300}})");
}

void TestQiniuMapper::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    const auto out = qiniu::mapOcrBody(body, u"rid"_s, pageContext());
    for (const Invoice &inv : out.invoices)
        QVERIFY(!inv.has(u"total"_s) || inv.value(u"total"_s).contains(u'.'));
    QVERIFY(out.error || !out.invoices.isEmpty() || body.contains("[1,\"x\""));
}

QTEST_GUILESS_MAIN(TestQiniuMapper)
#include "tst_qiniumapper.moc"
