// The Ekuaibao adapter over real HTTP against its fake (QPS = 1 counted over every call):
// login, upload, downloadurls, OCR; token expiry and renewal; the "403 right after login";
// every fault; a batch where one document fails; the cache; no secret in logs or errors.
// Slow by nature (one call per second): kept to what each behaviour needs.
#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/providercontext.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "core/responsecache.h"
#include "ekuaibao/ekuaibaoprovider.h"
#include "fakes/ekuaibaofakeserver.h"
#include "log.h"
#include "vendortestbase.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace Qt::StringLiterals;
using namespace ra;
using Fault = test::FakeVendorServer::Fault;
using Call = test::EkuaibaoFakeServer::Call;

Q_DECLARE_METATYPE(ra::test::FakeVendorServer::Fault)
Q_DECLARE_METATYPE(ra::test::EkuaibaoFakeServer::Call)

namespace {

const QString kAppKey = u"ekb-app-key-1"_s;
const QString kAppSecurity = u"ekb-app-security-do-not-leak-7"_s;

} // namespace

class TestEkuaibaoProvider : public QObject, public test::VendorTest<test::EkuaibaoFakeServer, EkuaibaoProvider>
{
    Q_OBJECT

public:
    TestEkuaibaoProvider() : VendorTest(u"发票1.png"_s, 60000) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void endToEndEveryCallPaced();
    void tokenReusedThenRenewedBeforeExpiry();
    void expiredTokenLogsInAgain();
    void forbiddenRightAfterLoginIsRetried();
    void wrongKeys();
    void faults_data();
    void faults();
    void batchNothingElseLost();
    void secondRunComesFromCache();
    void urlSentAsFileUrl();
    void typedUrlRefusedBeforeAnyCall();
    void freshTokenStillRefusedLogsInAgain();
    void noSecretInLogsOrErrors();
};

void TestEkuaibaoProvider::initTestCase()
{
    QVERIFY(m_cacheDir.isValid());
    captureLog();   // every log line of the run, checked for secrets
}

void TestEkuaibaoProvider::init()
{
    m_fake = new test::EkuaibaoFakeServer(kAppKey, kAppSecurity, this);
    QVERIFY(m_fake->start());
    m_credentials.write(u"ekuaibao"_s, u"app_key"_s, kAppKey);
    m_credentials.write(u"ekuaibao"_s, u"app_security"_s, kAppSecurity);
    QVERIFY(startProvider({{u"ekuaibao"_s, m_fake->baseUrl().toString() + u"/"_s}}));
}

void TestEkuaibaoProvider::cleanup()
{
    // Whether the fake ever refused for frequency depends on timing (bench_ekuaibao_rate
    // measures it); what the tests check is that every call went through the provider's limiter
    // (see endToEndEveryCallPaced) and that refused calls are retried (faults).
    tearDown();
}

void TestEkuaibaoProvider::cleanupTestCase()
{
    releaseLog();
}

void TestEkuaibaoProvider::endToEndEveryCallPaced()
{
    const RecognizedDocument doc = run(plainPng(1840, 1000, u"33492999"_s));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.provider, u"ekuaibao"_s);
    QCOMPARE(doc.invoices.size(), 1);
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.type, InvoiceType::VatSpecial);
    QCOMPARE(inv.value(u"number"_s), u"33492999"_s);
    QCOMPARE(inv.value(u"total"_s), u"103834.00"_s);
    QCOMPARE(inv.fields.value(u"total"_s).source, u"ekuaibao:details.total"_s);
    QCOMPARE(inv.region, QPolygonF({{64, 0}, {1776, 0}, {1776, 941}, {64, 941}}));
    QCOMPARE(doc.rawResponses.size(), 1);
    // login, upload, downloadurls, OCR — in that order, each one accepted.
    QCOMPARE(m_fake->requestCount(), 4);
    QCOMPARE(m_fake->callsOf(Call::Token), 1);
    QCOMPARE(m_fake->callsOf(Call::Upload), 1);
    QCOMPARE(m_fake->callsOf(Call::DownloadUrls), 1);
    QCOMPARE(m_fake->callsOf(Call::Ocr), 1);
    QCOMPARE(m_fake->rejected(), 0);
    // Strictly one call per second: the limiter is set to at most the documented QPS = 1 and
    // every call, the login included, waited for it.
    QVERIFY(m_provider->effectiveRateLimit() <= 1.0);
    QVERIFY(m_provider->effectiveRateLimit() > 0.9);
    QCOMPARE(m_provider->rateLimiter()->granted(), m_fake->requestCount());
    // The token went percent-encoded in the query (it contains ':').
    const auto &reqs = m_fake->requests();
    QVERIFY(reqs.at(1).url.toEncoded().contains("accessToken=ID01fake1%3AT"));
}

void TestEkuaibaoProvider::tokenReusedThenRenewedBeforeExpiry()
{
    // A token that lives 125 s expires within the renewal margin (120 s) 5 s later.
    m_fake->setTokenLifetimeMs(125'000);
    QVERIFY(!run(plainPng(500, 300)).error);
    QCOMPARE(m_provider->logins(), 1);
    QVERIFY(!run(plainPng(501, 300)).error);
    // Well over 5 s have passed (3 calls at 1/s per document): renewed before it could expire.
    QCOMPARE(m_provider->logins(), 2);
    QCOMPARE(m_fake->logins(), 2);
    QCOMPARE(m_fake->rejected(), 0);

    m_fake->setTokenLifetimeMs(2 * 3600 * 1000);
    QVERIFY(!run(plainPng(502, 300)).error); // renews once more, to the long-lived token
    QVERIFY(!run(plainPng(503, 300)).error);
    QCOMPARE(m_fake->logins(), 3); // …which the next document reuses
}

void TestEkuaibaoProvider::expiredTokenLogsInAgain()
{
    QVERIFY(!run(plainPng(500, 300)).error);
    m_fake->faultOn(Call::Upload, Fault::ExpiredToken); // the vendor drops the token early
    const RecognizedDocument doc = run(plainPng(510, 300));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(m_fake->logins(), 2);
    QCOMPARE(m_fake->callsOf(Call::Upload), 3);
}

void TestEkuaibaoProvider::forbiddenRightAfterLoginIsRetried()
{
    // The vendor's changelog: a fresh token used at once used to give 403. The first call
    // after the login is refused; the adapter waits and tries again, without logging in again.
    m_fake->setTokenWarmupMs(1500);
    const RecognizedDocument doc = run(plainPng(500, 300));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(m_fake->logins(), 1);
    QVERIFY(m_fake->callsOf(Call::Upload) >= 2);
}

void TestEkuaibaoProvider::wrongKeys()
{
    m_credentials.write(u"ekuaibao"_s, u"app_security"_s, u"wrong"_s);
    const RecognizedDocument doc = run(plainPng(500, 300));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::AuthFailed));
    QCOMPARE(doc.error->vendorCode, u"HTTP 403"_s);
    QVERIFY(doc.error->message.contains(u"密钥无效"_s));
    QVERIFY(doc.error->message.contains(u"getAccessToken"_s));
    QVERIFY(!doc.error->requestId.isEmpty());
    QCOMPARE(m_fake->callsOf(Call::Upload), 0);
    QCOMPARE(m_fake->callsOf(Call::Token), 1); // a refused key is not tried again
}

void TestEkuaibaoProvider::faults_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("code"); // empty: recovers

    QTest::newRow("OCR rate-limit refusal, retried") << Call::Ocr << Fault::RateLimit << 1 << QString();
    QTest::newRow("OCR 5xx, retried") << Call::Ocr << Fault::ServerError << 1 << QString();
    QTest::newRow("OCR hang past the timeout, retried") << Call::Ocr << Fault::Hang << 1 << QString();
    QTest::newRow("OCR dropped connection, retried") << Call::Ocr << Fault::DropConnection << 1 << QString();
    QTest::newRow("OCR supplier failing once, retried") << Call::Ocr << Fault::InternalError << 1 << QString();
    QTest::newRow("upload 5xx, retried") << Call::Upload << Fault::ServerError << 1 << QString();
    QTest::newRow("downloadurls truncated, retried") << Call::DownloadUrls << Fault::Truncated << 1 << QString();
    QTest::newRow("OCR malformed JSON") << Call::Ocr << Fault::Malformed << 1
                                        << QString::fromLatin1(ErrorCode::BadResponse);
    QTest::newRow("OCR supplier failing") << Call::Ocr << Fault::InternalError << 2
                                          << QString::fromLatin1(ErrorCode::VendorRejected);
    QTest::newRow("OCR 5xx every time") << Call::Ocr << Fault::ServerError << 3
                                        << QString::fromLatin1(ErrorCode::VendorError);
    QTest::newRow("auth failure on the login") << Call::Token << Fault::AuthFailure << 1
                                               << QString::fromLatin1(ErrorCode::AuthFailed);
}

void TestEkuaibaoProvider::faults()
{
    QFETCH(Call, call);
    QFETCH(Fault, fault);
    QFETCH(int, count);
    QFETCH(QString, code);
    m_fake->faultOn(call, fault, count);
    const RecognizedDocument doc = run(plainPng(600, 400));
    if (code.isEmpty()) {
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
        return;
    }
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, code);
    QVERIFY(!doc.error->requestId.isEmpty());
    QVERIFY(doc.error->message.contains(doc.error->requestId));
    QVERIFY(doc.error->message.contains(u"Ekuaibao"_s));
    if (fault != Fault::Malformed)
        QVERIFY(doc.error->vendorCode.startsWith(u"HTTP "_s));
}

void TestEkuaibaoProvider::batchNothingElseLost()
{
    // The answer to the second document's upload is garbage; the others go through, and all
    // of them share one login.
    m_fake->setFaultForBodyContaining("DOC-WITH-FAULT", Fault::Malformed);
    QList<ProviderJob *> jobs;
    int finished = 0;
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = plainPng(600 + i, 400, u"2000000%1"_s.arg(i), i == 1 ? u"DOC-WITH-FAULT"_s : QString());
        ProviderJob *job = m_provider->recognize(DocumentInput::fromBytes(bytes, u"doc%1.png"_s.arg(i)));
        job->setAutoDelete(false);
        connect(job, &ProviderJob::finished, this, [&finished] { ++finished; });
        jobs << job;
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 60000);
    for (int i = 0; i < 3; ++i) {
        const RecognizedDocument &doc = jobs.at(i)->result();
        if (i == 1) {
            QVERIFY(doc.error);
            QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::BadResponse));
        } else {
            QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
            QCOMPARE(doc.invoices.first().value(u"number"_s), u"2000000%1"_s.arg(i));
        }
    }
    qDeleteAll(jobs);
    QCOMPARE(m_fake->logins(), 1);
}

void TestEkuaibaoProvider::secondRunComesFromCache()
{
    const QByteArray image = plainPng(700, 400, u"33490001"_s);
    const RecognizedDocument first = run(image);
    QVERIFY(!first.error);
    const int requests = m_fake->requestCount();
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(image, u"again.png"_s, &job);
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(second.invoices, first.invoices);
}

// A URL of Ekuaibao's attachment service is the fileUrl as it is: the login and the OCR call,
// no attachment upload, no downloadurls, nothing downloaded here. One the vendor cannot fetch is
// its 400.
void TestEkuaibaoProvider::urlSentAsFileUrl()
{
    const QString url = u"https://files-dd.ekuaibao.com/openapi1-a.png?Expires=1&OSSAccessKeyId=K&Signature=URLSIG%2B"_s;
    m_fake->publish(url, plainPng(1840, 1000, u"33492998"_s));
    const auto input = DocumentInput::fromUrl(url);
    QVERIFY(input);
    const RecognizedDocument doc = run(*input);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.file, url);
    QCOMPARE(doc.invoices.size(), 1);
    QCOMPARE(doc.invoices.first().value(u"number"_s), u"33492998"_s);
    QCOMPARE(m_fake->callsOf(Call::Token), 1);
    QCOMPARE(m_fake->callsOf(Call::Upload), 0);
    QCOMPARE(m_fake->callsOf(Call::DownloadUrls), 0);
    QCOMPARE(m_fake->callsOf(Call::Ocr), 1);
    QCOMPARE(m_fake->fetchedUrls(), QStringList{url});
    QCOMPARE(QJsonDocument::fromJson(m_fake->requests().last().body).object().value(u"fileUrl"_s).toString(), url);
    QVERIFY2(logText().find("URLSIG") == std::string::npos, "the URL's query is in the log");

    const RecognizedDocument missing = run(*DocumentInput::fromUrl(u"https://files-dd.ekuaibao.com/gone.pdf"_s));
    QVERIFY(missing.error);
    QVERIFY2(missing.error->message.contains(u"第三方出现问题请稍后再试"_s), qPrintable(missing.error->message));
    QCOMPARE(m_fake->callsOf(Call::Upload), 0);
    // An OFD URL is not for this vendor: refused before any call.
    const int calls = m_fake->requestCount();
    QCOMPARE(run(*DocumentInput::fromUrl(u"https://files-dd.ekuaibao.com/e.ofd"_s)).error->code, u"unsupported_input"_s);
    QCOMPARE(m_fake->requestCount(), calls);
}

// fileUrl is "[下载附件]接口返回的 url": a URL a person typed, from anywhere else, is refused before
// any call — no login, no upload, nothing fetched — with a sentence that says what to do.
void TestEkuaibaoProvider::typedUrlRefusedBeforeAnyCall()
{
    const QString url = u"https://files.example.com/inv/a.png?sig=TYPEDSIG"_s;
    m_fake->publish(url, plainPng(800, 500, u"33492997"_s));   // the vendor could even fetch it
    const RecognizedDocument doc = run(*DocumentInput::fromUrl(url));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, u"unsupported_input"_s);
    QVERIFY2(doc.error->message.contains(u"attachment service"_s) && doc.error->message.contains(u"files.example.com"_s)
                 && doc.error->message.contains(u"Give the file itself"_s),
             qPrintable(doc.error->message));
    QVERIFY(!doc.error->message.contains(u"TYPEDSIG"_s));   // the query (a signature) is not repeated
    QCOMPARE(m_fake->requestCount(), 0);
    QVERIFY(m_fake->fetchedUrls().isEmpty());
    QCOMPARE(m_provider->logins(), 0);
    // The provider still says what it takes by URL (images, PDF): only the origin is refused.
    QVERIFY(m_provider->acceptsUrl(DocumentFormat::Png));
}

// A brand-new token still refused after the pauses for "not active yet": one login again, and
// the call goes through with the second token.
void TestEkuaibaoProvider::freshTokenStillRefusedLogsInAgain()
{
    m_fake->faultOn(Call::Upload, Fault::AuthFailure, 3);   // every attempt of the first token
    const RecognizedDocument doc = run(plainPng(520, 300, u"33492996"_s));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.invoices.first().value(u"number"_s), u"33492996"_s);
    QCOMPARE(m_fake->logins(), 2);
    QCOMPARE(m_provider->logins(), 2);
    QCOMPARE(m_fake->callsOf(Call::Upload), 4);   // three with the first token, one with the second

    // Refused with the second one too: no third login, the document fails with the vendor's words.
    m_fake->expireAllTokens();
    m_fake->faultOn(Call::Upload, Fault::AuthFailure, 4);   // the old token once, the new one three times
    const RecognizedDocument failed = run(plainPng(530, 300));
    QVERIFY(failed.error);
    QCOMPARE(failed.error->code, QString::fromLatin1(ErrorCode::AuthFailed));
    QCOMPARE(m_fake->logins(), 3);
}

void TestEkuaibaoProvider::noSecretInLogsOrErrors()
{
    m_fake->faultOn(Call::Ocr, Fault::ServerError);
    const RecognizedDocument ok = run(plainPng(400, 300));
    QVERIFY(!ok.error);
    // Refused, logged in again, the new token refused on every attempt (a new token's 403 is
    // taken for "not active yet" and tried three times): the document fails with the vendor's
    // words.
    m_fake->faultOn(Call::Upload, Fault::AuthFailure, 4);
    const RecognizedDocument failed = run(plainPng(410, 300));
    QVERIFY(failed.error);
    QCOMPARE(failed.error->code, QString::fromLatin1(ErrorCode::AuthFailed));
    QCOMPARE(m_fake->logins(), 2);
    const std::string logText = m_log.str();
    QVERIFY(!logText.empty());
    QVERIFY2(logText.find(kAppSecurity.toStdString()) == std::string::npos, "app security in the log");
    for (const QString &token : m_fake->issuedTokens()) {
        QVERIFY2(logText.find(token.toStdString()) == std::string::npos, "access token in the log");
        QVERIFY2(logText.find(QUrl::toPercentEncoding(token).toStdString()) == std::string::npos,
                 "encoded access token in the log");
        QVERIFY(!failed.error->message.contains(token));
    }
    QVERIFY(!failed.error->message.contains(kAppSecurity));
}

QTEST_GUILESS_MAIN(TestEkuaibaoProvider)
#include "tst_ekuaibaoprovider.moc"
