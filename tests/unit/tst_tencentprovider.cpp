// The Tencent VAT adapter over real HTTP against the fake Tencent server on loopback: the
// signature, headers and body shape it checks; every injected fault (rate limit, 5xx, internal
// error, hang past the timeout, malformed and truncated JSON, auth failure, dropped connection)
// ending in a clear error or a successful retry; the rest of a batch unaffected; the cache;
// configuration refusals; a job aborted while the vendor hangs. Pages and image limits:
// tst_tencentpages; the OFD adapter and documents by URL: tst_tencentofdurl. The fixture they
// share: tests/support/tencenttestbench.*.
#include "core/connectioncheck.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/recognitionqueue.h"
#include "log.h"
#include "ofdbuilder.h"
#include "tencent/tencentapi.h"
#include "tencent/tencentofdprovider.h"
#include "tencent/tencentvatprovider.h"
#include "tencenttestbench.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace ra;
using Fault = ra::test::FakeVendorServer::Fault;

class TestTencentProvider : public QObject, public test::TencentTestBench
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUpBench()); }
    void init() { resetBench(); }
    void recognisesAnImage();
    void cacheAvoidsSecondCall();
    void unreadableValuesSaid();
    void regionDefaultedAndChecked();
    void connectionCheckSendsTheRegion();
    void faults_data();
    void faults();
    void persistentFaults_data();
    void persistentFaults();
    void wrongSecretIsRefusedBySignature();
    void clockSkew();
    void batchIsolatesFailures();
    void notConfigured();
    void plainHttpElsewhereRefused();
    void unsupportedFormat();
    void abortWhileHanging();
};

void TestTencentProvider::recognisesAnImage()
{
    m_creds.write(QStringLiteral("tencent"), QStringLiteral("region"), QStringLiteral("ap-shanghai"));
    TencentVatProvider vat(m_ctx);
    QVERIFY(vat.isConfigured());
    const QByteArray bytes = png(1);
    const int before = m_server.validRequests();
    const RecognizedDocument r = run(vat, input(bytes, QStringLiteral("scan-1.png")));
    m_creds.remove(QStringLiteral("tencent"), QStringLiteral("region"));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.validRequests() - before, 1);
    QCOMPARE(r.provider, QStringLiteral("tencent-vat"));
    QCOMPARE(r.file, QStringLiteral("scan-1.png"));
    QCOMPARE(r.format, QStringLiteral("png"));
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.invoices.size(), 1);
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("12345678"));
    QCOMPARE(inv.value(QStringLiteral("total")), QStringLiteral("106.00"));
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
    QCOMPARE(inv.pageSize, QSizeF(240, 120));
    QCOMPARE(inv.fields.value(QStringLiteral("number")).polygon.boundingRect(), QRectF(10, 40, 100, 20));
    QCOMPARE(r.rawResponses.size(), 1);
    QVERIFY(r.rawResponses.first().contains(m_server.lastRequestId().toLatin1()));

    const auto &req = m_server.requests().last();
    QCOMPARE(req.header("X-TC-Action"), QByteArray("VatInvoiceOCR"));
    QCOMPARE(req.header("X-TC-Region"), QByteArray("ap-shanghai"));
    QCOMPARE(req.header("Host"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()).toLatin1());
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(QByteArray::fromBase64(body.value(QStringLiteral("ImageBase64")).toString().toLatin1()), bytes);   // unchanged
    QVERIFY(!body.contains(QStringLiteral("IsPdf")));
}

void TestTencentProvider::cacheAvoidsSecondCall()
{
    TencentVatProvider vat(m_ctx);
    const DocumentInput in = input(png(2), QStringLiteral("a.png"));
    const RecognizedDocument first = run(vat, in);
    QVERIFY(!first.error);
    const int calls = m_server.requestCount();
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(vat, input(in.bytes, QStringLiteral("copy-of-a.png")), &job);
    QCOMPARE(m_server.requestCount(), calls);   // same bytes: no vendor call
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(second.file, QStringLiteral("copy-of-a.png"));
    QCOMPARE(second.invoices, first.invoices);
    QCOMPARE(second.rawResponses, first.rawResponses);
    DocumentInput again = in;
    again.noCache = true;
    QVERIFY(!run(vat, again).error);
    QCOMPARE(m_server.requestCount(), calls + 1);
    // Nothing secret in the cache.
    QDirIterator it(m_cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains(kKey.toLatin1()) && !content.contains(kId.toLatin1()));
    }
}

// What the vendor read but is no amount or date is left out and said on the invoice, as the
// other adapters do (vendor_value_invalid), live and from the cache alike.
void TestTencentProvider::unreadableValuesSaid()
{
    TencentVatProvider vat(m_ctx);
    m_server.setResponder([](const QString &, const QJsonObject &) {
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        QJsonArray infos = r.value(QStringLiteral("VatInvoiceInfos")).toArray();
        for (qsizetype i = 0; i < infos.size(); ++i) {
            QJsonObject o = infos.at(i).toObject();
            if (o.value(QStringLiteral("Name")).toString() == QStringLiteral("开票日期"))
                o.insert(QStringLiteral("Value"), QStringLiteral("2024年02月30日"));
            if (o.value(QStringLiteral("Name")).toString() == QStringLiteral("合计税额"))
                o.insert(QStringLiteral("Value"), QStringLiteral("6.0O"));
            infos[i] = o;
        }
        r.insert(QStringLiteral("VatInvoiceInfos"), infos);
        return r;
    });
    const DocumentInput in = input(png(31), QStringLiteral("unreadable.png"));
    for (bool cached : {false, true}) {
        const int before = m_server.validRequests();
        const RecognizedDocument r = run(vat, in);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(m_server.validRequests() - before, cached ? 0 : 1);
        const Invoice &inv = r.invoices.first();
        QVERIFY(!inv.has(QStringLiteral("date")));
        QVERIFY(!inv.has(QStringLiteral("tax_amount")));
        QStringList about;
        for (const Finding &f : inv.findings)
            if (f.rule == QStringLiteral("vendor_value_invalid"))
                about << f.fields;
        about.sort();
        QCOMPARE(about, QStringList({QStringLiteral("date"), QStringLiteral("tax_amount")}));
    }
}

// VatInvoiceOCR requires Region and serves four: none configured → the default is sent (the fake,
// like the seed, refuses a request without one); a configured one outside the four is refused
// before any call; the OFD action (Region optional) keeps taking what is configured.
void TestTencentProvider::regionDefaultedAndChecked()
{
    TencentVatProvider vat(m_ctx);
    m_creds.remove(QStringLiteral("tencent"), QStringLiteral("region"));
    DocumentInput in = input(png(41), QStringLiteral("region.png"));
    in.noCache = true;
    RecognizedDocument r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requests().last().header("X-TC-Region"), QByteArray("ap-guangzhou"));

    m_creds.write(QStringLiteral("tencent"), QStringLiteral("region"), QStringLiteral(" ap-hongkong "));
    r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requests().last().header("X-TC-Region"), QByteArray("ap-hongkong"));

    m_creds.write(QStringLiteral("tencent"), QStringLiteral("region"), QStringLiteral("ap-chengdu"));
    const int before = m_server.requestCount();
    r = run(vat, in);
    QCOMPARE(m_server.requestCount(), before);   // nothing sent, nothing billed
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("not_configured"));
    QVERIFY2(r.error->message.contains(QStringLiteral("ap-chengdu")) && r.error->message.contains(QStringLiteral("ap-beijing"))
                 && r.error->message.contains(QStringLiteral("TENCENTCLOUD_REGION")),
             qPrintable(r.error->message));

    TencentOfdProvider ofd(m_ctx);
    DocumentInput o = input(test::OfdBuilder::sampleInvoice().build(), QStringLiteral("region.ofd"));
    o.noCache = true;
    const RecognizedDocument ro = run(ofd, o);
    m_creds.remove(QStringLiteral("tencent"), QStringLiteral("region"));
    QVERIFY2(!ro.error, ro.error ? qPrintable(ro.error->message) : "");
    QCOMPARE(m_server.requests().last().header("X-TC-Region"), QByteArray("ap-chengdu"));
}

// "Test connection" sends the region recognition would send, and says when Tencent refuses it.
void TestTencentProvider::connectionCheckSendsTheRegion()
{
    auto check = [this]() {
        ConnectionCheck c(QStringLiteral("tencent"), m_ctx);
        QSignalSpy spy(&c, &ConnectionCheck::finished);
        c.start();
        if (!spy.wait(10000))
            qWarning("connection check did not finish");
        return std::pair{c.outcome(), c.message()};
    };
    m_creds.remove(QStringLiteral("tencent"), QStringLiteral("region"));
    auto [ok, okMessage] = check();
    QCOMPARE(ok, ConnectionOutcome::Ok);
    QCOMPARE(m_server.requests().last().header("X-TC-Region"), QByteArray("ap-guangzhou"));

    m_creds.write(QStringLiteral("tencent"), QStringLiteral("region"), QStringLiteral("ap-chengdu"));
    auto [bad, message] = check();
    m_creds.remove(QStringLiteral("tencent"), QStringLiteral("region"));
    QCOMPARE(bad, ConnectionOutcome::VendorError);
    QVERIFY2(message.contains(QStringLiteral("UnsupportedRegion")) && message.contains(QStringLiteral("ap-shanghai")),
             qPrintable(message));
    QCOMPARE(m_server.requests().last().header("X-TC-Region"), QByteArray("ap-chengdu"));
}

void TestTencentProvider::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<QString>("errorCode");      // empty: recovered by a retry
    QTest::addColumn<QString>("vendorCode");
    QTest::newRow("rate limit refusal, retried") << int(Fault::RateLimit) << 2 << QString() << QString();
    QTest::newRow("5xx, retried") << int(Fault::ServerError) << 2 << QString() << QString();
    QTest::newRow("InternalError, retried once") << int(Fault::InternalError) << 2 << QString() << QString();
    QTest::newRow("hang past timeout, retried") << int(Fault::Hang) << 2 << QString() << QString();
    QTest::newRow("dropped connection, retried") << int(Fault::DropConnection) << 2 << QString() << QString();
    QTest::newRow("truncated JSON, retried") << int(Fault::Truncated) << 2 << QString() << QString();
    QTest::newRow("malformed JSON") << int(Fault::Malformed) << 1 << QStringLiteral("bad_response") << QString();
    QTest::newRow("auth failure") << int(Fault::AuthFailure) << 1 << QStringLiteral("auth_failed")
                                  << QStringLiteral("AuthFailure.SignatureFailure");
    QTest::newRow("token failure") << int(Fault::ExpiredToken) << 1 << QStringLiteral("auth_failed")
                                   << QStringLiteral("AuthFailure.TokenFailure");
}

void TestTencentProvider::faults()
{
    QFETCH(int, fault);
    QFETCH(int, expectedRequests);
    QFETCH(QString, errorCode);
    QFETCH(QString, vendorCode);
    TencentVatProvider vat(m_ctx);
    m_server.injectFault(Fault(fault));
    const int before = m_server.requestCount();
    static int n = 100;
    const RecognizedDocument r = run(vat, input(png(++n), QStringLiteral("f.png")));
    QCOMPARE(m_server.requestCount() - before, expectedRequests);
    if (errorCode.isEmpty()) {
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.invoices.size(), 1);
        return;
    }
    QVERIFY(r.error);
    QCOMPARE(r.error->code, errorCode);
    QCOMPARE(r.error->vendorCode, vendorCode);
    QVERIFY(r.invoices.isEmpty());
    // The request id the vendor gave is carried and named in the message.
    QCOMPARE(r.error->requestId, m_server.lastRequestId());
    QVERIFY2(r.error->message.contains(m_server.lastRequestId()), qPrintable(r.error->message));
    if (!vendorCode.isEmpty())
        QVERIFY(r.error->message.contains(vendorCode));
    QVERIFY(!r.error->message.contains(kKey) && !r.error->message.contains(kId));
    QCOMPARE(r.rawResponses.size(), 1);   // the vendor's answer is kept, unchanged
}

void TestTencentProvider::persistentFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("rate limited every time") << int(Fault::RateLimit) << QStringLiteral("rate_limited") << 3;
    QTest::newRow("5xx every time") << int(Fault::ServerError) << QStringLiteral("http_error") << 3;
    QTest::newRow("InternalError every time") << int(Fault::InternalError) << QStringLiteral("vendor_error") << 2;
    QTest::newRow("hang every time") << int(Fault::Hang) << QStringLiteral("timeout") << 3;
    QTest::newRow("dropped every time") << int(Fault::DropConnection) << QStringLiteral("network_error") << 3;
}

void TestTencentProvider::persistentFaults()
{
    QFETCH(int, fault);
    QFETCH(QString, errorCode);
    QFETCH(int, expectedRequests);
    TencentVatProvider vat(m_ctx);
    m_server.injectFault(Fault(fault), 10);
    const int before = m_server.requestCount();
    static int n = 200;
    const RecognizedDocument r = run(vat, input(png(++n), QStringLiteral("p.png")));
    const int sent = m_server.requestCount() - before;
    if (Fault(fault) == Fault::DropConnection)   // Qt re-sends once by itself on a reused connection
        QVERIFY2(sent >= expectedRequests && sent <= 2 * expectedRequests, qPrintable(QString::number(sent)));
    else
        QCOMPARE(sent, expectedRequests);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, errorCode);
    QVERIFY(!r.error->message.isEmpty());
    QVERIFY(!r.error->requestId.isEmpty());   // the vendor's, or ours when it gave none
    m_server.clearFaults();
}

void TestTencentProvider::wrongSecretIsRefusedBySignature()
{
    MemoryCredentialStore wrong;
    wrong.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), kId);
    wrong.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), QStringLiteral("not-the-key"));
    ProviderContext ctx = m_ctx;
    ctx.credentials = &wrong;
    TencentVatProvider vat(ctx);
    const int rejected = m_server.rejected();
    const RecognizedDocument r = run(vat, input(png(3), QStringLiteral("w.png")));
    QCOMPARE(m_server.rejected() - rejected, 1);   // not retried
    QCOMPARE(r.error->code, QStringLiteral("auth_failed"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!r.error->message.contains(QStringLiteral("not-the-key")));
}

void TestTencentProvider::clockSkew()
{
    ProviderContext ctx = m_ctx;
    ctx.clock = [] { return QDateTime::currentSecsSinceEpoch() - 600; };   // ten minutes slow
    TencentVatProvider vat(ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(png(4), QStringLiteral("s.png")));
    QCOMPARE(m_server.requestCount() - before, 2);   // re-signed once, then given up
    QCOMPARE(r.error->code, QStringLiteral("auth_failed"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("AuthFailure.SignatureExpire"));
}

void TestTencentProvider::batchIsolatesFailures()
{
    TencentVatProvider vat(m_ctx);
    RecognitionQueue queue;
    queue.setMaxInFlight(3);
    QList<QByteArray> files;
    for (int i = 0; i < 6; ++i)
        files << png(300 + i);
    m_server.setFaultForBodyContaining(markerFor(files.at(2)), Fault::AuthFailure);
    m_server.setFaultForBodyContaining(markerFor(files.at(4)), Fault::Malformed);
    m_server.injectFault(Fault::ServerError);   // whoever comes first gets a 5xx once
    for (int i = 0; i < files.size(); ++i)
        queue.add(&vat, input(files.at(i), QStringLiteral("batch-%1.png").arg(i)));
    QSignalSpy finished(&queue, &RecognitionQueue::finished);
    queue.start();
    QVERIFY(finished.wait(20000));
    const auto results = queue.results();
    for (int i = 0; i < results.size(); ++i) {
        const RecognizedDocument &r = results.at(i);
        QCOMPARE(r.file, QStringLiteral("batch-%1.png").arg(i));
        if (i == 2) {
            QCOMPARE(r.error->code, QStringLiteral("auth_failed"));
        } else if (i == 4) {
            QCOMPARE(r.error->code, QStringLiteral("bad_response"));
        } else {
            QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
            QCOMPARE(r.invoices.size(), 1);
        }
    }
}

void TestTencentProvider::notConfigured()
{
    MemoryCredentialStore empty;
    ProviderContext ctx = m_ctx;
    ctx.credentials = &empty;
    TencentVatProvider vat(ctx);
    QVERIFY(!vat.isConfigured());
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(png(5), QStringLiteral("n.png")));
    QCOMPARE(r.error->code, QStringLiteral("not_configured"));
    QVERIFY(r.error->message.contains(QStringLiteral("TENCENTCLOUD_SECRET_ID")));
    QCOMPARE(m_server.requestCount(), before);
}

void TestTencentProvider::plainHttpElsewhereRefused()
{
    ProviderContext ctx = m_ctx;
    ctx.endpoints[QStringLiteral("tencent")] = QStringLiteral("http://ocr.example.com");
    TencentVatProvider vat(ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(png(6), QStringLiteral("h.png")));
    QCOMPARE(r.error->code, QStringLiteral("endpoint_refused"));
    QVERIFY(r.error->message.contains(QStringLiteral("http")));
    QCOMPARE(m_server.requestCount(), before);
}

void TestTencentProvider::unsupportedFormat()
{
    TencentVatProvider vat(m_ctx);
    DocumentInput in = input("PK\x03\x04 not really", QStringLiteral("x.ofd"));
    in.format = DocumentFormat::Ofd;
    QCOMPARE(run(vat, in).error->code, QStringLiteral("unsupported_input"));
    TencentOfdProvider ofd(m_ctx);
    QCOMPARE(run(ofd, input(png(7), QStringLiteral("y.png"))).error->code, QStringLiteral("unsupported_input"));
}

void TestTencentProvider::abortWhileHanging()
{
    ProviderContext ctx = m_ctx;
    ctx.transferTimeoutMs = 20000;
    TencentVatProvider vat(ctx);
    m_server.injectFault(Fault::Hang);
    const int before = m_server.requestCount();
    ProviderJob *job = vat.recognize(input(png(9), QStringLiteral("slow.png")));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount() - before, 1, 10000);
    job->abort();
    QVERIFY(spy.wait(2000));
    QCOMPARE(job->result().error->code, QStringLiteral("cancelled"));
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_server.requestCount() - before, 1);
    delete job;
}

QTEST_MAIN(TestTencentProvider)
#include "tst_tencentprovider.moc"
