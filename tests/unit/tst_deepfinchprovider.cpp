// The DeepFinch adapter over real HTTP against its fake: headers and multipart `file`, per-field
// polygons back on the page (PDF pages rendered, oversized images scaled), the inferred type,
// every fault, a batch where one document fails, the cache, no secret in logs or errors.
#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/providercontext.h"
#include "core/providerjob.h"
#include "core/responsecache.h"
#include "deepfinch/deepfinchprovider.h"
#include "fakes/deepfinchfakeserver.h"
#include "fakes/qiniufakemultipart.h"
#include "log.h"
#include "vendortestbase.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace Qt::StringLiterals;
using namespace ra;
using Fault = test::FakeVendorServer::Fault;

Q_DECLARE_METATYPE(ra::test::FakeVendorServer::Fault)

namespace {

const QString kApiId = u"df-api-id-1"_s;
const QString kApiSecret = u"df-api-secret-do-not-leak-3"_s;

QByteArray encode(const QImage &img, const char *format)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, format);
    return out;
}

} // namespace

class TestDeepFinchProvider : public QObject, public test::VendorTest<test::DeepFinchFakeServer, DeepFinchProvider>
{
    Q_OBJECT

public:
    TestDeepFinchProvider() : VendorTest(u"scan.png"_s, 30000) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void endToEnd();
    void wideImageScaledAndPolygonsMappedBack();
    void taxAmountTotalDecidedPerAnswer();
    void faults_data();
    void faults();
    void batchNothingElseLost();
    void secondRunComesFromCache();
    void unsupportedInput();
    void urlSentAsUrlField();
    void noSecretInLogsOrErrors();
};

void TestDeepFinchProvider::initTestCase()
{
    QVERIFY(m_cacheDir.isValid());
    captureLog();   // every log line of the run, checked for secrets
}

void TestDeepFinchProvider::init()
{
    m_fake = new test::DeepFinchFakeServer(kApiId, kApiSecret, this);
    QVERIFY(m_fake->start());
    m_credentials.write(u"deepfinch"_s, u"api_id"_s, kApiId);
    m_credentials.write(u"deepfinch"_s, u"api_secret"_s, kApiSecret);
    QVERIFY(startProvider({{u"deepfinch"_s, m_fake->baseUrl().toString()}}));
}

void TestDeepFinchProvider::cleanup()
{
    tearDown();
}

void TestDeepFinchProvider::cleanupTestCase()
{
    releaseLog();
}

void TestDeepFinchProvider::endToEnd()
{
    const RecognizedDocument doc = run(plainPng(1000, 600, u"01234599"_s));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.provider, u"deepfinch"_s);
    QCOMPARE(doc.invoices.size(), 1);
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"01234599"_s);
    QCOMPARE(inv.value(u"code"_s), u"044031900111"_s);
    QCOMPARE(inv.value(u"date"_s), u"2022-03-24"_s);
    QCOMPARE(inv.value(u"total"_s), u"120.00"_s);
    QCOMPARE(inv.value(u"seller_tax_id"_s), u"91230107MA1ABCDE08"_s);
    QVERIFY(!inv.has(u"tax_amount"_s));
    QCOMPARE(inv.value(u"machine_code"_s), u"800000000021"_s);
    QVERIFY(inv.fields.value(u"machine_code"_s).polygon.isEmpty()); // its region was ""
    // The type is inferred from the code, and marked as such.
    QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
    QVERIFY(inv.typeInferred);
    // Field polygons on the page: the fake's invoice_code box is (112,30)-(203,44) of a 500×300
    // layout, here twice as large.
    const QRectF code = inv.fields.value(u"code"_s).polygon.boundingRect();
    QCOMPARE(code, QRectF(QPointF(224, 60), QPointF(406, 88)));
    QCOMPARE(inv.fields.value(u"code"_s).page, 1);
    QCOMPARE(m_fake->ocrCalls(), 1);
    QCOMPARE(m_fake->rejected(), 0);
    QCOMPARE(doc.rawResponses.size(), 1);
}

void TestDeepFinchProvider::wideImageScaledAndPolygonsMappedBack()
{
    // 9000 px wide: over DeepFinch's 6000 px, so sent at 6000 and mapped back by 1.5.
    QImage img(9000, 600, QImage::Format_RGB32);
    img.fill(Qt::white);
    const RecognizedDocument doc = run(encode(img, "PNG"));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(9000, 600));
    const QRectF code = inv.fields.value(u"code"_s).polygon.boundingRect();
    // Sent 6000 × 400: the box is (112·12, 30·4/3) … in sent pixels, × 1.5 on the page.
    QVERIFY2(qAbs(code.left() - 112 * 18.0) < 1.0, qPrintable(QString::number(code.left())));
    QVERIFY(qAbs(code.top() - 30 * 2.0) < 1.0);
}

void TestDeepFinchProvider::taxAmountTotalDecidedPerAnswer()
{
    // The seed calls tax_amount_total 价税合计; an answer where 100.00 + 13.00 = 113.00 shows it is
    // the tax, and the invoice says so. One where it equals the total agrees with the document.
    QString x = u"13.00"_s;
    m_fake->setResponder([&x](const QByteArray &image) {
        QJsonObject r = test::DeepFinchFakeServer::defaultResult(image);
        QJsonObject amount = r.value(u"amount_info"_s).toObject();
        amount.insert(u"amount_total"_s, QJsonObject{{u"txt"_s, u"100.00"_s}, {u"region"_s, u""_s}});
        amount.insert(u"tax_amount_total"_s,
                      QJsonObject{{u"txt"_s, x}, {u"region"_s, QJsonArray{10, 10, 50, 10, 50, 20, 10, 20}}});
        amount.insert(u"amount_in_figuers"_s, QJsonObject{{u"txt"_s, u"113.00"_s}, {u"region"_s, u""_s}});
        amount.insert(u"amount_in_words"_s, QJsonObject{{u"txt"_s, u"壹佰壹拾叁圆整"_s}, {u"region"_s, u""_s}});
        r.insert(u"amount_info"_s, amount);
        return r;
    });
    const RecognizedDocument doc = run(plainPng(500, 300, u"01234501"_s));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.value(u"tax_amount"_s), u"13.00"_s);
    QCOMPARE(inv.fields.value(u"tax_amount"_s).source, u"deepfinch:result.amount_info.tax_amount_total"_s);
    QCOMPARE(inv.fields.value(u"tax_amount"_s).polygon.boundingRect(), QRectF(QPointF(10, 10), QPointF(50, 20)));
    QCOMPARE(inv.value(u"total"_s), u"113.00"_s);
    bool said = false;
    for (const Finding &f : inv.findings)
        if (f.rule == u"vendor_field_meaning") {
            said = true;
            QCOMPARE(f.severity, Severity::Info);
            QVERIFY2(f.message.contains(u"100.00 + 13.00 = 113.00"_s), qPrintable(f.message));
        }
    QVERIFY(said);

    x = u"113.00"_s;
    const RecognizedDocument same = run(plainPng(500, 300, u"01234502"_s));
    QVERIFY2(!same.error, qPrintable(same.error ? same.error->message : QString()));
    const Invoice &asDocumented = same.invoices.first();
    QVERIFY(!asDocumented.has(u"tax_amount"_s));
    QCOMPARE(asDocumented.value(u"total"_s), u"113.00"_s);
    QVERIFY(asDocumented.alternatives.value(u"total"_s).isEmpty());
    for (const Finding &f : asDocumented.findings)
        QVERIFY2(f.rule != u"vendor_field_meaning", qPrintable(f.message));
}

void TestDeepFinchProvider::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("code");       // empty: recovers
    QTest::addColumn<QString>("vendorCode");

    QTest::newRow("RATE_LIMIT_EXCEEDED, retried") << Fault::RateLimit << 1 << QString() << QString();
    QTest::newRow("503, retried") << Fault::ServerError << 1 << QString() << QString();
    QTest::newRow("INTERNAL_ERROR 500, retried") << Fault::InternalError << 1 << QString() << QString();
    QTest::newRow("hang past the timeout, retried") << Fault::Hang << 1 << QString() << QString();
    QTest::newRow("dropped connection, retried") << Fault::DropConnection << 1 << QString() << QString();
    QTest::newRow("truncated body, retried") << Fault::Truncated << 1 << QString() << QString();
    QTest::newRow("malformed JSON") << Fault::Malformed << 1 << QString::fromLatin1(ErrorCode::BadResponse)
                                    << QString();
    QTest::newRow("UNAUTHORIZED") << Fault::AuthFailure << 1 << QString::fromLatin1(ErrorCode::AuthFailed)
                                  << u"UNAUTHORIZED"_s;
    QTest::newRow("RATE_LIMIT_EXCEEDED every time") << Fault::RateLimit << 3
                                                    << QString::fromLatin1(ErrorCode::RateLimited)
                                                    << u"RATE_LIMIT_EXCEEDED"_s;
    QTest::newRow("INTERNAL_ERROR every time") << Fault::InternalError << 3
                                               << QString::fromLatin1(ErrorCode::VendorError) << u"INTERNAL_ERROR"_s;
    QTest::newRow("hang every time") << Fault::Hang << 3 << QString::fromLatin1(ErrorCode::Timeout) << QString();
}

void TestDeepFinchProvider::faults()
{
    QFETCH(Fault, fault);
    QFETCH(int, count);
    QFETCH(QString, code);
    QFETCH(QString, vendorCode);
    m_fake->injectFault(fault, count);
    const RecognizedDocument doc = run(plainPng(600, 400));
    if (code.isEmpty()) {
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
        QCOMPARE(m_fake->requestCount(), 2); // one retry, only for what is transient
        return;
    }
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, code);
    QCOMPARE(doc.error->vendorCode, vendorCode);
    QVERIFY(!doc.error->requestId.isEmpty());
    QVERIFY(doc.error->message.contains(doc.error->requestId));
    if (!vendorCode.isEmpty()) // the vendor's own request id, as it sent it
        QCOMPARE(doc.error->requestId, m_fake->lastRequestId());
}

void TestDeepFinchProvider::batchNothingElseLost()
{
    m_fake->setFaultForBodyContaining("DOC-WITH-FAULT", Fault::AuthFailure);
    QList<ProviderJob *> jobs;
    int finished = 0;
    for (int i = 0; i < 4; ++i) {
        const QByteArray bytes = plainPng(600 + i, 400, u"3000000%1"_s.arg(i), i == 3 ? u"DOC-WITH-FAULT"_s : QString());
        ProviderJob *job = m_provider->recognize(DocumentInput::fromBytes(bytes, u"doc%1.png"_s.arg(i)));
        job->setAutoDelete(false);
        connect(job, &ProviderJob::finished, this, [&finished] { ++finished; });
        jobs << job;
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 30000);
    for (int i = 0; i < 4; ++i) {
        const RecognizedDocument &doc = jobs.at(i)->result();
        if (i == 3) {
            QVERIFY(doc.error);
            QCOMPARE(doc.error->vendorCode, u"UNAUTHORIZED"_s);
        } else {
            QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
            QCOMPARE(doc.invoices.first().value(u"number"_s), u"3000000%1"_s.arg(i));
        }
    }
    qDeleteAll(jobs);
}

void TestDeepFinchProvider::secondRunComesFromCache()
{
    const QByteArray image = plainPng(700, 420, u"01230001"_s);
    const RecognizedDocument first = run(image);
    QVERIFY(!first.error);
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(image, u"again.png"_s, &job);
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(second.invoices, first.invoices);
}

void TestDeepFinchProvider::unsupportedInput()
{
    const RecognizedDocument doc = run("PK\x03\x04 not an ofd really", u"x.ofd"_s);
    QVERIFY(doc.error);
    QCOMPARE(m_fake->requestCount(), 0);
}

// A JPEG/PNG URL goes as the multipart `url` field ("file 和 url 二选一"): DeepFinch fetches it,
// nothing is downloaded here; polygons stay in the fetched image's pixels.
void TestDeepFinchProvider::urlSentAsUrlField()
{
    const QString typed = u"https://files.example.com/发票/b.jpg?token=DFURLTOKEN"_s;
    const QString wire = u"https://files.example.com/%E5%8F%91%E7%A5%A8/b.jpg?token=DFURLTOKEN"_s;
    m_fake->publish(wire, plainPng(1000, 600, u"01234598"_s));
    const auto input = DocumentInput::fromUrl(typed);
    QVERIFY(input);
    const RecognizedDocument doc = run(*input);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.file, typed);
    QCOMPARE(doc.format, u"jpeg"_s);
    QCOMPARE(doc.invoices.size(), 1);
    QCOMPARE(doc.invoices.first().value(u"number"_s), u"01234598"_s);
    QCOMPARE(m_fake->ocrCalls(), 1);
    QCOMPARE(m_fake->fetchedUrls(), QStringList{wire});
    const auto form = test::parseMultipartForm(m_fake->requests().last().header("Content-Type"),
                                               m_fake->requests().last().body);
    QVERIFY(form);
    QCOMPARE(form->field("url"), wire.toUtf8());
    QVERIFY(!form->part("file"));
    QVERIFY2(logText().find("DFURLTOKEN") == std::string::npos, "the URL's query is in the log");

    const RecognizedDocument missing = run(*DocumentInput::fromUrl(u"https://files.example.com/gone.png"_s));
    QCOMPARE(missing.error->vendorCode, u"INVALID_ARGUMENT"_s);
    QCOMPARE(missing.error->requestId, m_fake->lastRequestId());
    const int calls = m_fake->requestCount();
    QCOMPARE(run(*DocumentInput::fromUrl(u"https://files.example.com/a.pdf"_s)).error->code, u"unsupported_input"_s);
    QCOMPARE(m_fake->requestCount(), calls);
}

void TestDeepFinchProvider::noSecretInLogsOrErrors()
{
    m_fake->injectFault(Fault::ServerError);
    QVERIFY(!run(plainPng(400, 300)).error);
    m_fake->injectFault(Fault::AuthFailure);
    const RecognizedDocument failed = run(plainPng(410, 300));
    QVERIFY(failed.error);
    const std::string logText = m_log.str();
    QVERIFY(!logText.empty());
    QVERIFY2(logText.find(kApiSecret.toStdString()) == std::string::npos, "API secret in the log");
    QVERIFY(!failed.error->message.contains(kApiSecret));
}

QTEST_GUILESS_MAIN(TestDeepFinchProvider)
#include "tst_deepfinchprovider.moc"
