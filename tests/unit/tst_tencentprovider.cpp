// Both Tencent adapters over real HTTP against the fake Tencent server on loopback: the
// signature, headers and body shape it checks; every injected fault (rate limit, 5xx, internal
// error, hang past the timeout, malformed and truncated JSON, auth failure, dropped connection)
// ending in a clear error or a successful retry; the rest of a batch unaffected; the cache;
// configuration refusals; PDFs rendered per page and large images scaled with polygons mapped back;
// every page of a multi-page OFD; remote documents by URL (ImageUrl / OfdFileUrl, fetched by the
// fake, never by us), their cache key and the URL's query kept out of the log.
#include "core/connectioncheck.h"
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/providerjob.h"
#include "core/recognitionqueue.h"
#include "core/responsecache.h"
#include "fakes/faketencentserver.h"
#include "log.h"
#include "ofdbuilder.h"
#include "tencent/tencentapi.h"
#include "tencent/tencentofdprovider.h"
#include "tencent/tencentvatprovider.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace ra;
using Fault = ra::test::FakeVendorServer::Fault;

namespace {

const QString kId = QStringLiteral("AKIDtestFAKE000000000000000000000001");
const QString kKey = QStringLiteral("testSecretKeyFAKE0000000000000001");

QByteArray png(int n, QSize size = QSize(240, 120))
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 80, 230));
    img.setText(QStringLiteral("doc"), QStringLiteral("document-%1").arg(n));   // distinct bytes per document
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

// A piece of the Base64 the server receives that only this file produces.
QByteArray markerFor(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf("document-");
    const qsizetype start = at / 3 * 3;
    return bytes.mid(start, 18).toBase64();
}

QByteArray pdf(int pages)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    QPdfWriter w(&b);
    w.setPageSize(QPageSize(QPageSize::A5));
    w.setResolution(72);
    QPainter p(&w);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            w.newPage();
        p.fillRect(QRect(20, 20, 100 + 20 * i, 40), Qt::black);
    }
    p.end();
    return out;
}

DocumentInput input(const QByteArray &bytes, const QString &name)
{
    return DocumentInput::fromBytes(bytes, name);
}

} // namespace

class TestTencentProvider : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
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
    void pdfPagesRendered();
    void largeImageScaledBack();
    void sevenMegabytesAfterBase64();
    void tooLargeShrunkAndSentAgain();
    void tooLargeEvenWhenShrunk();
    void failedPageKeepsTheOthers();
    void failedPageEndsTheDocumentWhenEveryPageWould();
    void failedUrlPageKeepsTheOthers();
    void ofdProvider();
    void ofdEveryPage();
    void ofdContinuationPage();
    void ofdTicketBlocksOnlyForTheirType();
    void urlImageNotDownloaded();
    void urlPdfEveryPage();
    void urlUnreachable();
    void urlCacheKeyedByUrl();
    void urlOfd();
    void urlFormatRefused();
    void abortWhileHanging();

private:
    RecognizedDocument run(CloudProvider &provider, const DocumentInput &in, ProviderJob **jobOut = nullptr);

    test::FakeTencentServer m_server{kId, kKey};
    NetworkAccess m_network;
    MemoryCredentialStore m_creds;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ResponseCache> m_cache;
    ProviderContext m_ctx;
};

void TestTencentProvider::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_cacheDir.isValid());
    m_cache = std::make_unique<ResponseCache>(m_cacheDir.path());
    m_creds.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), kId);
    m_creds.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), kKey);
    m_ctx.network = &m_network;
    m_ctx.credentials = &m_creds;
    m_ctx.cache = m_cache.get();
    m_ctx.endpoints.insert(QStringLiteral("tencent"), m_server.baseUrl().toString());
    m_ctx.retry.maxAttempts = 3;
    m_ctx.retry.initialDelayMs = 20;
    m_ctx.retry.maxDelayMs = 80;
    m_ctx.transferTimeoutMs = 400;
}

void TestTencentProvider::init()
{
    m_server.clearFaults();
    m_server.setResponder({});
    m_server.setVatMaxBase64Bytes(test::FakeTencentServer::kSeedVatMaxBase64Bytes);
    m_cache->clear();
}

RecognizedDocument TestTencentProvider::run(CloudProvider &provider, const DocumentInput &in, ProviderJob **jobOut)
{
    ProviderJob *job = provider.recognize(in);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    if (!spy.wait(20000))
        qWarning("job did not finish");
    QTest::qWait(10);
    if (spy.size() != 1)
        qWarning("finished emitted %d times", int(spy.size()));
    const RecognizedDocument r = job->result();
    if (jobOut)
        *jobOut = job;
    else
        delete job;
    return r;
}

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

void TestTencentProvider::pdfPagesRendered()
{
    TencentVatProvider vat(m_ctx);
    QList<QSize> sentSizes;
    m_server.setResponder([&sentSizes](const QString &, const QJsonObject &body) {
        QImage img;
        img.loadFromData(QByteArray::fromBase64(body.value(QStringLiteral("ImageBase64")).toString().toLatin1()));
        sentSizes << img.size();
        return test::FakeTencentServer::defaultVatResponse();
    });
    const RecognizedDocument r = run(vat, input(pdf(2), QStringLiteral("two-pages.pdf")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.rawResponses.size(), 2);
    // A5 at the viewer's 150 dpi: the page image the polygons refer to is what was sent.
    QCOMPARE(sentSizes.size(), 2);
    QCOMPARE(QSizeF(sentSizes.first()), r.invoices.first().pageSize);
    QVERIFY(qAbs(sentSizes.first().width() - 874) <= 2);
    QCOMPARE(r.invoices.at(1).fields.value(QStringLiteral("number")).page, 2);

    // One page asked for: one call.
    DocumentInput second = input(pdf(2), QStringLiteral("page2.pdf"));
    second.page = 2;
    sentSizes.clear();
    const RecognizedDocument p2 = run(vat, second);
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
    QCOMPARE(sentSizes.size(), 1);
}

void TestTencentProvider::largeImageScaledBack()
{
    TencentVatProvider vat(m_ctx);
    QSize sent;
    m_server.setResponder([&sent](const QString &, const QJsonObject &body) {
        QImage img;
        img.loadFromData(QByteArray::fromBase64(body.value(QStringLiteral("ImageBase64")).toString().toLatin1()));
        sent = img.size();
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        return r;
    });
    const RecognizedDocument r = run(vat, input(png(8, QSize(12000, 200)), QStringLiteral("wide.png")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(sent.width(), 10000);   // within the vendor's 10000 px
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(12000, 200));
    // The fake put 发票号码 at x 10..110 of the image it got: ×1.2 on the page.
    const QRectF box = inv.fields.value(QStringLiteral("number")).polygon.boundingRect();
    QVERIFY(qAbs(box.left() - 12) < 0.01 && qAbs(box.right() - 132) < 0.01);
}

namespace {

// Grey noise (does not compress): w × h PNG bytes of about 3 × w × h.
QByteArray noisePng(int w, int h, quint32 seed)
{
    QImage img(w, h, QImage::Format_RGB32);
    QRandomGenerator gen(seed);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = 0xff000000u | (gen.generate() & 0xffffffu);
    }
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG", 0);
    return out;
}

QByteArray sentImage(const test::FakeVendorServer::Request &r)
{
    return QByteArray::fromBase64(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ImageBase64"))
                                      .toString().toLatin1());
}

qint64 sentBase64(const test::FakeVendorServer::Request &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ImageBase64")).toString().size();
}

DocumentInput urlInput(const QString &text);   // below

int pageFailedCount(const Invoice &inv)
{
    int n = 0;
    for (const Finding &f : inv.findings)
        n += f.rule == QLatin1String(TencentProvider::kPageFailedRule);
    return n;
}

} // namespace

// "所下载文件经Base64编码后不超过 7M": a PNG of 8 MB after Base64 (which the old 10 MB limit sent as
// it was) is re-encoded below 7 MB before it is sent; the fake refuses anything above.
void TestTencentProvider::sevenMegabytesAfterBase64()
{
    const QByteArray big = noisePng(1400, 1400, 7);
    const qint64 b64 = (big.size() + 2) / 3 * 4;
    QVERIFY2(b64 > test::FakeTencentServer::kSeedVatMaxBase64Bytes && b64 <= 10LL * 1024 * 1024,
             qPrintable(QString::number(b64)));
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(big, QStringLiteral("big.png")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requestCount() - before, 1);   // fitted before sending: no refusal
    QVERIFY(sentBase64(m_server.requests().last()) <= 7LL * 1024 * 1024);
    QVERIFY(sentImage(m_server.requests().last()).startsWith("\xFF\xD8\xFF"));   // re-encoded
    QCOMPARE(r.invoices.first().pageSize, QSizeF(1400, 1400));
}

// A vendor stricter than its document: the page refused with LimitExceeded.TooLargeFileError is
// shrunk to 60 % of what was sent and sent again; the polygons still land on the page, and the
// refusal is kept with the answers (a second run maps the same from the cache).
void TestTencentProvider::tooLargeShrunkAndSentAgain()
{
    const QByteArray image = noisePng(500, 400, 11);
    const qint64 original = (image.size() + 2) / 3 * 4;
    m_server.setVatMaxBase64Bytes(original * 45 / 100);
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const DocumentInput in = input(image, QStringLiteral("strict.png"));
    const RecognizedDocument r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    const int calls = m_server.requestCount() - before;
    QVERIFY2(calls >= 2 && calls <= 1 + tencent::kMaxShrinkResends, qPrintable(QString::number(calls)));
    qint64 previous = sentBase64(m_server.requests().at(before));
    QCOMPARE(previous, original);   // the first time as it was
    for (int i = before + 1; i < m_server.requestCount(); ++i) {
        const qint64 now = sentBase64(m_server.requests().at(i));
        QVERIFY2(now <= previous * 6 / 10, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(previous)));
        previous = now;
    }
    QCOMPARE(r.invoices.size(), 1);
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(500, 400));
    QCOMPARE(pageFailedCount(inv), 0);
    const QImage last = QImage::fromData(sentImage(m_server.requests().last()));
    const double scale = 500.0 / last.width();
    // The fake put 发票号码 at x 10..110 of the image it got.
    const QRectF box = inv.fields.value(QStringLiteral("number")).polygon.boundingRect();
    QVERIFY2(qAbs(box.left() - 10 * scale) < 0.01 && qAbs(box.right() - 110 * scale) < 0.01,
             qPrintable(QStringLiteral("%1 %2 × %3").arg(box.left()).arg(box.right()).arg(scale)));
    QCOMPARE(r.rawResponses.size(), calls);

    const int cachedBefore = m_server.requestCount();
    const RecognizedDocument again = run(vat, in);
    QCOMPARE(m_server.requestCount(), cachedBefore);
    QCOMPARE(again.invoices, r.invoices);
}

void TestTencentProvider::tooLargeEvenWhenShrunk()
{
    m_server.setVatMaxBase64Bytes(2000);
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(noisePng(300, 300, 5), QStringLiteral("never.png")));
    QCOMPARE(m_server.requestCount() - before, 1 + tencent::kMaxShrinkResends);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("input_too_large"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("LimitExceeded.TooLargeFileError"));
    QVERIFY2(r.error->message.contains(QStringLiteral("smaller resends")), qPrintable(r.error->message));
}

// Page 2 of 3 fails: pages 1 and 3 are kept, page 2 stands in with its own error; the result is
// not answered from the cache next time (the vendor is asked again for every page).
void TestTencentProvider::failedPageKeepsTheOthers()
{
    int call = 0;
    m_server.setResponder([&call](const QString &, const QJsonObject &) {
        if (++call == 2)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("FailedOperation.OcrFailed")},
                                                                     {QStringLiteral("Message"), QStringLiteral("OCR识别失败")}}}};
        return test::FakeTencentServer::defaultVatResponse();
    });
    TencentVatProvider vat(m_ctx);
    const DocumentInput in = input(pdf(3), QStringLiteral("three.pdf"));
    const RecognizedDocument r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(call, 3);
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.invoices.size(), 3);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(0).value(QStringLiteral("number")), QStringLiteral("12345678"));
    QCOMPARE(r.invoices.at(2).page, 3);
    QCOMPARE(r.invoices.at(2).value(QStringLiteral("number")), QStringLiteral("12345678"));
    const Invoice &failed = r.invoices.at(1);
    QCOMPARE(failed.page, 2);
    QVERIFY(failed.fields.isEmpty());
    QVERIFY(!failed.pageSize.isEmpty());   // the page as rendered, for the viewer
    QCOMPARE(pageFailedCount(failed), 1);
    const Finding &f = failed.findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY2(f.message.contains(QStringLiteral("Page 2")) && f.message.contains(QStringLiteral("FailedOperation.OcrFailed"))
                 && f.message.contains(QStringLiteral("vendor_rejected")),
             qPrintable(f.message));
    QVERIFY(f.messageZh.contains(QStringLiteral("第 2 页")));
    QCOMPARE(r.rawResponses.size(), 3);   // the refusal kept with the answers

    call = 0;
    const RecognizedDocument again = run(vat, in);
    QCOMPARE(call, 3);   // not from the cache: every page asked again
    QCOMPARE(again.invoices.size(), 3);
}

// An error every page would get (the keys refused) stops the sending: the page read stays, the
// failing page and the ones after it each stand in with that error.
void TestTencentProvider::failedPageEndsTheDocumentWhenEveryPageWould()
{
    int call = 0;
    m_server.setResponder([&call](const QString &, const QJsonObject &) {
        if (++call >= 2)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("AuthFailure.SecretIdNotFound")},
                                                                     {QStringLiteral("Message"), QStringLiteral("密钥不存在")}}}};
        return test::FakeTencentServer::defaultVatResponse();
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, input(pdf(4), QStringLiteral("four.pdf")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(call, 2);
    QCOMPARE(r.invoices.size(), 4);
    QCOMPARE(pageFailedCount(r.invoices.at(0)), 0);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(r.invoices.at(i).page, i + 1);
        QCOMPARE(pageFailedCount(r.invoices.at(i)), 1);
        QVERIFY(r.invoices.at(i).findings.first().message.contains(QStringLiteral("auth_failed")));
    }

    // Nothing read at all: the document fails, as before.
    call = 1;
    DocumentInput none = input(pdf(2), QStringLiteral("none.pdf"));
    none.noCache = true;
    const RecognizedDocument nothing = run(vat, none);
    QVERIFY(nothing.error);
    QCOMPARE(nothing.error->code, QStringLiteral("auth_failed"));
    QVERIFY(nothing.invoices.isEmpty());
}

void TestTencentProvider::failedUrlPageKeepsTheOthers()
{
    const QString url = QStringLiteral("https://files.example.com/e/three.pdf?token=T3");
    m_server.publish(url, pdf(3));
    m_server.setResponder([](const QString &, const QJsonObject &body) {
        if (body.value(QStringLiteral("PdfPageNumber")).toInt() == 3)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("FailedOperation.ImageBlur")},
                                                                     {QStringLiteral("Message"), QStringLiteral("图片模糊")}}}};
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        r.insert(QStringLiteral("PdfPageSize"), 3);
        return r;
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.invoices.size(), 3);
    QCOMPARE(pageFailedCount(r.invoices.at(2)), 1);
    QCOMPARE(r.invoices.at(2).page, 3);
    QVERIFY(r.invoices.at(2).findings.first().message.contains(QStringLiteral("FailedOperation.ImageBlur")));
}

void TestTencentProvider::ofdProvider()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().build();
    const DocumentInput in = input(bytes, QStringLiteral("e.ofd"));
    QCOMPARE(in.format, DocumentFormat::Ofd);
    const RecognizedDocument r = run(ofd, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.provider, QStringLiteral("tencent-ofd"));
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().type, InvoiceType::DigitalNormal);
    QCOMPARE(r.invoices.first().value(QStringLiteral("total")), QStringLiteral("106.00"));
    const auto &req = m_server.requests().last();
    QCOMPARE(req.header("X-TC-Action"), QByteArray("VerifyOfdVatInvoiceOCR"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(QByteArray::fromBase64(body.value(QStringLiteral("OfdFileBase64")).toString().toLatin1()), bytes);
    QCOMPARE(body.value(QStringLiteral("OfdPageNumber")).toInt(), 1);
    // And from the cache the second time.
    const int calls = m_server.requestCount();
    QCOMPARE(run(ofd, in).invoices, r.invoices);
    QCOMPARE(m_server.requestCount(), calls);
}

// A 2-page OFD: VerifyOfdVatInvoiceOCR answers one page per call (OfdPageNumber), so both
// pages are sent and each page's invoice kept, in page order; the cache gives them back.
void TestTencentProvider::ofdEveryPage()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().setPageCount(2).build();
    QCOMPARE(TencentOfdProvider::countPages(bytes), 2);
    QList<int> asked;
    m_server.setResponder([&asked](const QString &, const QJsonObject &body) {
        const int page = body.value(QStringLiteral("OfdPageNumber")).toInt();
        asked << page;
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        r.insert(QStringLiteral("InvoiceNumber"), QStringLiteral("2411000000001234567%1").arg(page));
        return r;
    });
    const int before = m_server.validRequests();
    const DocumentInput in = input(bytes, QStringLiteral("two-pages.ofd"));
    const RecognizedDocument r = run(ofd, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.validRequests() - before, 2);
    QCOMPARE(asked, QList<int>({1, 2}));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.invoices.at(0).value(QStringLiteral("number")), QStringLiteral("24110000000012345671"));
    QCOMPARE(r.invoices.at(1).value(QStringLiteral("number")), QStringLiteral("24110000000012345672"));
    QCOMPARE(r.rawResponses.size(), 2);
    for (const QByteArray &req : {m_server.requests().at(m_server.requestCount() - 2).body,
                                  m_server.requests().last().body})
        QCOMPARE(QByteArray::fromBase64(QJsonDocument::fromJson(req).object().value(QStringLiteral("OfdFileBase64"))
                                            .toString().toLatin1()), bytes);

    // From the cache: the same two invoices, no call.
    const int calls = m_server.requestCount();
    const RecognizedDocument again = run(ofd, in);
    QCOMPARE(m_server.requestCount(), calls);
    QCOMPARE(again.invoices, r.invoices);
    QCOMPARE(again.pages, 2);

    // One page asked for: one call, that page; a page beyond the document: refused, no call.
    DocumentInput second = input(bytes, QStringLiteral("page-2.ofd"));
    second.page = 2;
    second.noCache = true;
    asked.clear();
    const RecognizedDocument p2 = run(ofd, second);
    QCOMPARE(asked, QList<int>({2}));
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
    DocumentInput third = second;
    third.page = 3;
    const int before3 = m_server.requestCount();
    QCOMPARE(run(ofd, third).error->code, QStringLiteral("unsupported_input"));
    QCOMPARE(m_server.requestCount(), before3);
}

// Page 2 of a long invoice answers with the same invoice (code and number): one invoice whose
// line items are those of both pages, each once.
void TestTencentProvider::ofdContinuationPage()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().setPageCount(2).addCustomData(
        QStringLiteral("continuation"), QStringLiteral("yes")).build();
    m_server.setResponder([](const QString &, const QJsonObject &body) {
        const int page = body.value(QStringLiteral("OfdPageNumber")).toInt();
        auto goods = [](const char *item, const char *amount) {
            return QJsonObject{{QStringLiteral("Item"), QString::fromUtf8(item)},
                               {QStringLiteral("Amount"), QString::fromLatin1(amount)}};
        };
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        QJsonArray items{goods("*餐饮服务*餐费", "50.00")};
        if (page == 2)
            items << goods("*餐饮服务*茶水", "50.00");
        r.insert(QStringLiteral("GoodsInfos"), items);
        return r;
    });
    const RecognizedDocument r = run(ofd, input(bytes, QStringLiteral("long.ofd")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.rawResponses.size(), 2);
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 1);
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.page, 1);
    QCOMPARE(inv.items.size(), 2);
    QCOMPARE(inv.items.at(0).value(QStringLiteral("name")).value, QStringLiteral("*餐饮服务*餐费"));
    QCOMPARE(inv.items.at(1).value(QStringLiteral("name")).value, QStringLiteral("*餐饮服务*茶水"));
}

namespace {

// A signed URL as a person pastes it (Chinese in the path), and as it must reach the vendor:
// UTF-8 percent-encoded, the query's own escapes untouched.
const QString kTypedUrl = QStringLiteral("https://files.example.com/票据/发票-1.png?Expires=1700000000&sig=URLTOKEN%2Bx%3D");
const QString kWireUrl = QStringLiteral(
    "https://files.example.com/%E7%A5%A8%E6%8D%AE/%E5%8F%91%E7%A5%A8-1.png?Expires=1700000000&sig=URLTOKEN%2Bx%3D");

DocumentInput urlInput(const QString &text)
{
    const auto in = DocumentInput::fromUrl(text);
    if (!in)
        qFatal("not a URL: %s", qPrintable(text));
    return *in;
}

} // namespace

// The answer fills AirTicketInfo and RailwayTicketInfo whatever the invoice (as the seed's own
// example does for a VAT invoice): a 010 invoice takes nothing from them, a 030 rail ticket its
// trip, with the Fare as its total.
void TestTencentProvider::ofdTicketBlocksOnlyForTheirType()
{
    TencentOfdProvider ofd(m_ctx);
    QString type = QStringLiteral("010");
    m_server.setResponder([&type](const QString &, const QJsonObject &) {
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        r.insert(QStringLiteral("Type"), type);
        if (type == QLatin1String("030")) {
            r.remove(QStringLiteral("TaxInclusiveTotalAmount"));
            r.remove(QStringLiteral("TaxExclusiveTotalAmount"));
            r.remove(QStringLiteral("TaxTotalAmount"));
        }
        r.insert(QStringLiteral("AirTicketInfo"),
                 QJsonObject{{QStringLiteral("PassengerName"), QStringLiteral("李某")},
                             {QStringLiteral("Fare"), QStringLiteral("458")},
                             {QStringLiteral("IssuingStatus"), QStringLiteral("正常")},
                             {QStringLiteral("DetailInformationOfAirTicketTuple"),
                              QJsonArray{QJsonObject{{QStringLiteral("DepartureStation"), QStringLiteral("CAN 广州")},
                                                     {QStringLiteral("Flight"), QStringLiteral("CZ3100")}}}}});
        r.insert(QStringLiteral("RailwayTicketInfo"),
                 QJsonObject{{QStringLiteral("TrainNumber"), QStringLiteral("G2")},
                             {QStringLiteral("Name"), QStringLiteral("测试乘客")},
                             {QStringLiteral("Fare"), QStringLiteral("553.00")}});
        return r;
    });
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().build();
    DocumentInput in = input(bytes, QStringLiteral("vat.ofd"));
    in.noCache = true;
    const RecognizedDocument vat = run(ofd, in);
    QVERIFY2(!vat.error, vat.error ? qPrintable(vat.error->message) : "");
    const Invoice &v = vat.invoices.value(0);
    QCOMPARE(v.type, InvoiceType::DigitalNormal);
    QVERIFY(v.flights.isEmpty());
    for (const char *k : {"fare", "passenger_name", "train_number", "issuing_status"})
        QVERIFY2(!v.has(QString::fromLatin1(k)), k);
    QCOMPARE(v.value(QStringLiteral("total")), QStringLiteral("106.00"));
    QVERIFY(v.alternatives.isEmpty());

    type = QStringLiteral("030");
    const RecognizedDocument rail = run(ofd, in);
    QVERIFY2(!rail.error, rail.error ? qPrintable(rail.error->message) : "");
    const Invoice &t = rail.invoices.value(0);
    QCOMPARE(t.type, InvoiceType::DigitalTrain);
    QVERIFY(t.flights.isEmpty());
    QCOMPARE(t.value(QStringLiteral("train_number")), QStringLiteral("G2"));
    QCOMPARE(t.value(QStringLiteral("passenger_name")), QStringLiteral("测试乘客"));
    QCOMPARE(t.value(QStringLiteral("total")), QStringLiteral("553.00"));
    QCOMPARE(t.fields.value(QStringLiteral("total")).source, QStringLiteral("tencent-ofd:RailwayTicketInfo.Fare"));
    QVERIFY(!t.has(QStringLiteral("issuing_status")));
}

void TestTencentProvider::urlImageNotDownloaded()
{
    auto stream = std::make_shared<std::ostringstream>();
    log::installSinks({std::make_shared<spdlog::sinks::ostream_sink_mt>(*stream)}, spdlog::level::debug);
    m_server.publish(kWireUrl, png(40));
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, urlInput(kTypedUrl));
    log::installSinks({}, spdlog::level::warn);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requestCount() - before, 1);   // the recognition call, nothing else
    QCOMPARE(m_server.fetchedUrls().last(), kWireUrl);
    QCOMPARE(r.file, kTypedUrl);                      // output names the URL as given
    QVERIFY(r.sha256.isEmpty());                      // no bytes were seen
    QCOMPARE(r.format, QStringLiteral("png"));        // from the extension
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().value(QStringLiteral("number")), QStringLiteral("12345678"));
    // Polygons stay in the pixels of the image Tencent fetched.
    QCOMPARE(r.invoices.first().fields.value(QStringLiteral("number")).polygon.boundingRect(), QRectF(10, 40, 100, 20));
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("ImageUrl")).toString(), kWireUrl);
    QCOMPARE(body.value(QStringLiteral("IsPdf")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("PdfPageNumber")).toInt(), 1);
    QVERIFY(!body.contains(QStringLiteral("ImageBase64")));
    // The URL's query never reaches the log.
    const QString log = QString::fromStdString(stream->str());
    QVERIFY2(log.contains(QStringLiteral("POST 127.0.0.1")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("URLTOKEN")), qPrintable(log));
}

void TestTencentProvider::urlPdfEveryPage()
{
    const QString url = QStringLiteral("https://files.example.com/e/two.pdf?token=PDFTOKEN");
    m_server.publish(url, pdf(2));
    QList<int> asked;
    m_server.setResponder([&asked](const QString &, const QJsonObject &body) {
        asked << body.value(QStringLiteral("PdfPageNumber")).toInt();
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        r.insert(QStringLiteral("PdfPageSize"), 2);   // Tencent's page count of the PDF
        return r;
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(asked, QList<int>({1, 2}));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.format, QStringLiteral("pdf"));
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.rawResponses.size(), 2);
    // Without the responder the fake counts the PDF's pages itself and checks the page asked.
    m_server.setResponder({});
    DocumentInput page2 = urlInput(url);
    page2.page = 2;
    const RecognizedDocument p2 = run(vat, page2);
    QVERIFY2(!p2.error, p2.error ? qPrintable(p2.error->message) : "");
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
}

void TestTencentProvider::urlUnreachable()
{
    TencentVatProvider vat(m_ctx);
    const QString url = QStringLiteral("https://files.example.com/missing.jpg?token=GONE");
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("vendor_rejected"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("FailedOperation.DownLoadError"));
    QCOMPARE(r.error->requestId, m_server.lastRequestId());
    QCOMPARE(r.file, url);
    QCOMPARE(m_server.fetchedUrls().last(), url);
}

// No bytes to hash: the cache key is the URL (+ provider and options). Its content may change:
// noCache asks again; another URL (another signature) is another key.
void TestTencentProvider::urlCacheKeyedByUrl()
{
    const QString url = QStringLiteral("https://files.example.com/c/a.png?e=1&token=CACHETOKEN");
    m_server.publish(url, png(41));
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument first = run(vat, urlInput(url));
    QVERIFY(!first.error);
    const int calls = m_server.requestCount();
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(vat, urlInput(url), &job);
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(m_server.requestCount(), calls);
    QCOMPARE(second.invoices, first.invoices);
    QCOMPARE(second.file, url);
    DocumentInput fresh = urlInput(url);
    fresh.noCache = true;
    QVERIFY(!run(vat, fresh).error);
    QCOMPARE(m_server.requestCount(), calls + 1);
    const QString resigned = QStringLiteral("https://files.example.com/c/a.png?e=2&token=CACHETOKEN2");
    m_server.publish(resigned, png(41));
    QVERIFY(!run(vat, urlInput(resigned)).error);
    QCOMPARE(m_server.requestCount(), calls + 2);
    // The cache holds no URL (nor its token).
    QDirIterator it(m_cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("CACHETOKEN") && !content.contains("files.example.com"));
    }
}

void TestTencentProvider::urlOfd()
{
    const QString url = QStringLiteral("https://files.example.com/e/invoice.ofd?token=OFDTOKEN");
    m_server.publish(url, test::OfdBuilder::sampleInvoice().setPageCount(2).build());
    TencentOfdProvider ofd(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(ofd, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    // The page count of a URL is unknown (nothing is downloaded): its page 1 only.
    QCOMPARE(m_server.requestCount() - before, 1);
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("OfdFileUrl")).toString(), url);
    QCOMPARE(body.value(QStringLiteral("OfdPageNumber")).toInt(), 1);
    QVERIFY(!body.contains(QStringLiteral("OfdFileBase64")));
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().value(QStringLiteral("total")), QStringLiteral("106.00"));
    DocumentInput page2 = urlInput(url);
    page2.page = 2;
    const RecognizedDocument p2 = run(ofd, page2);
    QVERIFY2(!p2.error, p2.error ? qPrintable(p2.error->message) : "");
    QCOMPARE(QJsonDocument::fromJson(m_server.requests().last().body).object().value(QStringLiteral("OfdPageNumber")).toInt(), 2);
    QCOMPARE(p2.invoices.first().page, 2);
}

void TestTencentProvider::urlFormatRefused()
{
    TencentVatProvider vat(m_ctx);
    TencentOfdProvider ofd(m_ctx);
    QVERIFY(vat.acceptedInputs().contains(QStringLiteral("url")));
    QVERIFY(ofd.acceptedInputs().contains(QStringLiteral("url")));
    const int before = m_server.requestCount();
    const RecognizedDocument a = run(vat, urlInput(QStringLiteral("https://files.example.com/e.ofd")));
    QCOMPARE(a.error->code, QStringLiteral("unsupported_input"));
    QVERIFY2(a.error->message.contains(QStringLiteral("URL")), qPrintable(a.error->message));
    QCOMPARE(run(vat, urlInput(QStringLiteral("https://files.example.com/anim.gif"))).error->code,
             QStringLiteral("unsupported_input"));
    QCOMPARE(run(ofd, urlInput(QStringLiteral("https://files.example.com/scan.jpg"))).error->code,
             QStringLiteral("unsupported_input"));
    QCOMPARE(m_server.requestCount(), before);
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
