// The Ekuaibao pieces that need no network: the processImageByFileUrl mapper against the
// vendor-responses fixture (read in place) and the seed's example (tests/data/ekuaibao), the
// token and request builders, answer parsing, retry rules and errors.
#include "core/clouderror.h"
#include "core/vendorendpoint.h"
#include "ekuaibao/ekuaibaoapi.h"
#include "ekuaibao/ekuaibaomapper.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fixture(const QString &name)
{
    return test::sharedDir() + u"/fixtures/vendor-responses/ekuaibao/"_s + name;
}

ruiqi::EntryContext page1()
{
    ruiqi::EntryContext c;
    c.page = 1;
    c.pageSize = QSizeF(1840, 1000);
    return c;
}

HttpResult answer(int status, const QByteArray &body = {})
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.attempts = 1;
    r.clientRequestId = u"ours-9"_s;
    return r;
}

void checkVatExample(const Invoice &inv)
{
    QCOMPARE(inv.type, InvoiceType::VatSpecial); // 10100, electronic_mark 0
    QCOMPARE(inv.typeSource, u"ekuaibao:type"_s);
    QCOMPARE(inv.region, QPolygonF({{64, 0}, {1776, 0}, {1776, 941}, {64, 941}}));
    QCOMPARE(inv.orientation, 0);
    QCOMPARE(inv.page, 1);
    const QMap<QString, QString> expected = {
        {u"code"_s, u"1100194130"_s},
        {u"number"_s, u"33492912"_s},
        {u"date"_s, u"2021-06-11"_s},
        {u"pretax_amount"_s, u"95598.73"_s},
        {u"total"_s, u"103834.00"_s},
        {u"tax_amount"_s, u"8235.27"_s},
        {u"seller_name"_s, u"北京当代商城有限责任公司"_s},
        {u"seller_tax_id"_s, u"91110108102068***K"_s},
        {u"buyer_name"_s, u"某某***(北京)餐饮管理有限公司"_s},
        {u"buyer_tax_id"_s, u"911100006********2"_s},
        {u"company_seal"_s, u"true"_s},
        {u"form_type"_s, u"第二联"_s},
        {u"form_name"_s, u"抵扣联"_s},
        {u"kind"_s, u"通讯"_s},
        {u"ciphertext"_s, u"13</7>62>+/72-14++9549--+0/\n310+2858/-/>99+215023>/>02+\n21*<07432<9>1*/+0-158+954>>\n"
                          u"9+*/532+2438*+97*>+2/>10+1/"_s},
        {u"blockchain"_s, u"false"_s},
        {u"seller_address_phone"_s, u"北京市海淀区中关村大街40号 62696804"_s},
        {u"seller_bank_account"_s, u"建行北京中关村南大街支行 11001018300056000137"_s},
        {u"issuer"_s, u"刘京"_s},
        {u"service_name"_s, u"水冰雪"_s},
        {u"remark"_s, u"北京市海淀区中关村大街40号"_s},
        {u"title"_s, u"北京增值税专用发票"_s},
        {u"electronic"_s, u"false"_s},
        {u"total_in_words"_s, u"壹拾万叁仟捌佰叁拾肆圆整"_s},
        {u"printed_number"_s, u"93492912"_s},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(inv.fields.value(it.key()).value, it.value());
    // "" for absent: check_code, receiptor, reviewer, producer_stamp are not there at all.
    QCOMPARE(inv.fields.size(), expected.size());
    QCOMPARE(inv.fields.value(u"total"_s).source, u"ekuaibao:details.total"_s);
    QCOMPARE(inv.items.size(), 4);
    QCOMPARE(inv.items.at(3).value(u"name"_s).value, u"*企业管理服务*管理费"_s);
    QVERIFY(inv.findings.isEmpty());
}

} // namespace

class TestEkuaibaoMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vendorResponseFixture();
    void seedExample();
    void electronicMarkMakesElectronicSpecial();
    void severalInvoicesEachWithItsRegion();
    void otherEndpointsShapeIsAnError_data();
    void otherEndpointsShapeIsAnError();
    void tokenRequestKeepsKeysInTheBody();
    void parseToken_data();
    void parseToken();
    void tokenValidityAndFreshness();
    void tokenPercentEncodedInQuery();
    void uploadAndDownloadUrls();
    void attachmentServiceUrls_data();
    void attachmentServiceUrls();
    void safeFileName_data();
    void safeFileName();
    void classification_data();
    void classification();
    void documentErrors_data();
    void documentErrors();
};

void TestEkuaibaoMapper::vendorResponseFixture()
{
    const QByteArray body = readFile(fixture(u"invoice-ocr.response1.json"_s));
    if (body.isEmpty())
        QSKIP("shared/fixtures/vendor-responses/ekuaibao is not present");
    const auto out = ekuaibao::mapOcrBody(body, u"rid"_s, page1());
    QVERIFY(!out.error);
    QCOMPARE(out.invoices.size(), 1);
    checkVatExample(out.invoices.first());
}

void TestEkuaibaoMapper::seedExample()
{
    const QByteArray body = readFile(test::testDataDir() + u"/ekuaibao/invoice-ocr.example.json"_s);
    QVERIFY(!body.isEmpty());
    const auto out = ekuaibao::mapOcrBody(body, u"rid"_s, page1());
    QVERIFY(!out.error);
    QCOMPARE(out.invoices.size(), 1);
    checkVatExample(out.invoices.first());
}

void TestEkuaibaoMapper::electronicMarkMakesElectronicSpecial()
{
    const auto out = ekuaibao::mapOcrBody(
        R"({"value":{"invoices":[{"type":10100,"details":{"electronic_mark":"1"}},
                                 {"type":"10108","details":{}},
                                 {"type":"105030","details":{}}]}})",
        u"rid"_s, page1());
    QCOMPARE(out.invoices.size(), 3);
    QCOMPARE(out.invoices.at(0).type, InvoiceType::VatElectronicSpecial);
    QCOMPARE(out.invoices.at(1).type, InvoiceType::DigitalNormal);
    QCOMPARE(out.invoices.at(2).type, InvoiceType::DigitalTrain);
}

void TestEkuaibaoMapper::severalInvoicesEachWithItsRegion()
{
    ruiqi::EntryContext c = page1();
    c.page = 2;
    c.toPage = QTransform::fromScale(1.5, 1.5);
    const auto out = ekuaibao::mapOcrBody(
        R"({"value":{"invoices":[{"type":"10500","region":[0,0,100,50],"orientation":180.0,
                                  "details":{"total":"11.00","number":"01670989"}},
                                 {"type":"10500","region":[100,0,200,50],"details":{"total":12}}]}})",
        u"rid"_s, c);
    QCOMPARE(out.invoices.size(), 2);
    QCOMPARE(out.invoices.at(0).region, QPolygonF({{0, 0}, {150, 0}, {150, 75}, {0, 75}}));
    QCOMPARE(out.invoices.at(0).orientation, 180);
    QCOMPARE(out.invoices.at(1).region, QPolygonF({{150, 0}, {300, 0}, {300, 75}, {150, 75}}));
    QCOMPARE(out.invoices.at(1).value(u"total"_s), u"12.00"_s);
    QCOMPARE(out.invoices.at(1).page, 2);
}

void TestEkuaibaoMapper::otherEndpointsShapeIsAnError_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("multiple_items response 1") << u"invoice-multiple_items.response1.json"_s;
    QTest::newRow("multiple_items response 2") << u"invoice-multiple_items.response2.json"_s;
}

void TestEkuaibaoMapper::otherEndpointsShapeIsAnError()
{
    // The fixtures of the sibling /invoice/multiple_items endpoint are not this call's answer:
    // a clear BadResponse, never a crash or an empty success.
    QFETCH(QString, file);
    const QByteArray body = readFile(fixture(file));
    if (body.isEmpty())
        QSKIP("shared/fixtures/vendor-responses/ekuaibao is not present");
    const auto out = ekuaibao::mapOcrBody(body, u"rid-5"_s, page1());
    QVERIFY(out.error);
    QCOMPARE(out.error->code, QString::fromLatin1(ErrorCode::BadResponse));
    QCOMPARE(out.error->requestId, u"rid-5"_s);
    QVERIFY(out.invoices.isEmpty());
}

void TestEkuaibaoMapper::tokenRequestKeepsKeysInTheBody()
{
    const VendorEndpoint e = VendorEndpoint::resolve(QString(), ekuaibao::kDefaultEndpoint);
    const PreparedRequest p = ekuaibao::tokenRequest(e, u"key-1"_s, u"sec:ret"_s);
    QCOMPARE(p.request.url().toString(), u"https://app.ekuaibao.com/api/openapi/v1/auth/getAccessToken"_s);
    QVERIFY(!p.request.url().hasQuery()); // never as query parameters (vendor: 403)
    const QJsonObject body = QJsonDocument::fromJson(p.body).object();
    QCOMPARE(body.value(u"appKey"_s).toString(), u"key-1"_s);
    QCOMPARE(body.value(u"appSecurity"_s).toString(), u"sec:ret"_s);
    QCOMPARE(p.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json"_ba);
}

void TestEkuaibaoMapper::parseToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expiresAt");
    const qint64 now = 1'700'000'000'000;
    QTest::newRow("documented shape")
        << R"({"value":{"accessToken":"u-E4PVy28Q0400","refreshToken":"r","expireTime":1700007200000,"corporationId":"c"}})"_ba
        << true << qint64(1700007200000);
    QTest::newRow("expireTime as string") << R"({"value":{"accessToken":"t","expireTime":"1700000600000"}})"_ba
                                          << true << qint64(1700000600000);
    QTest::newRow("expireTime missing: two hours") << R"({"value":{"accessToken":"t"}})"_ba << true
                                                   << now + 7'200'000;
    QTest::newRow("expireTime in the past: two hours")
        << R"({"value":{"accessToken":"t","expireTime":1}})"_ba << true << now + 7'200'000;
    QTest::newRow("no token") << R"({"value":{}})"_ba << false << qint64(0);
    QTest::newRow("not JSON") << "密钥无效"_ba << false << qint64(0);
}

void TestEkuaibaoMapper::parseToken()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(qint64, expiresAt);
    const auto t = ekuaibao::parseToken(body, 1'700'000'000'000);
    QCOMPARE(t.has_value(), ok);
    if (t)
        QCOMPARE(t->expiresAtMs, expiresAt);
}

void TestEkuaibaoMapper::tokenValidityAndFreshness()
{
    ekuaibao::AccessToken t;
    t.token = u"x"_s;
    t.obtainedAtMs = 1000;
    t.expiresAtMs = 1000 + 7'200'000;
    QVERIFY(t.validAt(1000));
    QVERIFY(t.validAt(t.expiresAtMs - ekuaibao::kExpiryMarginMs - 1));
    QVERIFY(!t.validAt(t.expiresAtMs - ekuaibao::kExpiryMarginMs)); // renewed before it can expire in flight
    QVERIFY(t.freshAt(1000 + ekuaibao::kFreshTokenMs - 1));
    QVERIFY(!t.freshAt(1000 + ekuaibao::kFreshTokenMs));
    QVERIFY(!ekuaibao::AccessToken().validAt(0));
}

void TestEkuaibaoMapper::tokenPercentEncodedInQuery()
{
    const VendorEndpoint e = VendorEndpoint::resolve(u"http://127.0.0.1:9/prefix"_s, ekuaibao::kDefaultEndpoint);
    QVERIFY(e.isValid());
    const PreparedRequest p = ekuaibao::ocrRequest(e, u"ID01rqNsJlsk4K:Tdk3tgber501v0"_s, u"https://f/x.png?a=1&b=2"_s);
    // The doc's own example token, encoded as in its curl line.
    QCOMPARE(p.request.url().toEncoded(),
             "http://127.0.0.1:9/prefix/api/openapi/v2/invoice/processImageByFileUrl?accessToken=ID01rqNsJlsk4K%3ATdk3tgber501v0"_ba);
    QCOMPARE(QJsonDocument::fromJson(p.body).object().value(u"fileUrl"_s).toString(), u"https://f/x.png?a=1&b=2"_s);
    const PreparedRequest plus = ekuaibao::ocrRequest(e, u"a+b/c="_s, u"u"_s);
    QCOMPARE(QUrlQuery(plus.request.url()).queryItemValue(u"accessToken"_s, QUrl::FullyDecoded), u"a+b/c="_s);
}

void TestEkuaibaoMapper::uploadAndDownloadUrls()
{
    const VendorEndpoint e = VendorEndpoint::resolve(QString(), ekuaibao::kDefaultEndpoint);
    const PreparedRequest up = ekuaibao::uploadRequest(e, u"tok"_s, u"发票1.png"_s, "image/png", "PNGDATA", "BOUNDARY");
    QCOMPARE(up.request.url().path(), u"/api/openapi/v2/attachment/upload"_s);
    QVERIFY(up.request.header(QNetworkRequest::ContentTypeHeader).toByteArray().contains("boundary=BOUNDARY"));
    QVERIFY(up.body.contains("name=\"name\""));
    QVERIFY(up.body.contains("name=\"file\""));
    QVERIFY(up.body.contains("PNGDATA"));

    const auto file = ekuaibao::parseUpload(
        R"({"value":{"key":"openapi0306c2d1-x-发票1.png","fileId":"61sbwX3DEAgk00","fileName":"发票1.png","empty":false}})");
    QVERIFY(file);
    QCOMPARE(file->fileId, u"61sbwX3DEAgk00"_s);
    QVERIFY(!ekuaibao::parseUpload(R"({"value":{"fileId":""}})"));

    const PreparedRequest dl = ekuaibao::downloadUrlsRequest(e, u"tok"_s, *file, 99999);
    const QJsonArray a = QJsonDocument::fromJson(dl.body).array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.at(0)[u"id"_s].toString(), u"61sbwX3DEAgk00"_s);
    QCOMPARE(a.at(0)[u"expiration"_s].toInt(), 1800); // clamped to what the API grants

    const QByteArray bare = R"([{"id":"61sbwX3DEAgk00","key":"k","url":"https://files/x.png?Expires=1&Signature=s","thumbUrl":"t"}])";
    QCOMPARE(ekuaibao::parseDownloadUrl(bare, file->fileId), u"https://files/x.png?Expires=1&Signature=s"_s);
    QCOMPARE(ekuaibao::parseDownloadUrl(R"({"items":[{"id":"61sbwX3DEAgk00","url":"u2"}]})", file->fileId), u"u2"_s);
    QCOMPARE(ekuaibao::parseDownloadUrl("[]", file->fileId), QString()); // not found
}

void TestEkuaibaoMapper::attachmentServiceUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("taken");
    QTest::newRow("the seed's fileUrl")
        << u"https://files-dd.ekuaibao.com/openapi3061-%E5%8F%91%E7%A5%A81.png?Expires=1690925436&OSSAccessKeyId=STS.x&Signature=y"_s
        << true;
    QTest::newRow("another Ekuaibao host") << u"https://files.ekuaibao.com/a.pdf"_s << true;
    QTest::newRow("a Hosecloud deployment") << u"https://files.dd2.hosecloud.com/a.png"_s << true;
    QTest::newRow("the endpoint's own host") << u"https://ekb.example.corp/files/a.png"_s << true;
    QTest::newRow("elsewhere") << u"https://files.example.com/a.png"_s << false;
    QTest::newRow("a look-alike") << u"https://ekuaibao.com.evil.example/a.png"_s << false;
    QTest::newRow("suffix without the dot") << u"https://notekuaibao.com/a.png"_s << false;
    QTest::newRow("not http") << u"ftp://files.ekuaibao.com/a.png"_s << false;
}

void TestEkuaibaoMapper::attachmentServiceUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, taken);
    const VendorEndpoint endpoint = VendorEndpoint::resolve(u"https://ekb.example.corp/"_s, ekuaibao::kDefaultEndpoint);
    QCOMPARE(ekuaibao::isAttachmentServiceUrl(QUrl(url), endpoint), taken);
}

void TestEkuaibaoMapper::safeFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ext");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kept") << u"发票1"_s << u"png"_s << u"发票1.png"_s;
    QTest::newRow("forbidden characters") << u"a?b\\c/d*e<f>g:h\"i|j"_s << u"jpg"_s << u"abcdefghij.jpg"_s;
    QTest::newRow("extension not doubled") << u"scan.PNG"_s << u"png"_s << u"scan.PNG"_s;
    QTest::newRow("nothing left") << u"///"_s << u"png"_s << u"invoice.png"_s;
}

void TestEkuaibaoMapper::safeFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, ext);
    QFETCH(QString, expected);
    QCOMPARE(ekuaibao::safeFileName(name, ext), expected);
}

void TestEkuaibaoMapper::classification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<bool>("ocr");
    QTest::addColumn<bool>("retry");
    QTest::newRow("200") << 200 << false << true << false;
    QTest::newRow("403 right after login") << 403 << true << true << true;
    QTest::newRow("403 on an old token") << 403 << false << true << false;
    QTest::newRow("400 from the OCR supplier") << 400 << false << true << true;
    QTest::newRow("400 from the upload") << 400 << false << false << false;
    QTest::newRow("412") << 412 << false << true << false;
    QTest::newRow("429") << 429 << false << false << true;
    QTest::newRow("502") << 502 << false << false << true;
    QTest::newRow("transport") << 0 << false << false << true;
}

void TestEkuaibaoMapper::classification()
{
    QFETCH(int, status);
    QFETCH(bool, fresh);
    QFETCH(bool, ocr);
    QFETCH(bool, retry);
    HttpResult r = answer(status);
    if (status == 0)
        r.networkError = QNetworkReply::ConnectionRefusedError;
    const RetryDecision d = ekuaibao::classify(r, 1, fresh, ocr);
    QCOMPARE(d.retry, retry);
    if (status == 403 && fresh)
        QVERIFY(d.minDelayMs >= 1000); // give the new token a moment
}

void TestEkuaibaoMapper::documentErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vendorCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("403 密钥无效") << 403 << R"({"errorCode":403,"errorMessage":"密钥无效"})"_ba
                              << QString::fromLatin1(ErrorCode::AuthFailed) << u"HTTP 403"_s << u"密钥无效"_s;
    QTest::newRow("400 supplier") << 400 << R"({"errorCode":400,"errorMessage":"第三方出现问题请稍后再试"})"_ba
                                  << QString::fromLatin1(ErrorCode::VendorRejected) << u"HTTP 400"_s
                                  << u"第三方出现问题请稍后再试"_s;
    QTest::newRow("412 plain text") << 412 << "JSON请求参数不正确"_ba << QString::fromLatin1(ErrorCode::VendorError)
                                    << u"HTTP 412"_s << u"JSON请求参数不正确"_s;
    QTest::newRow("413") << 413 << QByteArray() << QString::fromLatin1(ErrorCode::InputTooLarge) << u"HTTP 413"_s
                         << u"413"_s;
    QTest::newRow("429 with own code") << 429 << R"({"errorCode":"TOO_FREQUENT","errorMessage":"请求过于频繁"})"_ba
                                       << QString::fromLatin1(ErrorCode::RateLimited) << u"TOO_FREQUENT"_s
                                       << u"请求过于频繁"_s;
    QTest::newRow("500") << 500 << QByteArray() << QString::fromLatin1(ErrorCode::VendorError) << u"HTTP 500"_s
                         << u"500"_s;
}

void TestEkuaibaoMapper::documentErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, vendorCode);
    QFETCH(QString, messagePart);
    const DocumentError e = ekuaibao::toDocumentError(answer(status, body), u"the recognition call"_s);
    QCOMPARE(e.code, code);
    QCOMPARE(e.vendorCode, vendorCode);
    QCOMPARE(e.requestId, u"ours-9"_s); // Ekuaibao gives none: ours, so support can find the log line
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    QVERIFY(e.message.contains(u"the recognition call"_s));
}

QTEST_GUILESS_MAIN(TestEkuaibaoMapper)
#include "tst_ekuaibaomapper.moc"
