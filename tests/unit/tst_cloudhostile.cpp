// Cloud providers (Qiniu, Ekuaibao, DeepFinch, Tencent VAT and OFD) against hostile documents
// (issue #13, docs/worker-process.md, "prepare"):
// the page a vendor is sent is rendered, decoded and encoded in a reimburse-worker process, so
// a PDF whose page tree contains itself, a worker that crashes or runs out of memory, or an
// OFD whose parse hangs fails that one document (timeout, crashed, too_complex), the fake
// vendor on loopback receives nothing for it, and the other document of the batch is read.
//
// Short limits through the environment the page workers read (REIMBURSE_WORKER_TIMEOUT_MS…);
// only error codes and request counts are asserted, never durations.

#include "core/cloudprovider.h"
#include "core/documentinput.h"
#include "core/recognitionqueue.h"
#include "deepfinch/deepfinchprovider.h"
#include "ekuaibao/ekuaibaoprovider.h"
#include "fakes/deepfinchfakeserver.h"
#include "fakes/ekuaibaofakeserver.h"
#include "fakes/faketencentserver.h"
#include "fakes/qiniufakeserver.h"
#include "hostiledocuments.h"
#include "ofdbuilder.h"
#include "qiniu/qiniuprovider.h"
#include "tencent/tencentofdprovider.h"
#include "tencent/tencentvatprovider.h"
#include "vendortestbase.h"
#include "worker/workercodec.h"
#include "worker/workerpool.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

const QString kKeyId = u"hostile-key-id-1"_s;
const QString kSecret = u"hostile-secret-do-not-leak-9"_s;
const QString kBucket = u"invoices"_s;

DocumentInput input(const QByteArray &bytes, const QString &name, DocumentFormat format)
{
    DocumentInput in = DocumentInput::fromBytes(bytes, name);
    in.format = format; // a test hook's bytes are no known format: told by the name, as a file's would
    in.noCache = true;
    return in;
}

} // namespace

class TestCloudHostile : public QObject, public test::VendorTestBase
{
    Q_OBJECT

    std::unique_ptr<test::FakeVendorServer> m_fake;
    test::EkuaibaoFakeServer *m_ekuaibao = nullptr; // m_fake, when it is Ekuaibao's
    std::unique_ptr<CloudProvider> m_provider;

    // The vendor's requests that carry a document. Ekuaibao's access token is asked for once
    // per provider, so a document's share of its requests is its upload, link and reading.
    int documentRequests() const
    {
        if (!m_ekuaibao)
            return m_fake->requestCount();
        using Call = test::EkuaibaoFakeServer::Call;
        return m_ekuaibao->callsOf(Call::Upload) + m_ekuaibao->callsOf(Call::DownloadUrls)
               + m_ekuaibao->callsOf(Call::Ocr);
    }

    // The fake and the provider `id`, wired as the adapters' own tests do.
    bool makeVendor(const QString &id)
    {
        QMap<QString, QString> endpoints;
        m_ekuaibao = nullptr;
        if (id == u"qiniu") {
            auto *fake = new test::QiniuFakeServer(kKeyId, kSecret, kBucket);
            m_fake.reset(fake);
            if (!fake->start())
                return false;
            m_credentials.write(u"qiniu"_s, u"access_key"_s, kKeyId);
            m_credentials.write(u"qiniu"_s, u"secret_key"_s, kSecret);
            m_credentials.write(u"qiniu"_s, u"bucket"_s, kBucket);
            m_credentials.write(u"qiniu"_s, u"bucket_domain"_s, fake->bucketDomain());
            endpoints = {{u"qiniu"_s, fake->baseUrl().toString()}, {u"qiniu-upload"_s, fake->baseUrl().toString()}};
        } else if (id == u"ekuaibao") {
            m_ekuaibao = new test::EkuaibaoFakeServer(kKeyId, kSecret);
            m_fake.reset(m_ekuaibao);
            if (!m_fake->start())
                return false;
            m_credentials.write(u"ekuaibao"_s, u"app_key"_s, kKeyId);
            m_credentials.write(u"ekuaibao"_s, u"app_security"_s, kSecret);
            endpoints = {{u"ekuaibao"_s, m_fake->baseUrl().toString() + u"/"_s}};
        } else if (id == u"deepfinch") {
            m_fake = std::make_unique<test::DeepFinchFakeServer>(kKeyId, kSecret);
            if (!m_fake->start())
                return false;
            m_credentials.write(u"deepfinch"_s, u"api_id"_s, kKeyId);
            m_credentials.write(u"deepfinch"_s, u"api_secret"_s, kSecret);
            endpoints = {{u"deepfinch"_s, m_fake->baseUrl().toString()}};
        } else {
            m_fake = std::make_unique<test::FakeTencentServer>(kKeyId, kSecret);
            if (!m_fake->start())
                return false;
            m_credentials.write(u"tencent"_s, u"secret_id"_s, kKeyId);
            m_credentials.write(u"tencent"_s, u"secret_key"_s, kSecret);
            endpoints = {{u"tencent"_s, m_fake->baseUrl().toString()}};
        }
        if (!setUpContext(endpoints))
            return false;
        if (id == u"qiniu")
            m_provider = std::make_unique<QiniuProvider>(m_context);
        else if (id == u"deepfinch")
            m_provider = std::make_unique<DeepFinchProvider>(m_context);
        else if (id == u"ekuaibao")
            m_provider = std::make_unique<EkuaibaoProvider>(m_context);
        else if (id == u"tencent-ofd")
            m_provider = std::make_unique<TencentOfdProvider>(m_context);
        else
            m_provider = std::make_unique<TencentVatProvider>(m_context);
        return true;
    }

    // A document the provider reads: a PNG (its number told to the fakes), or an OFD invoice.
    DocumentInput goodDocument(const QString &id, const QString &number) const
    {
        if (id == u"tencent-ofd") {
            QByteArray ofd = test::OfdBuilder::sampleInvoice().build();
            ofd.append(number.toLatin1()); // a different file each time, as far as the cache can tell
            return input(ofd, u"good-%1.ofd"_s.arg(number), DocumentFormat::Ofd);
        }
        return input(plainPng(600, 400, number), u"good-%1.png"_s.arg(number), DocumentFormat::Png);
    }

    QList<RecognizedDocument> runBatch(const QList<DocumentInput> &inputs)
    {
        RecognitionQueue queue;
        for (const DocumentInput &in : inputs)
            queue.add(m_provider.get(), in);
        QSignalSpy finished(&queue, &RecognitionQueue::finished);
        queue.start();
        // The page workers' own limits end every document; this only keeps a broken build
        // from hanging CI.
        if (!finished.wait(300'000))
            return {};
        return queue.results();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cacheDir.isValid());
        // Read by each provider's page workers when its first page is prepared.
        qputenv("REIMBURSE_WORKER_TIMEOUT_MS", "2000");
        qputenv("REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS", "500");
        qputenv("REIMBURSE_WORKER_MEMORY_MB", "1024");
        qputenv("REIMBURSE_WORKER_TEST_HOOKS", "1");
    }

    void cleanup()
    {
        m_provider.reset();
        m_ekuaibao = nullptr;
        m_fake.reset();
        tearDownContext();
    }

    void cleanupTestCase()
    {
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_MS");
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS");
        qunsetenv("REIMBURSE_WORKER_MEMORY_MB");
        qunsetenv("REIMBURSE_WORKER_TEST_HOOKS");
    }

    void hostileDocumentFailsAloneAndSendsNothing_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("hostile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        const QByteArray cyclic = test::cyclicPageTreePdf();
        QTest::newRow("qiniu, cyclic page tree") << u"qiniu"_s << cyclic << u"cyclic.pdf"_s << u"timeout"_s;
        QTest::newRow("deepfinch, cyclic page tree") << u"deepfinch"_s << cyclic << u"cyclic.pdf"_s << u"timeout"_s;
        QTest::newRow("tencent-vat, cyclic page tree") << u"tencent-vat"_s << cyclic << u"cyclic.pdf"_s << u"timeout"_s;
        QTest::newRow("ekuaibao, cyclic page tree") << u"ekuaibao"_s << cyclic << u"cyclic.pdf"_s << u"timeout"_s;
        QTest::newRow("ekuaibao, the decoder crashes")
            << u"ekuaibao"_s << test::workerHook("abort") << u"abort.png"_s << u"crashed"_s;
        QTest::newRow("qiniu, the renderer crashes")
            << u"qiniu"_s << test::workerHook("abort") << u"abort.pdf"_s << u"crashed"_s;
        QTest::newRow("tencent-vat, out of memory")
            << u"tencent-vat"_s << test::workerHook("oom") << u"oom.pdf"_s << u"too_complex"_s;
        QTest::newRow("tencent-ofd, the package's parse hangs")
            << u"tencent-ofd"_s << test::workerHook("hang") << u"hang.ofd"_s << u"timeout"_s;
    }

    void hostileDocumentFailsAloneAndSendsNothing()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, hostile);
        QFETCH(QString, name);
        QFETCH(QString, code);
        // Only a hang needs the short limit; a crash or an exhausted worker gets the default
        // one, so a loaded machine (an allocation of 1 GB taking seconds) does not turn them
        // into a timeout. Read when the provider's page workers are made.
        if (code != u"timeout")
            qputenv("REIMBURSE_WORKER_TIMEOUT_MS", "120000");
        const auto shortLimit = qScopeGuard([] { qputenv("REIMBURSE_WORKER_TIMEOUT_MS", "2000"); });
        QVERIFY(makeVendor(provider));
        const DocumentFormat format = name.endsWith(u".ofd")   ? DocumentFormat::Ofd
                                      : name.endsWith(u".png") ? DocumentFormat::Png
                                                               : DocumentFormat::Pdf;

        const QList<RecognizedDocument> batch
            = runBatch({input(hostile, name, format), goodDocument(provider, u"11110001"_s)});
        QCOMPARE(batch.size(), 2);
        const RecognizedDocument &good = batch.at(1);
        if (good.error && good.error->code == u"timeout")
            QSKIP("this machine is too slow for the short limits: a good page timed out too");
        QVERIFY2(!good.error, qPrintable(good.error ? good.error->message : QString()));
        QVERIFY(!good.invoices.isEmpty());
        const RecognizedDocument &bad = batch.at(0);
        QVERIFY(bad.error);
        QCOMPARE(bad.error->code, code);
        QCOMPARE(bad.file, name);
        QVERIFY(!bad.error->message.isEmpty());

        // Nothing of the hostile document reached the vendor: the batch made exactly the
        // requests the good document alone makes.
        const int batchRequests = documentRequests();
        const QList<RecognizedDocument> alone = runBatch({goodDocument(provider, u"11110002"_s)});
        QCOMPARE(alone.size(), 1);
        QVERIFY(!alone.at(0).error);
        QCOMPARE(batchRequests, documentRequests() - batchRequests);
    }

    // What a worker answers is untrusted: only an error with a code, or JPEG/PNG bytes within
    // the limit that was asked with sane sizes, is taken; its file type is told by the bytes.
    void preparedAnswersAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("taken");
        const QByteArray png = plainPng(40, 30);
        const QJsonObject image{{u"page_width"_s, 40}, {u"page_height"_s, 30}, {u"sent_width"_s, 40},
                                {u"sent_height"_s, 30}, {u"sx"_s, 1.0}, {u"sy"_s, 1.0}};
        const auto with = [&image](const QString &key, const QJsonValue &value) {
            QJsonObject o = image;
            o.insert(key, value);
            return QJsonObject{{u"page_count"_s, 1}, {u"image"_s, o}};
        };
        const QJsonObject ok{{u"page_count"_s, 1}, {u"image"_s, image}};
        const QJsonObject error{{u"page_count"_s, 0},
                                {u"error"_s, QJsonObject{{u"code"_s, u"pdf_corrupt"_s}, {u"message"_s, u"x"_s}}}};
        QTest::newRow("a PNG within the limit") << ok << png << true;
        QTest::newRow("an error") << error << QByteArray() << true;
        QTest::newRow("an error with bytes") << error << png << false;
        QTest::newRow("an error without a code")
            << QJsonObject{{u"page_count"_s, 0}, {u"error"_s, QJsonObject{{u"message"_s, u"x"_s}}}} << QByteArray()
            << false;
        QTest::newRow("not an image") << ok << QByteArray("%PDF-1.4 not an image") << false;
        QTest::newRow("larger than asked") << ok << png + QByteArray(64 * 1024, '\0') << false;
        QTest::newRow("a page count out of range") << QJsonObject{{u"page_count"_s, -1}, {u"image"_s, image}} << png
                                                   << false;
        QTest::newRow("a page size out of range") << with(u"page_width"_s, 1'000'000) << png << false;
        QTest::newRow("no sent size") << with(u"sent_width"_s, 0) << png << false;
        QTest::newRow("a scale that is no number") << with(u"sx"_s, u"big"_s) << png << false;
        QTest::newRow("a negative scale") << with(u"sy"_s, -2.0) << png << false;
    }

    void preparedAnswersAreChecked()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, taken);
        VendorPageSpec asked;
        asked.maxBytes = 32 * 1024;
        const std::optional<vendor::PreparedImage> prepared = preparedFromWire(header, bytes, asked);
        QCOMPARE(prepared.has_value(), taken);
        if (prepared && prepared->ok()) {
            QCOMPARE(prepared->mimeType, QByteArray("image/png"));
            QCOMPARE(prepared->extension, u"png"_s);
            QCOMPARE(prepared->pageSize, QSize(40, 30));
        }
    }

    // The workers are the provider's own, started when the first page needs one and reused.
    void pagesArePreparedInTheProvidersWorkers()
    {
        QVERIFY(makeVendor(u"qiniu"_s));
        const QList<RecognizedDocument> batch
            = runBatch({goodDocument(u"qiniu"_s, u"22220001"_s), goodDocument(u"qiniu"_s, u"22220002"_s)});
        QCOMPARE(batch.size(), 2);
        QVERIFY(!batch.at(0).error && !batch.at(1).error);
        WorkerPool *workers = m_provider->pageWorkers();
        QVERIFY(workers->processesStarted() >= 1);
        QVERIFY(workers->processesStarted() <= workers->options().jobSlots);
        QCOMPARE(workers->options().baseTimeoutMs, qint64(2000));
    }
};

QTEST_MAIN(TestCloudHostile)
#include "tst_cloudhostile.moc"
