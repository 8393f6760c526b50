// The Qiniu token, upload token and private download URL against the vectors computed with
// Qiniu's own SDKs (shared/docs/vendor-protocols.md §2.5–2.7), and the OCR request builder.
#include "core/vendorendpoint.h"
#include "qiniu/qiniuauth.h"
#include "qiniu/qiniurequests.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ra;

class TestQiniuAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managementToken_data();
    void managementToken();
    void signingStringLayout();
    void headerCanonicalisationAndSorting();
    void bodySignedOnlyWhenNotOpaque();
    void qiniuDateIsUtc();
    void uploadToken_data();
    void uploadToken();
    void putPolicyBytes();
    void privateDownloadUrl();
    void ocrRequestReproducesQ3();
    void ocrRequestEncodesPrivateUrl();
    void objectUrlAndKey();
};

static const QByteArray kAk = "MY_ACCESS_KEY";
static const QByteArray kSk = "MY_SECRET_KEY";
static const QByteArray kHost = "ap-gate-z0.qiniuapi.com";

void TestQiniuAuth::managementToken_data()
{
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("Q1 no X-Qiniu-Date, form content type")
        << "/invoice/multiple?url=http://example.com/invoice.jpg"_ba << kHost
        << "application/x-www-form-urlencoded"_ba << QByteArray()
        << "Qiniu MY_ACCESS_KEY:jcQhnxq8TzRfNKPwls1JQxh0DzE="_ba;
    QTest::newRow("Q2 with X-Qiniu-Date")
        << "/invoice/multiple?url=http://example.com/invoice.jpg"_ba << kHost
        << "application/x-www-form-urlencoded"_ba << "20240102T030405Z"_ba
        << "Qiniu MY_ACCESS_KEY:VqH-Dalw6R1W2a27Q1cwNlBEDS8="_ba;
    QTest::newRow("Q3 percent-encoded url, application/json")
        << "/invoice/multiple?url=https%3A%2F%2Fbucket.example.com%2Finvoices%2F2024%2F%E5%8F%91%E7%A5%A8-001.png"_ba
        << kHost << "application/json"_ba << "20241231T235959Z"_ba
        << "Qiniu MY_ACCESS_KEY:ymQ0T5ywott4AoQLy20gwrScGT0="_ba;
    // Java SDK AuthTest: no Content-Type line at all.
    QTest::newRow("Java SDK vector, no content type")
        << "/move/bmV3ZG9jczpmaW5kX21hbi50eHQ=/bmV3ZG9jczpmaW5kLm1hbi50eHQ="_ba << "rs.qiniu.com"_ba
        << QByteArray() << QByteArray() << "Qiniu MY_ACCESS_KEY:1uLvuZM6l6oCzZFqkJ6oI4oFMVQ="_ba;
}

void TestQiniuAuth::managementToken()
{
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, authorization);

    qiniu::SignedRequest r;
    r.pathAndQuery = pathAndQuery;
    r.host = host;
    r.contentType = contentType;
    if (!date.isEmpty())
        r.headers = {{"X-Qiniu-Date", date}};
    QCOMPARE(qiniu::managementAuthorization(kAk, kSk, r), authorization);
}

void TestQiniuAuth::signingStringLayout()
{
    qiniu::SignedRequest r;
    r.pathAndQuery = "/invoice/multiple?url=http://example.com/invoice.jpg";
    r.host = kHost;
    r.contentType = "application/x-www-form-urlencoded";
    r.headers = {{"X-Qiniu-Date", "20240102T030405Z"}, {"Content-Length", "0"}};
    QCOMPARE(qiniu::signingString(r),
             "POST /invoice/multiple?url=http://example.com/invoice.jpg\nHost: ap-gate-z0.qiniuapi.com\n"
             "Content-Type: application/x-www-form-urlencoded\nX-Qiniu-Date: 20240102T030405Z\n\n"_ba);
}

void TestQiniuAuth::headerCanonicalisationAndSorting()
{
    qiniu::SignedRequest r;
    r.pathAndQuery = "/";
    r.host = "h";
    r.headers = {{"x-qiniu-zeta", "z"}, {"X-QINIU-ALPHA", " a "}, {"X-Qiniu-", "bare prefix, not signed"},
                 {"X-Other", "o"}};
    QCOMPARE(qiniu::signingString(r), "POST /\nHost: h\nX-Qiniu-Alpha: a\nX-Qiniu-Zeta: z\n\n"_ba);
}

void TestQiniuAuth::bodySignedOnlyWhenNotOpaque()
{
    qiniu::SignedRequest r;
    r.pathAndQuery = "/";
    r.host = "h";
    r.body = "{\"a\":1}";
    r.contentType = "application/json";
    QVERIFY(qiniu::signingString(r).endsWith("\n\n{\"a\":1}"));
    r.contentType = "application/octet-stream";
    QVERIFY(qiniu::signingString(r).endsWith("\n\n"));
    r.contentType.clear();
    QVERIFY(qiniu::signingString(r).endsWith("\n\n"));
}

void TestQiniuAuth::qiniuDateIsUtc()
{
    // 2024-01-02 11:04:05 in Beijing is 03:04:05 UTC.
    const QDateTime beijing(QDate(2024, 1, 2), QTime(11, 4, 5), QTimeZone(8 * 3600));
    QCOMPARE(qiniu::qiniuDate(beijing), "20240102T030405Z"_ba);
}

void TestQiniuAuth::uploadToken_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("U1 bucket scope, deadline 1700003600")
        << R"({"scope":"invoice-bucket","deadline":1700003600})"_ba
        << "MY_ACCESS_KEY:YU7R2OjXNBPJwVOim0yqun9Sbsw=:eyJzY29wZSI6Imludm9pY2UtYnVja2V0IiwiZGVhZGxpbmUiOjE3MDAwMDM2MDB9"_ba;
    QTest::newRow("upload-token doc example with returnBody")
        << R"({"scope":"my-bucket:sunflower.jpg","deadline":1451491200,"returnBody":"{\"name\":$(fname),\"size\":$(fsize),\"w\":$(imageInfo.width),\"h\":$(imageInfo.height),\"hash\":$(etag)}"})"_ba
        << "MY_ACCESS_KEY:wQ4ofysef1R7IKnrziqtomqyDvI=:eyJzY29wZSI6Im15LWJ1Y2tldDpzdW5mbG93ZXIuanBnIiwiZGVhZGxpbmUiOjE0NTE0OTEyMDAsInJldHVybkJvZHkiOiJ7XCJuYW1lXCI6JChmbmFtZSksXCJzaXplXCI6JChmc2l6ZSksXCJ3XCI6JChpbWFnZUluZm8ud2lkdGgpLFwiaFwiOiQoaW1hZ2VJbmZvLmhlaWdodCksXCJoYXNoXCI6JChldGFnKX0ifQ=="_ba;
}

void TestQiniuAuth::uploadToken()
{
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, token);
    QCOMPARE(qiniu::uploadToken(kAk, kSk, policy), token);
}

void TestQiniuAuth::putPolicyBytes()
{
    // U1's policy, produced by our builder byte for byte (the signature covers the bytes).
    QCOMPARE(qiniu::putPolicy(u"invoice-bucket"_s, QString(), 1700003600),
             R"({"scope":"invoice-bucket","deadline":1700003600})"_ba);
    QCOMPARE(qiniu::uploadToken(kAk, kSk, qiniu::putPolicy(u"invoice-bucket"_s, QString(), 1700003600)),
             "MY_ACCESS_KEY:YU7R2OjXNBPJwVOim0yqun9Sbsw=:eyJzY29wZSI6Imludm9pY2UtYnVja2V0IiwiZGVhZGxpbmUiOjE3MDAwMDM2MDB9"_ba);
    QCOMPARE(qiniu::putPolicy(u"b"_s, u"reimburse/\"x\".png"_s, 5, 1),
             R"({"scope":"b:reimburse/\"x\".png","deadline":5,"deleteAfterDays":1})"_ba);
}

void TestQiniuAuth::privateDownloadUrl()
{
    const QByteArray url = qiniu::privateDownloadUrl("http://cdn.example.com/a/b.png", 1700003600, kAk, kSk);
    const QByteArray signedPart = "http://cdn.example.com/a/b.png?e=1700003600";
    QVERIFY(url.startsWith(QByteArray(signedPart + "&token=MY_ACCESS_KEY:")));
    QCOMPARE(url, QByteArray(signedPart + "&token=MY_ACCESS_KEY:" + qiniu::encodedSign(kSk, signedPart)));
    // A URL with a query already: the deadline is appended with '&'.
    QVERIFY(qiniu::privateDownloadUrl("http://h/k?x=1", 7, kAk, kSk).startsWith("http://h/k?x=1&e=7&token="));
}

void TestQiniuAuth::ocrRequestReproducesQ3()
{
    const VendorEndpoint endpoint = VendorEndpoint::resolve(QString(), qiniu::kDefaultOcrEndpoint);
    QVERIFY(endpoint.isValid());
    const QDateTime at(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    const PreparedRequest p = qiniu::ocrRequest(endpoint, u"https://bucket.example.com/invoices/2024/发票-001.png"_s.toUtf8(),
                                                kAk, kSk, at, "application/json");
    QCOMPARE(p.verb, "POST"_ba);
    QVERIFY(p.body.isEmpty());
    QCOMPARE(p.request.url().toEncoded(),
             "https://ap-gate-z0.qiniuapi.com/invoice/multiple?url=https%3A%2F%2Fbucket.example.com%2Finvoices%2F2024%2F%E5%8F%91%E7%A5%A8-001.png"_ba);
    QCOMPARE(qiniu::requestTarget(p.request.url()),
             "/invoice/multiple?url=https%3A%2F%2Fbucket.example.com%2Finvoices%2F2024%2F%E5%8F%91%E7%A5%A8-001.png"_ba);
    QCOMPARE(p.request.rawHeader("Host"), kHost);
    QCOMPARE(p.request.rawHeader("X-Qiniu-Date"), "20241231T235959Z"_ba);
    QCOMPARE(p.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json"_ba);
    QCOMPARE(p.request.rawHeader("Authorization"), "Qiniu MY_ACCESS_KEY:ymQ0T5ywott4AoQLy20gwrScGT0="_ba);

    // The default content type is the explicit form type (vendor-protocols.md §2.4).
    const PreparedRequest d = qiniu::ocrRequest(endpoint, "http://example.com/invoice.jpg", kAk, kSk, at);
    QCOMPARE(d.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             "application/x-www-form-urlencoded"_ba);
}

void TestQiniuAuth::ocrRequestEncodesPrivateUrl()
{
    const VendorEndpoint endpoint = VendorEndpoint::resolve(u"http://127.0.0.1:9000"_s, qiniu::kDefaultOcrEndpoint);
    QVERIFY(endpoint.isValid());
    const QByteArray privateUrl = "http://cdn.example.com/k.png?e=1700003600&token=AK:s=ig=";
    const PreparedRequest p = qiniu::ocrRequest(endpoint, privateUrl, kAk, kSk, QDateTime::currentDateTimeUtc());
    const QUrlQuery q(p.request.url());
    QCOMPARE(q.queryItems().size(), 1); // '&' and '=' of the image URL stayed inside url=
    QCOMPARE(q.queryItemValue(u"url"_s, QUrl::FullyDecoded).toUtf8(), privateUrl);
    QCOMPARE(p.request.rawHeader("Host"), "127.0.0.1:9000"_ba);
}

void TestQiniuAuth::objectUrlAndKey()
{
    const QString key = qiniu::objectKey("abc", u"png"_s);
    QCOMPARE(key, u"reimburse/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.png"_s);
    QCOMPARE(qiniu::objectUrl(u"cdn.example.com"_s, u"a b/发.png"_s),
             "https://cdn.example.com/a%20b/%E5%8F%91.png"_ba);
    QCOMPARE(qiniu::objectUrl(u"http://127.0.0.1:8000/kodo/"_s, u"k.jpg"_s), "http://127.0.0.1:8000/kodo/k.jpg"_ba);
}

QTEST_GUILESS_MAIN(TestQiniuAuth)
#include "tst_qiniuauth.moc"
