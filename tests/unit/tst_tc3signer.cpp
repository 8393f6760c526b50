// TC3-HMAC-SHA256: Tencent's documented example (both revisions) and the OCR vectors T1–T3 of
// shared/docs/vendor-protocols.md, plus the request builder's use of the signer.
#include "tencent/tc3signer.h"
#include "tencent/tencentapi.h"

#include <QtTest>

using namespace ra;
using namespace ra::tencent;

namespace {

const QString kSdkId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString kSdkKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");

Tc3Input ocrInput(const QByteArray &body, qint64 ts)
{
    Tc3Input in;
    in.headers = {{"Content-Type", "application/json"}, {"Host", "ocr.tencentcloudapi.com"}};
    in.payload = body;
    in.secretId = kSdkId;
    in.secretKey = kSdkKey;
    in.timestamp = ts;
    return in;
}

Tc3Input docExample(const QString &id, const QString &key)
{
    Tc3Input in;
    in.headers = {{"Content-Type", "application/json; charset=utf-8"},
                  {"Host", "cvm.tencentcloudapi.com"},
                  {"X-TC-Action", "DescribeInstances"}};
    // The \u escapes are literal bytes of the body, as in the doc.
    in.payload = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    in.secretId = id;
    in.secretKey = key;
    in.service = QStringLiteral("cvm");
    in.timestamp = 1551113065;
    return in;
}

} // namespace

class TestTc3Signer : public QObject
{
    Q_OBJECT
private slots:
    void documentedExample_data();
    void documentedExample();
    void ocrVectors_data();
    void ocrVectors();
    void headerOrderAndCaseDoNotMatter();
    void buildRequestSignsWhatItSends();
    void otherEndpointKeepsServiceOcr();
};

void TestTc3Signer::documentedExample_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("current revision (masked keys)")
        << (QStringLiteral("AKID") + QString(32, QLatin1Char('*'))) << QString(32, QLatin1Char('*'))
        << QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    QTest::newRow("earlier revision")
        << QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******")
        << QByteArray("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
}

void TestTc3Signer::documentedExample()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, signature);
    const Tc3Signature s = signTc3(docExample(secretId, secretKey));
    QCOMPARE(s.hashedPayload, QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QCOMPARE(s.canonicalRequest,
             QByteArray("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
                        "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
                        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QVERIFY(s.stringToSign.endsWith("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
    QCOMPARE(s.credentialScope, QByteArray("2019-02-25/cvm/tc3_request"));   // UTC, not Beijing's 02-26
    QCOMPARE(s.signature, signature);
    if (secretKey.startsWith(QLatin1Char('*')))
        QCOMPARE(s.authorization,
                 QByteArray("TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, "
                            "SignedHeaders=content-type;host;x-tc-action, "
                            "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
}

void TestTc3Signer::ocrVectors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("hashedPayload");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("T1 VatInvoiceOCR ImageUrl")
        << QByteArray(R"({"ImageUrl": "https://example.com/invoice-001.jpg"})") << qint64(1700000000)
        << QByteArray("5ad2f41f6c8ece819e0bcd416e436056b4e1bae894791fe966dc078b1889a6b9")
        << QByteArray("TC3-HMAC-SHA256\n1700000000\n2023-11-14/ocr/tc3_request\n"
                      "883366f522a24d44689f68ada6bcfc199021d6df48e5b068ad66077b5f45a65b")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/ocr/tc3_request, "
                      "SignedHeaders=content-type;host, "
                      "Signature=214ebc61ac5e65379af22d1eceaf742ecd07207e840b86dd764c396c253a55b0");
    QTest::newRow("T2 PDF page, UTC date differs from Beijing")
        << QByteArray(R"({"ImageBase64": "JVBERi0xLjQKJcfsj6IK", "IsPdf": true, "PdfPageNumber": 2})")
        << qint64(1704038400) << QByteArray("68062a5031b5d0d28eb6daa9955ca9adaccd5e41bed9a034622a0a822a8e84ec")
        << QByteArray("TC3-HMAC-SHA256\n1704038400\n2023-12-31/ocr/tc3_request\n"
                      "3c26d18fbd17535a3b57bbe91b252aa0c4e077cc04518f5250b9a158bce86630")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-12-31/ocr/tc3_request, "
                      "SignedHeaders=content-type;host, "
                      "Signature=06b2461cd63acc55676816130598994468d68b84c519739524e65f29465bb5a1");
    QTest::newRow("T3 VerifyOfdVatInvoiceOCR")
        << QByteArray(R"({"OfdFileUrl": "https://example.com/e-invoice-2024.ofd", "OfdPageNumber": 1})")
        << qint64(1735689599) << QByteArray("54ffbbaa47115de3ec8a61efe30a1f8cb69ac5f9bf9af466de9486127d7f844b")
        << QByteArray("TC3-HMAC-SHA256\n1735689599\n2024-12-31/ocr/tc3_request\n"
                      "f61426a4c529437cc2cdbd10df1cb1b1eca885609000924dee59206877a8160d")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2024-12-31/ocr/tc3_request, "
                      "SignedHeaders=content-type;host, "
                      "Signature=79035e05b3ec5b05cdf788f4daf6c5c4e857865b1a13e291eb2312898a484361");
}

void TestTc3Signer::ocrVectors()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, hashedPayload);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, authorization);
    const Tc3Signature s = signTc3(ocrInput(body, timestamp));
    QCOMPARE(s.hashedPayload, hashedPayload);
    QCOMPARE(s.canonicalRequest, QByteArray("POST\n/\n\ncontent-type:application/json\nhost:ocr.tencentcloudapi.com\n\n"
                                            "content-type;host\n") + hashedPayload);
    QCOMPARE(s.stringToSign, stringToSign);
    QCOMPARE(s.authorization, authorization);
}

void TestTc3Signer::headerOrderAndCaseDoNotMatter()
{
    Tc3Input a = ocrInput("{}", 1700000000);
    Tc3Input b = a;
    b.headers = {{"host", " ocr.tencentcloudapi.com "}, {"CONTENT-TYPE", "application/json"}};
    QCOMPARE(signTc3(a).signature, signTc3(b).signature);
    Tc3Input c = a;
    c.timestamp += 1;   // a fresh timestamp is a fresh signature
    QVERIFY(signTc3(a).signature != signTc3(c).signature);
}

void TestTc3Signer::buildRequestSignsWhatItSends()
{
    const QByteArray body = R"({"ImageUrl": "https://example.com/invoice-001.jpg"})";
    const VendorEndpoint ep = VendorEndpoint::resolve({}, defaultEndpoint());
    const PreparedRequest p = buildRequest(ep, QStringLiteral("VatInvoiceOCR"), body, QStringLiteral("ap-guangzhou"),
                                           kSdkId, kSdkKey, 1700000000);
    QCOMPARE(p.body, body);
    QCOMPARE(p.request.url(), QUrl(QStringLiteral("https://ocr.tencentcloudapi.com/")));
    QCOMPARE(p.request.rawHeader("X-TC-Action"), QByteArray("VatInvoiceOCR"));
    QCOMPARE(p.request.rawHeader("X-TC-Timestamp"), QByteArray("1700000000"));
    QCOMPARE(p.request.rawHeader("X-TC-Version"), QByteArray("2018-11-19"));
    QCOMPARE(p.request.rawHeader("X-TC-Region"), QByteArray("ap-guangzhou"));
    QCOMPARE(p.request.rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(p.request.rawHeader("Authorization"),
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/ocr/tc3_request, "
                        "SignedHeaders=content-type;host, "
                        "Signature=214ebc61ac5e65379af22d1eceaf742ecd07207e840b86dd764c396c253a55b0"));
    QCOMPARE(vatInvoicePdfBody("QUJD", 2), QByteArray(R"({"ImageBase64":"QUJD","IsPdf":true,"PdfPageNumber":2})"));
    QCOMPARE(ofdBody("QUJD", 0), QByteArray(R"({"OfdFileBase64":"QUJD","OfdPageNumber":1})"));
}

void TestTc3Signer::otherEndpointKeepsServiceOcr()
{
    const VendorEndpoint ep = VendorEndpoint::resolve(QStringLiteral("http://127.0.0.1:8443"), defaultEndpoint());
    QVERIFY(ep.isValid());
    const QByteArray body = "{}";
    const PreparedRequest p = buildRequest(ep, QStringLiteral("VatInvoiceOCR"), body, {}, kSdkId, kSdkKey, 1700000000);
    Tc3Input in = ocrInput(body, 1700000000);
    in.headers = {{"Content-Type", "application/json"}, {"Host", "127.0.0.1:8443"}};
    QCOMPARE(p.request.rawHeader("Authorization"), signTc3(in).authorization);
    QVERIFY(p.request.rawHeader("Authorization").contains("/2023-11-14/ocr/tc3_request"));
    QVERIFY(!p.request.hasRawHeader("X-TC-Region"));
    QCOMPARE(p.request.url().toString(), QStringLiteral("http://127.0.0.1:8443/"));
}

QTEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
