// The DeepFinch value_add_tax_invoice mapper and answer errors: the seed's examples
// (tests/data/deepfinch), {txt, region} leaves with empty regions, polygons back on the page,
// the inferred type, and every documented error status.
#include "core/clouderror.h"
#include "core/vendorendpoint.h"
#include "deepfinch/deepfinchapi.h"
#include "deepfinch/deepfinchmapper.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(test::testDataDir() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

deepfinch::PageContext page(double scale = 1.0)
{
    deepfinch::PageContext c;
    c.page = 1;
    c.pageSize = QSizeF(500, 300);
    c.toPage = QTransform::fromScale(scale, scale);
    return c;
}

HttpResult answer(int status, const QByteArray &body)
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.attempts = 1;
    r.clientRequestId = u"ours"_s;
    return r;
}

QByteArray result(const QByteArray &inner)
{
    return R"({"status":"OK","request_id":"TID1","result":)" + inner + "}";
}

} // namespace

class TestDeepFinchMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExample();
    void seedExamplePolygonsScaledBack();
    void typeInferredAndMarked();
    void lenientLeaves();
    void lineItems();
    void taxAmountTotalByArithmetic_data();
    void taxAmountTotalByArithmetic();
    void emptyResultIsNoInvoice();
    void statusErrors_data();
    void statusErrors();
    void seedErrorExample();
    void retryOnlyTransientStatuses_data();
    void retryOnlyTransientStatuses();
    void requestCarriesHeadersAndFile();
};

void TestDeepFinchMapper::seedExample()
{
    const auto out = deepfinch::mapOcrBody(readData(u"deepfinch/value-add-tax-invoice.example.json"_s), u"x"_s, page());
    QVERIFY(!out.error);
    QCOMPARE(out.invoices.size(), 1);
    const Invoice &inv = out.invoices.first();
    QCOMPARE(inv.value(u"code"_s), u"023XXXX1XX"_s);
    QCOMPARE(inv.value(u"number"_s), u"01XXX92"_s);
    QCOMPARE(inv.value(u"check_code"_s), u"000085XXXXXXXXXX"_s);
    QCOMPARE(inv.value(u"machine_code"_s), u"80XXXXX021"_s);
    QCOMPARE(inv.value(u"pretax_amount"_s), u"120.00"_s);
    QCOMPARE(inv.value(u"total"_s), u"120.00"_s);
    QCOMPARE(inv.value(u"total_in_words"_s), u"壹佰贰拾圆整"_s);
    QCOMPARE(inv.value(u"seller_tax_id"_s), u"91230107XXXXXXXXX08"_s);
    QCOMPARE(inv.value(u"seller_address_phone"_s), u"XXXXXXXXX"_s);
    QCOMPARE(inv.value(u"ciphertext"_s), u"03+92<662/1*0374c4943296016\nJ-475>216+9246621*83/47-03\n"
                                         u"<++924662/1*83/4c-4-0.5\n+176-0648101+7830×54+6366×1"_s);
    // "" regions and texts: absent, never empty strings.
    for (const char *k : {"tax_amount", "buyer_name", "buyer_tax_id", "buyer_address_phone", "buyer_bank_account",
                          "seller_name", "seller_bank_account"})
        QVERIFY2(!inv.has(QString::fromLatin1(k)), k);
    // The example's date "20227年03月24日" is OCR noise: left out and said.
    QVERIFY(!inv.has(u"date"_s));
    QCOMPARE(inv.findings.size(), 1);
    QCOMPARE(inv.findings.first().rule, u"vendor_value_invalid"_s);
    QCOMPARE(inv.findings.first().fields, QStringList{u"date"_s});
    QVERIFY(inv.findings.first().message.contains(u"20227年03月24日"_s));

    const Field total = inv.fields.value(u"total"_s);
    QCOMPARE(total.source, u"deepfinch:result.amount_info.amount_in_figuers"_s);
    QCOMPARE(total.page, 1);
    QCOMPARE(total.polygon.size(), 4);
    QCOMPARE(total.polygon.at(0), QPointF(377.11784882627745, 200.21450292616888));
    QCOMPARE(total.polygon.at(2), QPointF(417.2228750828416, 208.9700009856773));
    // The 密码区 polygon is the rectangle around its four lines.
    const QRectF cipher = inv.fields.value(u"ciphertext"_s).polygon.boundingRect();
    QCOMPARE(cipher.left(), 299.09534319987085);
    QCOMPARE(cipher.bottom(), 106.0928987864535);
    QVERIFY(inv.items.isEmpty());
}

void TestDeepFinchMapper::seedExamplePolygonsScaledBack()
{
    const auto out = deepfinch::mapOcrBody(readData(u"deepfinch/value-add-tax-invoice.example.json"_s), u"x"_s,
                                           page(2.0));
    const QPolygonF p = out.invoices.first().fields.value(u"code"_s).polygon;
    QCOMPARE(p.at(0), QPointF(2 * 112.78926668074108, 2 * 29.84710318490111));
}

void TestDeepFinchMapper::typeInferredAndMarked()
{
    const auto out = deepfinch::mapOcrBody(
        result(R"({"invoice_info":{"invoice_code":{"txt":"044031900111","region":""},
                                   "invoice_numb":{"txt":"12345678","region":""}}})"),
        u"x"_s, page());
    const Invoice &inv = out.invoices.first();
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
    QVERIFY(inv.typeInferred);
    QCOMPARE(inv.typeSource, u"inferred:code"_s);

    const auto none = deepfinch::mapOcrBody(result(R"({"invoice_info":{"invoice_numb":{"txt":"1","region":""}}})"),
                                            u"x"_s, page());
    QCOMPARE(none.invoices.first().type, InvoiceType::Unknown);
    QVERIFY(!none.invoices.first().typeInferred);
}

void TestDeepFinchMapper::lenientLeaves()
{
    const auto out = deepfinch::mapOcrBody(
        result(R"({"invoice_info":{"invoice_numb":{"txt":12345678,"region":[1,2,3,4]},
                                   "invoice_date":{"txt":"2022年03月24日","region":"1,2"},
                                   "invoice_code":"3100171130",
                                   "unknown":{"txt":"ignored"}},
                   "amount_info":{"amount_in_figuers":{"txt":"¥120.5","region":[0,0,10,0,10,5,0,5]},
                                  "tax_amount_total":{"txt":"***","region":""}},
                   "buyer_info":[],"seller_info":"odd"})"),
        u"x"_s, page());
    QVERIFY(!out.error);
    const Invoice &inv = out.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"12345678"_s);
    QCOMPARE(inv.fields.value(u"number"_s).polygon, QPolygonF({{1, 2}, {3, 2}, {3, 4}, {1, 4}}));
    QCOMPARE(inv.value(u"date"_s), u"2022-03-24"_s);
    QVERIFY(inv.fields.value(u"date"_s).polygon.isEmpty()); // "1,2" is no polygon
    QCOMPARE(inv.fields.value(u"date"_s).page, 0);
    QCOMPARE(inv.value(u"code"_s), u"3100171130"_s);
    QCOMPARE(inv.value(u"total"_s), u"120.50"_s);
    QCOMPARE(inv.fields.value(u"total"_s).polygon, QPolygonF({{0, 0}, {10, 0}, {10, 5}, {0, 5}}));
    QVERIFY(!inv.has(u"tax_amount"_s)); // "***" is no amount: reported
    QCOMPARE(inv.findings.size(), 1);
    QCOMPARE(inv.findings.first().fields, QStringList{u"tax_amount"_s});
}

void TestDeepFinchMapper::lineItems()
{
    const auto out = deepfinch::mapOcrBody(
        result(R"({"detail_info":[
            {"detail_name":{"txt":"*餐饮服务*餐费","region":[0,0,9,0,9,9,0,9]},"amount":{"txt":"113.21","region":""},
             "tax_rate":{"txt":"6%","region":""},"tax_amount":{"txt":"6.79","region":""}},
            {"detail_name":{"txt":"","region":""}},
            "garbage"]})"),
        u"x"_s, page());
    const Invoice &inv = out.invoices.first();
    QCOMPARE(inv.items.size(), 1);
    const FieldMap &item = inv.items.first();
    QCOMPARE(item.value(u"name"_s).value, u"*餐饮服务*餐费"_s);
    QCOMPARE(item.value(u"amount"_s).value, u"113.21"_s);
    QCOMPARE(item.value(u"tax_rate"_s).value, u"6%"_s);
    QCOMPARE(item.value(u"tax_amount"_s).value, u"6.79"_s);
    QCOMPARE(item.value(u"amount"_s).source, u"deepfinch:result.detail_info[0].amount"_s);
    QCOMPARE(item.value(u"name"_s).polygon.size(), 4);
}

void TestDeepFinchMapper::taxAmountTotalByArithmetic_data()
{
    // amount_total (P), tax_amount_total (X), amount_in_figuers (T); "" = absent.
    QTest::addColumn<QString>("p");
    QTest::addColumn<QString>("x");
    QTest::addColumn<QString>("t");
    QTest::addColumn<QString>("field");    // where X lands
    QTest::addColumn<QString>("severity"); // of the vendor_field_meaning finding; "" = none
    QTest::addColumn<bool>("uncertain");

    QTest::newRow("P + X = T: the tax") << u"100.00"_s << u"13.00"_s << u"113.00"_s << u"tax_amount"_s << u"info"_s << false;
    QTest::newRow("X = T: the total, as documented") << u"100.00"_s << u"113.00"_s << u"113.00"_s << u"total"_s << QString() << false;
    QTest::newRow("tax-free: 0 is the tax") << u"120.00"_s << u"0.00"_s << u"120.00"_s << u"tax_amount"_s << u"info"_s << false;
    QTest::newRow("red-letter") << u"-100.00"_s << u"-13.00"_s << u"-113.00"_s << u"tax_amount"_s << u"info"_s << false;
    QTest::newRow("P only, X above it: total") << u"100.00"_s << u"113.00"_s << QString() << u"total"_s << QString() << false;
    QTest::newRow("P only, X below it: tax") << u"100.00"_s << u"13.00"_s << QString() << u"tax_amount"_s << u"info"_s << false;
    QTest::newRow("T only, X below it: tax") << QString() << u"13.00"_s << u"113.00"_s << u"tax_amount"_s << u"info"_s << false;
    QTest::newRow("T only, X = T: total") << QString() << u"113.00"_s << u"113.00"_s << u"total"_s << QString() << false;
    QTest::newRow("T only, X above it") << QString() << u"200.00"_s << u"113.00"_s << u"total"_s << u"warning"_s << true;
    QTest::newRow("alone: as documented, uncertain") << QString() << u"113.00"_s << QString() << u"total"_s << QString() << true;
    QTest::newRow("fits neither, small: tax") << u"100.00"_s << u"12.00"_s << u"113.00"_s << u"tax_amount"_s << u"warning"_s << true;
    QTest::newRow("fits neither, large: total") << u"100.00"_s << u"200.00"_s << u"113.00"_s << u"total"_s << u"warning"_s << true;
}

void TestDeepFinchMapper::taxAmountTotalByArithmetic()
{
    QFETCH(QString, p);
    QFETCH(QString, x);
    QFETCH(QString, t);
    QFETCH(QString, field);
    QFETCH(QString, severity);
    QFETCH(bool, uncertain);
    QJsonObject amount{{u"tax_amount_total"_s, QJsonObject{{u"txt"_s, x}, {u"region"_s, u""_s}}}};
    if (!p.isEmpty())
        amount.insert(u"amount_total"_s, QJsonObject{{u"txt"_s, p}, {u"region"_s, u""_s}});
    if (!t.isEmpty())
        amount.insert(u"amount_in_figuers"_s, QJsonObject{{u"txt"_s, t}, {u"region"_s, u""_s}});
    const auto out = deepfinch::mapOcrBody(
        result(QJsonDocument(QJsonObject{{u"amount_info"_s, amount}}).toJson(QJsonDocument::Compact)), u"x"_s, page());
    QVERIFY(!out.error);
    const Invoice &inv = out.invoices.first();
    const QString source = u"deepfinch:result.amount_info.tax_amount_total"_s;
    if (field == u"tax_amount") {
        QCOMPARE(inv.value(u"tax_amount"_s), x);
        QCOMPARE(inv.fields.value(u"tax_amount"_s).source, source);
        QCOMPARE(inv.fields.value(u"tax_amount"_s).uncertain, uncertain);
        if (!t.isEmpty())
            QCOMPARE(inv.value(u"total"_s), t);
    } else {
        QVERIFY(!inv.has(u"tax_amount"_s));
        if (t.isEmpty() || t == x) {
            QCOMPARE(inv.value(u"total"_s), x);
            QVERIFY(inv.alternatives.value(u"total"_s).isEmpty());
            if (t.isEmpty()) {
                QCOMPARE(inv.fields.value(u"total"_s).source, source);
                QCOMPARE(inv.fields.value(u"total"_s).uncertain, uncertain);
            }
        } else { // amount_in_figuers stays the total; X is offered beside it
            QCOMPARE(inv.value(u"total"_s), t);
            QCOMPARE(inv.alternatives.value(u"total"_s).size(), 1);
            QCOMPARE(inv.alternatives.value(u"total"_s).first().value, x);
            QCOMPARE(inv.alternatives.value(u"total"_s).first().uncertain, uncertain);
        }
    }
    QList<Finding> meaning;
    for (const Finding &f : inv.findings)
        if (f.rule == u"vendor_field_meaning")
            meaning << f;
    if (severity.isEmpty()) {
        QVERIFY(meaning.isEmpty());
        return;
    }
    QCOMPARE(meaning.size(), 1);
    QCOMPARE(severityKey(meaning.first().severity), severity);
    QCOMPARE(meaning.first().fields, QStringList{field});
    QVERIFY(meaning.first().message.contains(x));
    QVERIFY(meaning.first().message.contains(u"价税合计"_s));
    QVERIFY(!meaning.first().messageZh.isEmpty());
}

void TestDeepFinchMapper::emptyResultIsNoInvoice()
{
    const auto out = deepfinch::mapOcrBody(
        result(R"({"invoice_info":{"invoice_code":{"txt":"","region":""}},"detail_info":[]})"), u"x"_s, page());
    QVERIFY(out.error);
    QCOMPARE(out.error->code, QString::fromLatin1(ErrorCode::NoInvoice));
    QCOMPARE(out.error->requestId, u"TID1"_s);
}

void TestDeepFinchMapper::statusErrors_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vendorCode");
    QTest::newRow("INVALID_ARGUMENT") << 400 << R"({"status":"INVALID_ARGUMENT","reason":"bad","request_id":"T1"})"_ba
                                      << QString::fromLatin1(ErrorCode::VendorRejected) << u"INVALID_ARGUMENT"_s;
    QTest::newRow("DETECTION_FAILED") << 400 << R"({"status":"DETECTION_FAILED","reason":"bad","request_id":"T1"})"_ba
                                      << QString::fromLatin1(ErrorCode::VendorRejected) << u"DETECTION_FAILED"_s;
    QTest::newRow("UNAUTHORIZED") << 401 << R"({"status":"UNAUTHORIZED","reason":"bad","request_id":"T1"})"_ba
                                  << QString::fromLatin1(ErrorCode::AuthFailed) << u"UNAUTHORIZED"_s;
    QTest::newRow("RATE_LIMIT_EXCEEDED") << 403 << R"({"status":"RATE_LIMIT_EXCEEDED","reason":"bad","request_id":"T1"})"_ba
                                         << QString::fromLatin1(ErrorCode::RateLimited) << u"RATE_LIMIT_EXCEEDED"_s;
    QTest::newRow("NOT_FOUND") << 404 << R"({"status":"NOT_FOUND","reason":"bad","request_id":"T1"})"_ba
                               << QString::fromLatin1(ErrorCode::VendorError) << u"NOT_FOUND"_s;
    QTest::newRow("INTERNAL_ERROR") << 500 << R"({"status":"INTERNAL_ERROR","reason":"bad","request_id":"T1"})"_ba
                                    << QString::fromLatin1(ErrorCode::VendorError) << u"INTERNAL_ERROR"_s;
    QTest::newRow("200 with a failure status") << 200 << R"({"status":"DETECTION_FAILED","reason":"bad","request_id":"T1"})"_ba
                                               << QString::fromLatin1(ErrorCode::VendorRejected) << u"DETECTION_FAILED"_s;
}

void TestDeepFinchMapper::statusErrors()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, vendorCode);
    const auto e = deepfinch::answerError(answer(httpStatus, body));
    QVERIFY(e);
    QCOMPARE(e->code, code);
    QCOMPARE(e->vendorCode, vendorCode);
    QCOMPARE(e->requestId, u"T1"_s);
    QVERIFY(e->message.contains(u"bad"_s));
}

void TestDeepFinchMapper::seedErrorExample()
{
    const QByteArray body = readData(u"deepfinch/error-invalid-argument.example.json"_s);
    const auto e = deepfinch::answerError(answer(400, body));
    QVERIFY(e);
    QCOMPARE(e->vendorCode, u"INVALID_ARGUMENT"_s);
    QCOMPARE(e->requestId, u"TID8bf47ab6eda64476973cc5f5b6ebf57e"_s);
    QVERIFY(e->message.contains(u"must specify 'file'"_s));
    // The mapper says the same of such a body.
    const auto out = deepfinch::mapOcrBody(body, u"x"_s, page());
    QVERIFY(out.error);
    QCOMPARE(out.error->vendorCode, u"INVALID_ARGUMENT"_s);
    QVERIFY(!deepfinch::answerError(answer(200, result("{}"))));
}

void TestDeepFinchMapper::retryOnlyTransientStatuses_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retry");
    QTest::newRow("rate limit") << 403 << R"({"status":"RATE_LIMIT_EXCEEDED"})"_ba << true;
    QTest::newRow("internal error") << 500 << R"({"status":"INTERNAL_ERROR"})"_ba << true;
    QTest::newRow("unauthorized") << 401 << R"({"status":"UNAUTHORIZED"})"_ba << false;
    QTest::newRow("invalid argument") << 400 << R"({"status":"INVALID_ARGUMENT"})"_ba << false;
    QTest::newRow("ok") << 200 << R"({"status":"OK"})"_ba << false;
}

void TestDeepFinchMapper::retryOnlyTransientStatuses()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(bool, retry);
    QCOMPARE(deepfinch::classify(answer(httpStatus, body), 1).retry, retry);
}

void TestDeepFinchMapper::requestCarriesHeadersAndFile()
{
    const VendorEndpoint e = VendorEndpoint::resolve(QString(), deepfinch::kDefaultEndpoint);
    const PreparedRequest p = deepfinch::ocrRequest(e, u"id-1"_s, u"secret-1"_s, u"page1.png"_s, "image/png", "IMG", "B0");
    QCOMPARE(p.request.url().toString(), u"https://cloudapi.deepfinch.com/ocr/value_add_tax_invoice"_s);
    QCOMPARE(p.request.rawHeader("X-DF-API-ID"), "id-1"_ba);
    QCOMPARE(p.request.rawHeader("X-DF-API-SECRET"), "secret-1"_ba);
    QCOMPARE(p.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             "multipart/form-data; boundary=B0"_ba);
    QVERIFY(p.body.contains("name=\"file\"; filename=\"page1.png\""));
    QVERIFY(p.body.contains("IMG"));
}

QTEST_GUILESS_MAIN(TestDeepFinchMapper)
#include "tst_deepfinchmapper.moc"
