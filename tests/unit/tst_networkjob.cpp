// NetworkJob's lifecycle over real HTTP on loopback (retries, timeout, abort, exactly-once)
// and the network choke point's stamping, logging and redaction.
#include "core/httpredaction.h"
#include "core/networkaccess.h"
#include "core/networkjob.h"
#include "fakes/fakevendorserver.h"
#include "log.h"

#include <QSignalSpy>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace ra;
using ra::test::FakeVendorServer;

namespace {

class EchoServer : public FakeVendorServer
{
public:
    int served = 0;

protected:
    Answer handle(const Request &request) override
    {
        Answer a;
        a.body = "{\"RequestId\":\"echo-" + QByteArray::number(++served) + "\",\"path\":\"" + request.url.path().toLatin1()
                 + "\"}";
        a.headers.append({"X-Reqid", "reqid-" + QByteArray::number(served)});
        return a;
    }
    Answer faultAnswer(Fault fault, const Request &) override
    {
        Answer a;
        a.status = fault == Fault::RateLimit ? 429 : fault == Fault::AuthFailure ? 401 : 503;
        a.body = fault == Fault::Malformed ? QByteArray("{\"broken\": ") : QByteArray("{}");
        if (fault == Fault::Malformed)
            a.status = 200;
        return a;
    }
};

RetryPolicy fastPolicy(int attempts = 3)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.initialDelayMs = 10;
    p.maxDelayMs = 40;
    return p;
}

} // namespace

class TestNetworkJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void success();
    void transientFaultsRetried_data();
    void transientFaultsRetried();
    void retriesAreBounded();
    void nonTransientNotRetried();
    void timeoutThenGiveUp();
    void abortWhileWaiting();
    void requestNotBuilt();
    void finishedExactlyOnce();
    void retryPolicyBackoff();
    void redactHeader_data();
    void redactHeader();
    void redactUrl_data();
    void redactUrl();
    void redactText_data();
    void redactText();
    void logLineHasFactsButNoSecrets();

private:
    NetworkJob *newJob(QList<int> *attempts = nullptr, const QUrl &url = {});
    EchoServer m_server;
    NetworkAccess m_network;
};

void TestNetworkJob::initTestCase()
{
    QVERIFY(m_server.start());
}

NetworkJob *TestNetworkJob::newJob(QList<int> *attempts, const QUrl &url)
{
    const QUrl target = url.isEmpty() ? m_server.baseUrl().resolved(QUrl(QStringLiteral("/call"))) : url;
    auto *job = new NetworkJob(&m_network, [attempts, target](int attempt) -> std::optional<PreparedRequest> {
        if (attempts)
            attempts->append(attempt);
        PreparedRequest p;
        p.request.setUrl(target);
        p.request.setRawHeader("Content-Type", "application/json");
        p.request.setRawHeader("X-Attempt", QByteArray::number(attempt));   // a fresh request each time
        p.body = "{}";
        return p;
    }, this);
    job->setRetryPolicy(fastPolicy());
    job->setTransferTimeout(5000);
    return job;
}

void TestNetworkJob::success()
{
    NetworkJob *job = newJob();
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().status, 200);
    QCOMPARE(job->result().attempts, 1);
    QVERIFY(job->result().body.startsWith("{\"RequestId\":\"echo-"));
    QVERIFY(job->result().header("x-reqid").startsWith("reqid-"));
    QVERIFY(!job->result().clientRequestId.isEmpty());
    const auto &req = m_server.requests().last();
    QCOMPARE(req.header("User-Agent"), NetworkAccess::userAgent());
    QCOMPARE(QString::fromLatin1(req.header("X-Request-ID")), job->result().clientRequestId);
    delete job;
}

void TestNetworkJob::transientFaultsRetried_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("5xx") << int(FakeVendorServer::Fault::ServerError);
    QTest::newRow("429") << int(FakeVendorServer::Fault::RateLimit);
    QTest::newRow("dropped connection") << int(FakeVendorServer::Fault::DropConnection);
    QTest::newRow("truncated body") << int(FakeVendorServer::Fault::Truncated);
}

void TestNetworkJob::transientFaultsRetried()
{
    QFETCH(int, fault);
    m_server.clearFaults();
    m_server.injectFault(FakeVendorServer::Fault(fault));
    const int before = m_server.requestCount();
    QList<int> attempts;
    NetworkJob *job = newJob(&attempts);
    QSignalSpy retrying(job, &NetworkJob::retrying);
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().status, 200);
    QCOMPARE(job->result().networkError, QNetworkReply::NoError);
    QCOMPARE(m_server.requestCount() - before, 2);
    if (FakeVendorServer::Fault(fault) == FakeVendorServer::Fault::DropConnection && attempts.size() == 1) {
        // Qt itself re-sends a request whose reused keep-alive connection was closed
        // before any answer; either way the document got through.
        return;
    }
    QCOMPARE(job->result().attempts, 2);
    QCOMPARE(attempts, QList<int>({1, 2}));   // the request was built afresh for the retry
    QCOMPARE(retrying.size(), 1);
    delete job;
}

void TestNetworkJob::retriesAreBounded()
{
    m_server.clearFaults();
    m_server.injectFault(FakeVendorServer::Fault::ServerError, 10);
    const int before = m_server.requestCount();
    NetworkJob *job = newJob();
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().status, 503);
    QCOMPARE(job->result().attempts, 3);
    QCOMPARE(m_server.requestCount() - before, 3);
    m_server.clearFaults();
    delete job;
}

void TestNetworkJob::nonTransientNotRetried()
{
    m_server.clearFaults();
    m_server.injectFault(FakeVendorServer::Fault::AuthFailure);
    const int before = m_server.requestCount();
    NetworkJob *job = newJob();
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().status, 401);
    QCOMPARE(job->result().attempts, 1);
    QCOMPARE(m_server.requestCount() - before, 1);
    delete job;
}

void TestNetworkJob::timeoutThenGiveUp()
{
    m_server.clearFaults();
    m_server.injectFault(FakeVendorServer::Fault::Hang, 2);
    NetworkJob *job = newJob();
    job->setRetryPolicy(fastPolicy(2));
    job->setTransferTimeout(200);
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(10000));
    QVERIFY(job->timedOut());
    QCOMPARE(job->result().status, 0);
    QCOMPARE(job->result().networkError, QNetworkReply::TimeoutError);
    QCOMPARE(job->result().attempts, 2);
    delete job;
}

void TestNetworkJob::abortWhileWaiting()
{
    m_server.clearFaults();
    m_server.injectFault(FakeVendorServer::Fault::Hang);
    const int before = m_server.requestCount();
    NetworkJob *job = newJob();
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount() - before, 1, 5000);
    job->abort();
    QVERIFY(job->isFinished());
    QVERIFY(job->isAborted());
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().networkError, QNetworkReply::OperationCanceledError);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_server.requestCount() - before, 1);   // no retry after an abort
    delete job;
}

void TestNetworkJob::requestNotBuilt()
{
    auto *job = new NetworkJob(&m_network, [](int) { return std::optional<PreparedRequest>(); }, this);
    job->setFailureMessage(QStringLiteral("no keys"));
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(2000));
    QCOMPARE(job->result().networkError, QNetworkReply::ProtocolUnknownError);
    QCOMPARE(job->result().networkErrorString, QStringLiteral("no keys"));
    delete job;
}

void TestNetworkJob::finishedExactlyOnce()
{
    m_server.clearFaults();
    NetworkJob *job = newJob();
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    job->start();   // ignored: one request in flight per job
    QVERIFY(spy.wait(5000));
    job->abort();   // too late: no effect
    QVERIFY(!job->isAborted());
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(job->result().status, 200);
    delete job;
}

void TestNetworkJob::retryPolicyBackoff()
{
    RetryPolicy p;   // Tencent SDK's: 1 s, 2 s, 4 s …, capped
    QCOMPARE(p.delayBeforeAttempt(1), 0);
    QCOMPARE(p.delayBeforeAttempt(2), 1000);
    QCOMPARE(p.delayBeforeAttempt(3), 2000);
    QCOMPARE(p.delayBeforeAttempt(4), 4000);
    QCOMPARE(p.delayBeforeAttempt(10), 8000);
}

void TestNetworkJob::redactHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("tc3") << QByteArray("Authorization")
                         << QByteArray("TC3-HMAC-SHA256 Credential=AKIDSECRET/2024-01-01/ocr/tc3_request, SignedHeaders=content-type;host, Signature=abcdef")
                         << QByteArray("TC3-HMAC-SHA256 [redacted]");
    QTest::newRow("qiniu") << QByteArray("authorization") << QByteArray("Qiniu AK:SIGN=") << QByteArray("Qiniu [redacted]");
    QTest::newRow("deepfinch secret") << QByteArray("X-DF-API-SECRET") << QByteArray("s3cr3t") << QByteArray("[redacted]");
    QTest::newRow("tc token") << QByteArray("X-TC-Token") << QByteArray("tok") << QByteArray("[redacted]");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("a=b") << QByteArray("[redacted]");
    QTest::newRow("plain header") << QByteArray("X-TC-Action") << QByteArray("VatInvoiceOCR") << QByteArray("VatInvoiceOCR");
    QTest::newRow("timestamp") << QByteArray("X-TC-Timestamp") << QByteArray("1700000000") << QByteArray("1700000000");
}

void TestNetworkJob::redactHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(net::redactHeader(name, value), expected);
}

void TestNetworkJob::redactUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("secret");
    QTest::newRow("access token") << QStringLiteral("https://app.ekuaibao.com/api/openapi/v2/invoice/processImageByFileUrl?accessToken=ID01rq%3ATdk3")
                                  << QStringLiteral("https://app.ekuaibao.com/api/openapi/v2/invoice/processImageByFileUrl?accessToken=[redacted]")
                                  << QStringLiteral("ID01rq");
    QTest::newRow("refresh and power code")
        << QStringLiteral("https://h/api/openapi/v2/auth/refreshToken?accessToken=A1&refreshToken=R1&powerCode=219904")
        << QStringLiteral("https://h/api/openapi/v2/auth/refreshToken?accessToken=[redacted]&refreshToken=[redacted]&powerCode=219904")
        << QStringLiteral("R1");
    QTest::newRow("oss signed url")
        << QStringLiteral("https://b.oss.example.com/f.png?Expires=1&OSSAccessKeyId=KEYID&Signature=SIG%2B&security-token=STS")
        << QStringLiteral("https://b.oss.example.com/f.png?Expires=1&OSSAccessKeyId=[redacted]&Signature=[redacted]&security-token=[redacted]")
        << QStringLiteral("KEYID");
    QTest::newRow("nested private download url")
        << QStringLiteral("https://ap-gate-z0.qiniuapi.com/invoice/multiple?url=https%3A%2F%2Fcdn.example.com%2Fa.png%3Fe%3D170%26token%3DAK%3ASIGNATURE")
        << QString() << QStringLiteral("SIGNATURE");
    QTest::newRow("user info") << QStringLiteral("https://user:pass@host/p") << QStringLiteral("https://host/p")
                               << QStringLiteral("pass");
}

void TestNetworkJob::redactUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(QString, secret);
    const QString out = net::redactUrl(QUrl(url, QUrl::StrictMode));
    if (!expected.isEmpty())
        QCOMPARE(out, expected);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(!QUrl::fromPercentEncoding(out.toUtf8()).contains(secret));
}

void TestNetworkJob::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("query") << QStringLiteral("GET /x?accessToken=TOPSECRET&x=1") << QStringLiteral("TOPSECRET");
    QTest::newRow("json") << QStringLiteral(R"({"appKey":"k","appSecurity":"PW123456"})") << QStringLiteral("PW123456");
    QTest::newRow("header line") << QStringLiteral("X-DF-API-SECRET: HUSH1234") << QStringLiteral("HUSH1234");
    QTest::newRow("authorization") << QStringLiteral("Authorization: Qiniu AKAKAK:SIGSIG") << QStringLiteral("SIGSIG");
    QTest::newRow("tc3 signature") << QStringLiteral("Credential=AKIDXYZ/2024-01-01/ocr/tc3_request, Signature=deadbeef")
                                   << QStringLiteral("deadbeef");
}

void TestNetworkJob::redactText()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString out = net::redactText(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(out.contains(QLatin1String(net::kRedacted)));
}

void TestNetworkJob::logLineHasFactsButNoSecrets()
{
    auto stream = std::make_shared<std::ostringstream>();
    log::installSinks({std::make_shared<spdlog::sinks::ostream_sink_mt>(*stream)}, spdlog::level::debug);
    m_server.clearFaults();
    const QUrl url(QStringLiteral("%1/api?accessToken=TOKEN-SHOULD-NOT-APPEAR&url=%2&mobile=13800138000")
                       .arg(m_server.baseUrl().toString(),
                            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://c.example.com/a.png?e=1&token=AK:NESTEDSIG")))),
                   QUrl::StrictMode);
    auto *job = new NetworkJob(&m_network, [url](int) -> std::optional<PreparedRequest> {
        PreparedRequest p;
        p.request.setUrl(url);
        p.request.setRawHeader("Authorization", "TC3-HMAC-SHA256 Credential=AKIDLEAK/2024/ocr/tc3_request, Signature=SIGLEAK");
        p.request.setRawHeader("X-DF-API-SECRET", "DFSECRETLEAK");
        p.request.setRawHeader("Content-Type", "application/json");
        p.body = "{}";
        return p;
    }, this);
    QSignalSpy spy(job, &NetworkJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    const QString servedId = QString::fromLatin1(job->result().header("X-Reqid"));
    delete job;
    log::installSinks({}, spdlog::level::warn);
    const QString out = QString::fromStdString(stream->str());
    QVERIFY2(out.contains(QStringLiteral("POST 127.0.0.1")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("-> 200 in ")));
    QVERIFY(out.contains(QStringLiteral("vendor request id ") + servedId));
    QVERIFY(out.contains(QStringLiteral("TC3-HMAC-SHA256 [redacted]")));
    for (const char *secret : {"TOKEN-SHOULD-NOT-APPEAR", "NESTEDSIG", "AKIDLEAK", "SIGLEAK", "DFSECRETLEAK", "13800138000"})
        QVERIFY2(!out.contains(QLatin1String(secret)), secret);
}

QTEST_GUILESS_MAIN(TestNetworkJob)
#include "tst_networkjob.moc"
