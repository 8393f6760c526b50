// The Qiniu adapter over real HTTP against its fake (tests/support/fakes/qiniufakeserver):
// upload to Kodo with an upload token, the signed /invoice/multiple call on the object's URL
// (public and private bucket), PDF pages and oversized images converted with polygons mapped
// back, every fault, a batch where one document fails, the cache, and no secret in any log line
// or error.
#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/providercontext.h"
#include "core/providerjob.h"
#include "core/responsecache.h"
#include "fakes/qiniufakeserver.h"
#include "log.h"
#include "vendortestbase.h"
#include "qiniu/qiniuauth.h"
#include "qiniu/qiniuprovider.h"
#include "qiniu/qiniurequests.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace Qt::StringLiterals;
using namespace ra;
using Fault = test::FakeVendorServer::Fault;
using Call = test::QiniuFakeServer::Call;

Q_DECLARE_METATYPE(ra::test::FakeVendorServer::Fault)

namespace {

const QString kAk = u"AK-test-0001"_s;
const QString kSk = u"SK-secret-do-not-leak-42"_s;
const QString kBucket = u"invoice-bucket"_s;

// White with a dark band a quarter down (something to compress and scale).
QByteArray png(int w, int h, const QString &number = {}, const QString &marker = {})
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int y = h / 4; y < h / 4 + 10 && y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixel(x, y, qRgb(20, 20, 20));
    return test::VendorTestBase::pngWithText(img, number, marker);
}

QByteArray encode(const QImage &img, const char *format)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, format);
    return out;
}

// A small valid PDF: `pages` pages of A5 (420 × 595 pt), each with a filled rectangle.
QByteArray pdf(int pages)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto obj = [&](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(3 + 2 * i) + " 0 R ";
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    for (int i = 0; i < pages; ++i) {
        const QByteArray content = "0 0 0 rg 40 400 " + QByteArray::number(100 + 50 * i) + " 30 re f";
        obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents " + QByteArray::number(4 + 2 * i)
            + " 0 R >>");
        obj("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : std::as_const(offsets))
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

class TestQiniuProvider : public QObject, public test::VendorTest<test::QiniuFakeServer, QiniuProvider>
{
    Q_OBJECT

public:
    TestQiniuProvider() : VendorTest(u"scan.png"_s, 30000) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void imageEndToEnd();
    void privateBucket();
    void privateBucketMisconfigured();
    void pdfPagesEachRecognised();
    void oversizedImageScaledAndMappedBack();
    void otherImageFormatsReencoded();
    void faults_data();
    void faults();
    void persistentFaultsGiveVendorError_data();
    void persistentFaultsGiveVendorError();
    void uploadRefused();
    void invalidParameterIsOurFault();
    void typeDependentKeysOverHttp();
    void batchNothingElseLost();
    void abortDuringHang();
    void secondRunComesFromCache();
    void notConfigured();
    void plainHttpEndpointRefused();
    void wireRequestIsWhatWasSigned();
    void urlSentWithoutUpload();
    void urlRefusedOrUnreachable();
    void noSecretInLogsOrErrors();

private:
    QList<RecognizedDocument> runAll(const QList<QByteArray> &docs);

};

void TestQiniuProvider::initTestCase()
{
    QVERIFY(m_cacheDir.isValid());
    captureLog();   // every log line of the run, checked for secrets
}

void TestQiniuProvider::init()
{
    m_fake = new test::QiniuFakeServer(kAk, kSk, kBucket, this);
    QVERIFY(m_fake->start());
    m_credentials.write(u"qiniu"_s, u"access_key"_s, kAk);
    m_credentials.write(u"qiniu"_s, u"secret_key"_s, kSk);
    m_credentials.write(u"qiniu"_s, u"bucket"_s, kBucket);
    m_credentials.write(u"qiniu"_s, u"bucket_domain"_s, m_fake->bucketDomain());
    m_credentials.remove(u"qiniu"_s, u"private_bucket"_s);
    QVERIFY(startProvider({{u"qiniu"_s, m_fake->baseUrl().toString()},
                          {u"qiniu-upload"_s, m_fake->baseUrl().toString()}}));
}

void TestQiniuProvider::cleanup()
{
    tearDown();
}

void TestQiniuProvider::cleanupTestCase()
{
    releaseLog();
}

QList<RecognizedDocument> TestQiniuProvider::runAll(const QList<QByteArray> &docs)
{
    QList<ProviderJob *> jobs;
    int finished = 0;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        ProviderJob *job = m_provider->recognize(DocumentInput::fromBytes(docs.at(i), u"doc%1.png"_s.arg(i)));
        job->setAutoDelete(false);
        connect(job, &ProviderJob::finished, this, [&finished] { ++finished; });
        jobs << job;
    }
    if (!QTest::qWaitFor([&] { return finished == docs.size(); }, 60000))
        qWarning("not every job finished");
    QList<RecognizedDocument> out;
    for (ProviderJob *j : std::as_const(jobs)) {
        out << j->result();
        delete j;
    }
    return out;
}

void TestQiniuProvider::imageEndToEnd()
{
    const QByteArray image = png(1000, 600, u"12345678"_s);
    const RecognizedDocument doc = run(image);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.provider, u"qiniu"_s);
    QCOMPARE(doc.pages, 1);
    QCOMPARE(doc.invoices.size(), 1);
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.value(u"number"_s), u"12345678"_s);
    QCOMPARE(inv.fields.value(u"number"_s).source, u"qiniu:details.number"_s);
    QCOMPARE(inv.value(u"total"_s), u"3098.79"_s);
    QCOMPARE(inv.type, InvoiceType::VatNormal);
    QCOMPARE(inv.region, QPolygonF({{50, 30}, {950, 30}, {950, 570}, {50, 570}}));
    QCOMPARE(inv.pageSize, QSizeF(1000, 600));
    QCOMPARE(inv.candidates.value(u"number"_s), QStringList{u"15064115"_s});
    QCOMPARE(doc.rawResponses.size(), 1);

    // The original bytes were stored (a PNG within limits is sent unchanged) under their hash.
    const QString key = qiniu::objectKey(image, u"png"_s);
    QCOMPARE(m_fake->objects().value(key), image);
    QCOMPARE(m_fake->uploads(), 1);
    QCOMPARE(m_fake->ocrCalls(), 1);
    QCOMPARE(m_fake->rejected(), 0);
    QCOMPARE(m_fake->lastOcrUrl(), QString::fromLatin1(qiniu::objectUrl(m_fake->bucketDomain(), key)));
}

void TestQiniuProvider::privateBucket()
{
    m_fake->setPrivateBucket(true);
    m_credentials.write(u"qiniu"_s, u"private_bucket"_s, u"1"_s);
    const RecognizedDocument doc = run(png(800, 500));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.invoices.size(), 1);
    QVERIFY(m_fake->lastOcrUrl().contains(u"?e="_s));
    QVERIFY(m_fake->lastOcrUrl().contains(u"&token="_s));
    QCOMPARE(m_fake->rejected(), 0);
}

void TestQiniuProvider::privateBucketMisconfigured()
{
    // The bucket is private but the settings say public: Qiniu cannot fetch the image (10400),
    // which it may call transient: one more attempt, then the vendor's code and message.
    m_fake->setPrivateBucket(true);
    const RecognizedDocument doc = run(png(800, 500));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::VendorError));
    QCOMPARE(doc.error->vendorCode, u"10400"_s);
    QVERIFY(doc.error->message.contains(u"download image file failed"_s));
    QVERIFY(doc.error->requestId.startsWith(u"fake-qiniu-"_s));
    QVERIFY(doc.invoices.isEmpty());
    QCOMPARE(m_fake->callsOf(Call::Ocr), 2);
}

void TestQiniuProvider::pdfPagesEachRecognised()
{
    const RecognizedDocument doc = run(pdf(2), u"two-pages.pdf"_s);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.pages, 2);
    QCOMPARE(doc.format, u"pdf"_s);
    QCOMPARE(doc.invoices.size(), 2);
    QCOMPARE(doc.invoices.at(0).page, 1);
    QCOMPARE(doc.invoices.at(1).page, 2);
    // Rendered at 150 dpi: A5 is 875 × 1240 px; the region is 5–95 % of it.
    QCOMPARE(doc.invoices.at(0).pageSize, QSizeF(875, 1240));
    const QRectF r = doc.invoices.at(1).region.boundingRect();
    QVERIFY(qAbs(r.left() - 875 * 0.05) <= 1.0);
    QVERIFY(qAbs(r.bottom() - 1240 * 0.95) <= 1.0);
    QCOMPARE(m_fake->uploads(), 2);
    QCOMPARE(m_fake->ocrCalls(), 2);
}

void TestQiniuProvider::oversizedImageScaledAndMappedBack()
{
    // Noise does not compress: a 3200 × 3200 PNG is far above 8 MB.
    QImage noise(3200, 3200, QImage::Format_RGB32);
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x)
            line[x] = 0xff000000u | (rng->generate() & 0xffffffu);
    }
    const QByteArray big = encode(noise, "PNG");
    QVERIFY(big.size() > 8 * 1024 * 1024);
    const RecognizedDocument doc = run(big);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    const auto objects = m_fake->objects();
    QCOMPARE(objects.size(), 1);
    QVERIFY(objects.begin().value().size() <= 8 * 1024 * 1024);
    // Whatever was sent, the region is on the original's pixels.
    const Invoice &inv = doc.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(3200, 3200));
    const QRectF r = inv.region.boundingRect();
    QVERIFY2(qAbs(r.left() - 160) <= 3 && qAbs(r.right() - 3040) <= 3, qPrintable(QString::number(r.right())));
}

void TestQiniuProvider::otherImageFormatsReencoded()
{
    QImage img(600, 400, QImage::Format_RGB32);
    img.fill(Qt::white);
    const RecognizedDocument doc = run(encode(img, "BMP"), u"scan.bmp"_s);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    const QByteArray sent = m_fake->objects().begin().value();
    QVERIFY(sent.startsWith("\x89PNG"));
    QCOMPARE(doc.invoices.first().pageSize, QSizeF(600, 400));
}

void TestQiniuProvider::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("ocrRequests");

    QTest::newRow("rate-limit refusal, retried") << Fault::RateLimit << true << QString() << 2;
    QTest::newRow("5xx, retried") << Fault::ServerError << true << QString() << 2;
    QTest::newRow("hang past the timeout, retried") << Fault::Hang << true << QString() << 2;
    QTest::newRow("dropped connection, retried") << Fault::DropConnection << true << QString() << 2;
    QTest::newRow("truncated body, retried") << Fault::Truncated << true << QString() << 2;
    QTest::newRow("internal error 10000, retried") << Fault::InternalError << true << QString() << 2;
    QTest::newRow("malformed JSON") << Fault::Malformed << false << QString::fromLatin1(ErrorCode::BadResponse) << 1;
    QTest::newRow("auth failure") << Fault::AuthFailure << false << QString::fromLatin1(ErrorCode::AuthFailed) << 1;
    QTest::newRow("expired (clock skew)") << Fault::ExpiredToken << false
                                          << QString::fromLatin1(ErrorCode::AuthFailed) << 1;
}

void TestQiniuProvider::faults()
{
    QFETCH(Fault, fault);
    QFETCH(bool, recovers);
    QFETCH(QString, code);
    QFETCH(int, ocrRequests);
    m_fake->faultOn(Call::Ocr, fault);
    const RecognizedDocument doc = run(png(700, 400));
    QCOMPARE(m_fake->callsOf(Call::Ocr), ocrRequests); // one retry at most, and only when transient
    if (recovers) {
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
    } else {
        QVERIFY(doc.error);
        QCOMPARE(doc.error->code, code);
        QVERIFY(!doc.error->requestId.isEmpty());
        QVERIFY(doc.error->message.contains(doc.error->requestId));
        QVERIFY(doc.error->message.contains(u"Qiniu"_s));
    }
}

void TestQiniuProvider::persistentFaultsGiveVendorError_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vendorCode");
    QTest::newRow("rate limit every time") << Fault::RateLimit << QString::fromLatin1(ErrorCode::RateLimited)
                                           << u"HTTP 429"_s;
    QTest::newRow("503 every time") << Fault::ServerError << QString::fromLatin1(ErrorCode::VendorError)
                                    << u"HTTP 503"_s;
    QTest::newRow("hang every time") << Fault::Hang << QString::fromLatin1(ErrorCode::Timeout) << QString();
    QTest::newRow("dropped every time") << Fault::DropConnection << QString::fromLatin1(ErrorCode::Network)
                                        << QString();
}


void TestQiniuProvider::persistentFaultsGiveVendorError()
{
    QFETCH(Fault, fault);
    QFETCH(QString, code);
    QFETCH(QString, vendorCode);
    // Qt itself sends a request again once when the connection closes before any answer, so
    // a dropped connection is seen up to twice per attempt.
    const bool dropped = fault == Fault::DropConnection;
    m_fake->faultOn(Call::Ocr, fault, dropped ? 6 : 3);
    const RecognizedDocument doc = run(png(700, 400));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, code);
    QCOMPARE(doc.error->vendorCode, vendorCode);
    QVERIFY(!doc.error->requestId.isEmpty());
    if (dropped)
        QVERIFY(m_fake->callsOf(Call::Ocr) >= 3);
    else
        QCOMPARE(m_fake->callsOf(Call::Ocr), 3); // the policy's attempts, no more
}

void TestQiniuProvider::invalidParameterIsOurFault()
{
    // 10003 参数校验错误: the request this program built, not the image: no retry, a vendor
    // error (not vendor_rejected), and a message that says whose fault it is.
    m_fake->faultOn(Call::Ocr, Fault::InvalidRequest);
    const RecognizedDocument doc = run(png(700, 400));
    QCOMPARE(m_fake->callsOf(Call::Ocr), 1);
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::VendorError));
    QCOMPARE(doc.error->vendorCode, u"10003"_s);
    QVERIFY2(doc.error->message.contains(u"not of the image"_s), qPrintable(doc.error->message));
    QVERIFY(doc.error->message.contains(u"Invalid parameter"_s));
    QVERIFY(doc.error->message.contains(doc.error->requestId));
}

void TestQiniuProvider::typeDependentKeysOverHttp()
{
    m_fake->setResponder([](const QByteArray &) {
        const auto entry = [](const char *type, const QJsonObject &details, const QJsonObject &extra = {}) {
            return QJsonObject{{u"type"_s, QString::fromLatin1(type)}, {u"orientation"_s, 0},
                               {u"region"_s, QJsonArray{10, 10, 300, 200}}, {u"details"_s, details},
                               {u"extra"_s, extra}};
        };
        return QJsonArray{
            entry("10104", {{u"code"_s, u"144001900111"_s}, {u"number"_s, u"00123456"_s},
                            {u"machine_code"_s, u"144001900111"_s}, {u"machine_number"_s, u"00123456"_s},
                            {u"tax_rate"_s, u"13"_s}}),
            entry("10503", {{u"number"_s, u"Z66J012345"_s}, {u"serial_number"_s, u"10491300101234A012345"_s}}),
            entry("10400", {{u"number"_s, u"87654321"_s}, {u"category"_s, u"oil"_s}}),
            entry("20105", {{u"date"_s, u"2019-06-01"_s}, {u"date_start"_s, u"2019-05-26"_s},
                            {u"date_end"_s, u"2019-05-31"_s}, {u"total"_s, u"66.60"_s}}),
            entry("10101", {{u"number"_s, u"15064112"_s}},
                  {{u"check_code_last_six"_s, QJsonArray{u"871583"_s, u"871588"_s}}})};
    });
    const RecognizedDocument doc = run(png(700, 400));
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.invoices.size(), 5);
    const Invoice &vehicle = doc.invoices.at(0);
    QCOMPARE(vehicle.type, InvoiceType::MotorVehicle);
    QCOMPARE(vehicle.value(u"printed_code"_s), u"144001900111"_s); // 机打代码
    QVERIFY(!vehicle.has(u"machine_code"_s));                       // not 机器编号
    QCOMPARE(vehicle.value(u"machine_number"_s), u"00123456"_s);
    QCOMPARE(vehicle.value(u"tax_rate"_s), u"13%"_s);
    QCOMPARE(doc.invoices.at(1).value(u"print_number"_s), u"10491300101234A012345"_s);
    QCOMPARE(doc.invoices.at(2).value(u"oil_mark"_s), u"true"_s);
    QCOMPARE(doc.invoices.at(2).fields.value(u"oil_mark"_s).source, u"qiniu:details.category"_s);
    QCOMPARE(doc.invoices.at(3).value(u"travel_date"_s), u"2019-05-26"_s);
    QCOMPARE(doc.invoices.at(3).value(u"travel_date_end"_s), u"2019-05-31"_s);
    QCOMPARE(doc.invoices.at(4).candidates.value(u"check_code_last_six"_s),
             QStringList({u"871583"_s, u"871588"_s}));
}

void TestQiniuProvider::uploadRefused()
{
    m_credentials.write(u"qiniu"_s, u"bucket"_s, u"someone-elses-bucket"_s);
    const RecognizedDocument doc = run(png(700, 400));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::AuthFailed));
    QVERIFY(doc.error->message.contains(u"Kodo"_s));
    QCOMPARE(m_fake->callsOf(Call::Ocr), 0);
}

void TestQiniuProvider::batchNothingElseLost()
{
    // The third document's upload is refused; the four others go through.
    m_fake->setFaultForBodyContaining("DOC-WITH-FAULT", Fault::AuthFailure);
    QList<QByteArray> docs;
    for (int i = 0; i < 5; ++i)
        docs << png(600 + 10 * i, 400, u"1000000%1"_s.arg(i), i == 2 ? u"DOC-WITH-FAULT"_s : QString());
    const QList<RecognizedDocument> out = runAll(docs);
    QCOMPARE(out.size(), 5);
    for (int i = 0; i < 5; ++i) {
        if (i == 2) {
            QVERIFY(out.at(i).error);
            QCOMPARE(out.at(i).error->code, QString::fromLatin1(ErrorCode::AuthFailed));
            continue;
        }
        QVERIFY2(!out.at(i).error, qPrintable(out.at(i).error ? out.at(i).error->message : QString()));
        QCOMPARE(out.at(i).invoices.first().value(u"number"_s), u"1000000%1"_s.arg(i));
        QCOMPARE(out.at(i).file, u"doc%1.png"_s.arg(i));
    }
}

void TestQiniuProvider::abortDuringHang()
{
    m_fake->faultOn(Call::Ocr, Fault::Hang, 3);
    ProviderJob *job = m_provider->recognize(DocumentInput::fromBytes(png(500, 300), u"a.png"_s));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    QTRY_COMPARE(m_fake->callsOf(Call::Ocr), 1);
    job->abort();
    QVERIFY(spy.wait(5000) || spy.count() == 1);
    QCOMPARE(spy.count(), 1);
    QVERIFY(job->result().error);
    QCOMPARE(job->result().error->code, QString::fromLatin1(ErrorCode::Cancelled));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1); // finished exactly once
    delete job;
}

void TestQiniuProvider::secondRunComesFromCache()
{
    const QByteArray image = png(900, 500, u"87654321"_s);
    const RecognizedDocument first = run(image);
    QVERIFY(!first.error);
    const int requests = m_fake->requestCount();
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(image, u"scan.png"_s, &job);
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(m_fake->requestCount(), requests); // no vendor call, no upload
    QCOMPARE(second.invoices, first.invoices);
    QCOMPARE(second.rawResponses, first.rawResponses);

    DocumentInput again = DocumentInput::fromBytes(image, u"scan.png"_s);
    again.noCache = true;
    ProviderJob *j = m_provider->recognize(again);
    QSignalSpy spy(j, &ProviderJob::finished);
    QVERIFY(spy.wait(20000));
    QCOMPARE(m_fake->ocrCalls(), 2);
}

void TestQiniuProvider::notConfigured()
{
    m_credentials.remove(u"qiniu"_s, u"secret_key"_s);
    QVERIFY(!m_provider->isConfigured());
    const RecognizedDocument doc = run(png(300, 200));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::NotConfigured));
    QVERIFY(doc.error->message.contains(u"QINIU_SECRET_KEY"_s));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestQiniuProvider::plainHttpEndpointRefused()
{
    m_context.endpoints.insert(u"qiniu"_s, u"http://example.com"_s);
    delete m_provider;
    m_provider = new QiniuProvider(m_context, this);
    const RecognizedDocument doc = run(png(300, 200));
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QString::fromLatin1(ErrorCode::EndpointRefused));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestQiniuProvider::wireRequestIsWhatWasSigned()
{
    // A raw socket sees exactly what Qt sends: the request target, Host, Content-Type and
    // X-Qiniu-Date on the wire must be what the token signed (vendor-protocols.md §2.6 notes).
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = raw.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &received] {
            received += s->readAll();
            if (received.contains("\r\n\r\n"))
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        });
    });
    const VendorEndpoint endpoint =
        VendorEndpoint::resolve(u"http://127.0.0.1:%1"_s.arg(raw.serverPort()), qiniu::kDefaultOcrEndpoint);
    const QByteArray imageUrl = u"https://bucket.example.com/invoices/2024/发票-001.png?e=1&token=a:b="_s.toUtf8();
    const PreparedRequest p = qiniu::ocrRequest(endpoint, imageUrl, kAk.toUtf8(), kSk.toUtf8(),
                                                QDateTime::currentDateTimeUtc());
    QNetworkReply *reply = m_network->post(p.request, p.body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    reply->deleteLater();

    const QList<QByteArray> lines = received.left(received.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    QCOMPARE(requestLine.at(0), "POST"_ba);
    qiniu::SignedRequest s;
    s.method = "POST";
    s.pathAndQuery = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            s.host = value;
        else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            s.contentType = value;
        s.headers.append({name, value});
    }
    QCOMPARE(s.pathAndQuery, qiniu::requestTarget(p.request.url()));
    QVERIFY(s.pathAndQuery.contains("url=https%3A%2F%2Fbucket.example.com%2Finvoices%2F2024%2F%E5%8F%91%E7%A5%A8-001.png%3Fe%3D1%26token%3Da%3Ab%3D"));
    QCOMPARE(s.contentType, "application/x-www-form-urlencoded"_ba);
    QCOMPARE(qiniu::managementAuthorization(kAk.toUtf8(), kSk.toUtf8(), s), p.request.rawHeader("Authorization"));
}

// A JPEG/PNG URL goes in url= as it is (percent-encoded once): no Kodo upload, nothing
// downloaded here; Qiniu fetches it. Its query (a signature of someone else's storage, named
// anything) never reaches the log.
void TestQiniuProvider::urlSentWithoutUpload()
{
    const QString typed = u"https://cdn.example.com/扫描/inv.png?se=2030&sig=AZURESIG%2Bx"_s;
    const QString wire = u"https://cdn.example.com/%E6%89%AB%E6%8F%8F/inv.png?se=2030&sig=AZURESIG%2Bx"_s;
    m_fake->publish(wire, png(1000, 600, u"12345679"_s));
    const auto input = DocumentInput::fromUrl(typed);
    QVERIFY(input);
    const RecognizedDocument doc = run(*input);
    QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
    QCOMPARE(doc.file, typed);
    QCOMPARE(doc.pages, 1);
    QCOMPARE(doc.invoices.size(), 1);
    QCOMPARE(doc.invoices.first().value(u"number"_s), u"12345679"_s);
    // The region stays in the pixels of the image Qiniu fetched (no page image here).
    QCOMPARE(doc.invoices.first().region, QPolygonF({{50, 30}, {950, 30}, {950, 570}, {50, 570}}));
    QCOMPARE(m_fake->callsOf(Call::Upload), 0);
    QCOMPARE(m_fake->callsOf(Call::Download), 0);
    QCOMPARE(m_fake->ocrCalls(), 1);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->lastOcrUrl(), wire);
    QCOMPARE(m_fake->fetchedUrls(), QStringList{wire});
    // One level of percent-encoding on the wire: the URL's own escapes are escaped again.
    QVERIFY(m_fake->requests().last().url.toEncoded().contains("AZURESIG%252Bx"));
    const std::string log = logText();
    QVERIFY(log.find("/invoice/multiple") != std::string::npos);
    QVERIFY2(log.find("AZURESIG") == std::string::npos, "the URL's query is in the log");

    // The cache keys it by the URL: no second call.
    QCOMPARE(run(*input).invoices, doc.invoices);
    QCOMPARE(m_fake->ocrCalls(), 1);
}

void TestQiniuProvider::urlRefusedOrUnreachable()
{
    // /invoice/multiple fetches JPEG/PNG only: a PDF URL is refused before any call.
    const RecognizedDocument pdfUrl = run(*DocumentInput::fromUrl(u"https://cdn.example.com/a.pdf"_s));
    QCOMPARE(pdfUrl.error->code, u"unsupported_input"_s);
    QCOMPARE(m_fake->requestCount(), 0);
    // Nothing there: Qiniu's download failure, with its code.
    const RecognizedDocument missing = run(*DocumentInput::fromUrl(u"https://cdn.example.com/gone.jpg?token=T1"_s));
    QVERIFY(missing.error);
    QCOMPARE(missing.error->vendorCode, u"10400"_s);
    QCOMPARE(m_fake->callsOf(Call::Upload), 0);
}

void TestQiniuProvider::noSecretInLogsOrErrors()
{
    // A private bucket (signed URLs in the query), errors and retries, all logged at debug.
    m_fake->setPrivateBucket(true);
    m_credentials.write(u"qiniu"_s, u"private_bucket"_s, u"1"_s);
    m_fake->faultOn(Call::Ocr, Fault::ServerError);
    const RecognizedDocument ok = run(png(400, 300));
    QVERIFY(!ok.error);
    m_fake->faultOn(Call::Ocr, Fault::AuthFailure);
    const RecognizedDocument failed = run(png(410, 300));
    QVERIFY(failed.error);
    const std::string logText = m_log.str();
    QVERIFY(!logText.empty());
    QVERIFY2(logText.find(kSk.toStdString()) == std::string::npos, "secret key in the log");
    QVERIFY(!failed.error->message.contains(kSk));
    // No upload token, download token or Authorization value either.
    QVERIFY2(logText.find("&token=" + kAk.toStdString()) == std::string::npos, "download token in the log");
    QVERIFY2(logText.find("Qiniu " + kAk.toStdString() + ":") == std::string::npos, "Authorization in the log");
    for (const QByteArray &raw : ok.rawResponses)
        QVERIFY(!raw.contains(kSk.toUtf8()));
}

QTEST_GUILESS_MAIN(TestQiniuProvider)
#include "tst_qiniuprovider.moc"
