// RecognitionQueue with scripted providers: order, progress, the in-flight bound, cancel
// keeping finished results, cancelling one document, failures isolated; the local provider wrapped as a provider; the
// registry's `auto` choice.
#include "core/autoprovider.h"
#include "core/documentinput.h"
#include "core/localprovider.h"
#include "core/providerjob.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "core/responsecache.h"
#include "core/recognitionprovider.h"
#include "core/recognitionqueue.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace ra;

namespace {

// Finishes each document after `delayMs`; a document whose name contains "bad" fails.
class ScriptedProvider : public RecognitionProvider
{
public:
    ScriptedProvider(const QString &id, int delayMs, ProviderCapabilities caps = ProviderCapability::Image,
                     bool configured = true)
        : m_id(id), m_delay(delayMs), m_caps(caps), m_configured(configured)
    {
    }
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    ProviderCapabilities capabilities() const override { return m_caps; }
    double documentedRateLimit() const override { return 0; }
    bool isConfigured() const override { return m_configured; }

    ProviderJob *recognize(const DocumentInput &input) override
    {
        auto *job = new ProviderJob(m_id, input, this);
        ++calls;
        maxConcurrent = std::max(maxConcurrent, ++concurrent);
        connect(job, &ProviderJob::finished, this, [this] { --concurrent; });
        connect(job, &ProviderJob::abortRequested, this, [this] { ++aborts; });
        QTimer::singleShot(m_delay, job, [job, input] {
            if (input.file.contains(QLatin1String("bad"))) {
                DocumentError e;
                e.code = QStringLiteral("vendor_rejected");
                e.message = QStringLiteral("refused");
                job->finishWithError(e);
                return;
            }
            RecognizedDocument doc;
            Invoice inv;
            inv.set(QStringLiteral("number"), makeField(input.file, QStringLiteral("scripted")));
            doc.invoices << inv;
            job->finishWithResult(doc);
        });
        return job;
    }

    int calls = 0;
    int concurrent = 0;
    int maxConcurrent = 0;
    int aborts = 0;

private:
    QString m_id;
    int m_delay;
    ProviderCapabilities m_caps;
    bool m_configured;
};

DocumentInput doc(const QString &name, DocumentFormat format = DocumentFormat::Png)
{
    DocumentInput in = DocumentInput::fromBytes(name.toUtf8(), name);
    in.format = format;
    return in;
}

} // namespace

class TestRecognitionQueue : public QObject
{
    Q_OBJECT
private slots:
    void runsAllInOrder();
    void boundsDocumentsInFlight();
    void cancelKeepsFinished();
    void cancelOneDocument_data();
    void cancelOneDocument();
    void failureIsIsolated();
    void severalProviders();
    void cancelBeforeStart();
    void emptyQueueFinishes();
    void localProviderOffThread();
    void registryAndAuto();
    void urlInputs();
    void servicesForCommandLine();
};

void TestRecognitionQueue::runsAllInOrder()
{
    ScriptedProvider p(QStringLiteral("p"), 5);
    RecognitionQueue q;
    QSignalSpy progress(&q, &RecognitionQueue::progress);
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    for (int i = 0; i < 5; ++i)
        q.add(&p, doc(QStringLiteral("f%1").arg(i)));
    q.start();
    QVERIFY(finished.wait(5000));
    const auto results = q.results();
    QCOMPARE(results.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(results.at(i).file, QStringLiteral("f%1").arg(i));
        QCOMPARE(results.at(i).provider, QStringLiteral("p"));
        QVERIFY(!results.at(i).error);
        QCOMPARE(results.at(i).invoices.value(0).value(QStringLiteral("number")), QStringLiteral("f%1").arg(i));
    }
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestRecognitionQueue::boundsDocumentsInFlight()
{
    ScriptedProvider p(QStringLiteral("p"), 30);
    RecognitionQueue q;
    q.setMaxInFlight(2);
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    for (int i = 0; i < 7; ++i)
        q.add(&p, doc(QStringLiteral("f%1").arg(i)));
    q.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(q.peakInFlight(), 2);
    QCOMPARE(p.maxConcurrent, 2);
    QCOMPARE(q.done(), 7);
}

void TestRecognitionQueue::cancelKeepsFinished()
{
    ScriptedProvider p(QStringLiteral("p"), 40);
    RecognitionQueue q;
    q.setMaxInFlight(2);
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    for (int i = 0; i < 6; ++i)
        q.add(&p, doc(QStringLiteral("f%1").arg(i)));
    // Cancel right as the second document finishes: polling for it would depend on how busy
    // the machine is (by then every document may have started).
    connect(&q, &RecognitionQueue::documentFinished, &q, [&q] {
        if (q.done() == 2)
            q.cancel();
    });
    q.start();
    QVERIFY(finished.wait(5000));
    const auto results = q.results();
    int kept = 0;
    int cancelled = 0;
    for (const RecognizedDocument &r : results) {
        if (!r.error) {
            ++kept;
            QCOMPARE(r.invoices.size(), 1);
        } else {
            QCOMPARE(r.error->code, QStringLiteral("cancelled"));
            QVERIFY(!r.file.isEmpty());
            ++cancelled;
        }
    }
    QVERIFY(kept >= 2);
    QCOMPARE(kept + cancelled, 6);
    QVERIFY(p.calls < 6);                  // nothing new started after the cancel
    QCOMPARE(p.aborts, p.calls - kept);    // the ones in flight were aborted
    QTest::qWait(80);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(q.results().first().error.has_value(), false);   // late replies change nothing
}

void TestRecognitionQueue::cancelOneDocument_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("wasRunning");
    // one document in flight at a time: f0 runs when the cancel comes, f2 waits
    QTest::newRow("running") << 0 << true;
    QTest::newRow("waiting") << 2 << false;
}

void TestRecognitionQueue::cancelOneDocument()
{
    QFETCH(int, index);
    QFETCH(bool, wasRunning);
    ScriptedProvider p(QStringLiteral("p"), 40);
    RecognitionQueue q;
    q.setMaxInFlight(1);
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    for (int i = 0; i < 4; ++i)
        q.add(&p, doc(QStringLiteral("f%1").arg(i)));
    q.start();
    q.cancelDocument(index);
    QVERIFY(finished.wait(5000));
    const auto results = q.results();
    for (int i = 0; i < 4; ++i) {
        if (i == index)
            QCOMPARE(results.at(i).error->code, QStringLiteral("cancelled"));
        else
            QVERIFY2(!results.at(i).error, qPrintable(QString::number(i)));
    }
    QCOMPARE(p.aborts, wasRunning ? 1 : 0);
    QCOMPARE(p.calls, wasRunning ? 4 : 3); // a waiting document is never sent
    QCOMPARE(finished.size(), 1);
}

void TestRecognitionQueue::failureIsIsolated()
{
    ScriptedProvider p(QStringLiteral("p"), 5);
    RecognitionQueue q;
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    q.add(&p, doc(QStringLiteral("a")));
    q.add(&p, doc(QStringLiteral("bad")));
    q.add(&p, doc(QStringLiteral("c")));
    q.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!q.result(0).error);
    QCOMPARE(q.result(1).error->code, QStringLiteral("vendor_rejected"));
    QVERIFY(q.result(1).invoices.isEmpty());
    QVERIFY(!q.result(2).error);
}

void TestRecognitionQueue::severalProviders()
{
    ScriptedProvider slow(QStringLiteral("slow"), 50);
    ScriptedProvider fast(QStringLiteral("fast"), 1);
    RecognitionQueue q;
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    QSignalSpy perDoc(&q, &RecognitionQueue::documentFinished);
    q.add(&slow, doc(QStringLiteral("s")));
    q.add(&fast, doc(QStringLiteral("f")));
    RecognizedDocument unreadable;
    unreadable.file = QStringLiteral("missing.pdf");
    unreadable.error = DocumentError{QStringLiteral("unreadable"), QStringLiteral("no such file")};
    q.addFinished(unreadable);
    q.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(q.result(0).provider, QStringLiteral("slow"));
    QCOMPARE(q.result(1).provider, QStringLiteral("fast"));
    QCOMPARE(q.result(2).file, QStringLiteral("missing.pdf"));
    QCOMPARE(perDoc.first().at(0).toInt(), 1);   // the fast one came back first
}

void TestRecognitionQueue::cancelBeforeStart()
{
    ScriptedProvider p(QStringLiteral("p"), 5);
    RecognitionQueue q;
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    q.add(&p, doc(QStringLiteral("a")));
    q.cancel();
    QVERIFY(finished.wait(2000));
    QCOMPARE(q.result(0).error->code, QStringLiteral("cancelled"));
    QCOMPARE(p.calls, 0);
}

void TestRecognitionQueue::emptyQueueFinishes()
{
    RecognitionQueue q;
    QSignalSpy finished(&q, &RecognitionQueue::finished);
    q.start();
    QVERIFY(finished.wait(2000));
}

void TestRecognitionQueue::localProviderOffThread()
{
    LocalProvider local;
    QCOMPARE(local.id(), QStringLiteral("local"));
    QVERIFY(local.isConfigured());
    ProviderJob *job = local.recognize(DocumentInput::fromBytes(QByteArray("not an invoice at all"), QStringLiteral("x.bin")));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    QVERIFY(spy.wait(10000));
    const RecognizedDocument r = job->result();
    delete job;
    QCOMPARE(r.provider, QStringLiteral("local"));
    QCOMPARE(r.file, QStringLiteral("x.bin"));
    QVERIFY(r.error);
}

void TestRecognitionQueue::registryAndAuto()
{
    ProviderRegistry registry;
    QVERIFY(registry.add(new LocalProvider));
    auto *cloud = new ScriptedProvider(QStringLiteral("cloud"), 1, ProviderCapability::Image | ProviderCapability::Pdf);
    QVERIFY(registry.add(cloud));
    QVERIFY(registry.add(new ScriptedProvider(QStringLiteral("unconfigured"), 1, ProviderCapability::Image, false)));
    QVERIFY(!registry.add(new ScriptedProvider(QStringLiteral("cloud"), 1)));   // ids are unique
    QCOMPARE(registry.ids(), QStringList({QStringLiteral("local"), QStringLiteral("cloud"), QStringLiteral("unconfigured")}));
    QCOMPARE(registry.catalog().at(0).accepts, QStringList({QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("ofd")}));

    const auto forPdf = registry.autoCandidates(doc(QStringLiteral("a.pdf"), DocumentFormat::Pdf));
    QCOMPARE(forPdf.size(), 2);
    QCOMPARE(forPdf.at(0)->id(), QStringLiteral("local"));   // PDF and OFD: local first
    QCOMPARE(forPdf.at(1)->id(), QStringLiteral("cloud"));
    const auto forOfd = registry.autoCandidates(doc(QStringLiteral("a.ofd"), DocumentFormat::Ofd));
    QCOMPARE(forOfd.size(), 1);
    const auto forImage = registry.autoCandidates(doc(QStringLiteral("a.png")));
    QCOMPARE(forImage.at(0)->id(), QStringLiteral("cloud"));  // images: a configured vendor first
    QCOMPARE(forImage.at(1)->id(), QStringLiteral("local"));

    // `auto` on an image: the cloud provider answers with an invoice; its id is kept.
    AutoProvider autoProvider(&registry);
    ProviderJob *job = autoProvider.recognize(doc(QStringLiteral("photo.png")));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->result().provider, QStringLiteral("cloud"));
    QCOMPARE(job->result().invoices.size(), 1);
    delete job;
}

// A remote document: local refuses it (it downloads nothing), `auto` sends it only to a
// configured provider that takes URLs, or says which providers would.
void TestRecognitionQueue::urlInputs()
{
    const QString text = QStringLiteral("https://files.example.com/inv/photo.png?sig=abc");
    const auto in = DocumentInput::fromUrl(text);
    QVERIFY(in);
    QVERIFY(in->isRemote());
    QCOMPARE(in->file, text);
    QCOMPARE(in->format, DocumentFormat::Png);   // from the extension: the bytes are never seen
    QVERIFY(in->sha256.isEmpty());
    QVERIFY(!DocumentInput::fromUrl(QStringLiteral("ftp://files.example.com/a.png")));
    QVERIFY(!DocumentInput::fromUrl(QStringLiteral("https://")));
    QVERIFY(!DocumentInput::fromUrl(QStringLiteral("/tmp/https-looking.png")));

    auto result = [](RecognitionProvider &p, const DocumentInput &input) {
        ProviderJob *job = p.recognize(input);
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ProviderJob::finished);
        if (!spy.wait(5000))
            qWarning("job did not finish");
        const RecognizedDocument r = job->result();
        delete job;
        return r;
    };

    LocalProvider local;
    QVERIFY(!local.acceptsUrl(DocumentFormat::Png));
    QVERIFY(!local.acceptedInputs().contains(QStringLiteral("url")));
    const RecognizedDocument refused = result(local, *in);
    QCOMPARE(refused.error->code, QStringLiteral("unsupported_input"));
    QVERIFY(refused.error->message.contains(QStringLiteral("url")));
    QCOMPARE(refused.file, text);

    ProviderRegistry registry;
    QVERIFY(registry.add(new LocalProvider));
    auto *imagesOnly = new ScriptedProvider(QStringLiteral("files-only"), 1, ProviderCapability::Image);
    auto *byUrl = new ScriptedProvider(QStringLiteral("by-url"), 1, ProviderCapability::Image | ProviderCapability::Url);
    auto *byUrlOff = new ScriptedProvider(QStringLiteral("by-url-unconfigured"), 1,
                                          ProviderCapability::Ofd | ProviderCapability::Url, false);
    QVERIFY(registry.add(imagesOnly));
    QVERIFY(registry.add(byUrl));
    QVERIFY(registry.add(byUrlOff));
    QCOMPARE(registry.catalog().at(2).accepts, QStringList({QStringLiteral("image"), QStringLiteral("url")}));
    const auto candidates = registry.autoCandidates(*in);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first()->id(), QStringLiteral("by-url"));
    // The extension says OFD: the image provider is not asked.
    const auto ofd = DocumentInput::fromUrl(QStringLiteral("https://files.example.com/e.ofd"));
    QVERIFY(registry.autoCandidates(*ofd).isEmpty());
    QVERIFY(!byUrl->acceptsUrl(DocumentFormat::Ofd));
    QVERIFY(byUrl->acceptsUrl(DocumentFormat::Unknown));   // no extension: the vendor judges

    AutoProvider autoProvider(&registry);
    QVERIFY(autoProvider.acceptedInputs().contains(QStringLiteral("url")));
    const RecognizedDocument picked = result(autoProvider, *in);
    QVERIFY(!picked.error);
    QCOMPARE(picked.provider, QStringLiteral("by-url"));
    QCOMPARE(picked.file, text);
    QCOMPARE(byUrl->calls, 1);
    QCOMPARE(imagesOnly->calls, 0);
    const RecognizedDocument none = result(autoProvider, *ofd);
    QCOMPARE(none.error->code, QStringLiteral("no_provider"));
    QVERIFY2(none.error->message.contains(QStringLiteral("by-url-unconfigured")), qPrintable(none.error->message));
    QCOMPARE(byUrlOff->calls, 0);
}

void TestRecognitionQueue::servicesForCommandLine()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenvFAKE");
    qputenv("TENCENTCLOUD_SECRET_KEY", "envKeyFAKE");
    qputenv("REIMBURSE_TENCENT_ENDPOINT", "http://ocr.example.com");
    qputenv("REIMBURSE_DEEPFINCH_ENDPOINT", "http://127.0.0.1:9");
    std::unique_ptr<ProviderServices> services = ProviderServices::forCommandLine(true);
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    qunsetenv("REIMBURSE_TENCENT_ENDPOINT");
    qunsetenv("REIMBURSE_DEEPFINCH_ENDPOINT");
    const QStringList ids = services->registry()->ids();
    QCOMPARE(ids.mid(0, 3), QStringList({QStringLiteral("local"), QStringLiteral("tencent-vat"), QStringLiteral("tencent-ofd")}));
    QVERIFY(services->provider(QStringLiteral("auto")));
    QVERIFY(!services->provider(QStringLiteral("nope")));
    QVERIFY(services->provider(QStringLiteral("tencent-vat"))->isConfigured());
    QVERIFY(services->context().noCache);
    QVERIFY(services->cache()->directory().contains(QStringLiteral(".qttest")));
    QVERIFY(services->endpointProblem(QStringLiteral("tencent")).contains(QStringLiteral("http")));
    QVERIFY(services->endpointProblem(QStringLiteral("deepfinch")).isEmpty());   // loopback may be http
    QVERIFY(services->endpointProblem(QStringLiteral("qiniu")).isEmpty());       // not overridden
    for (const ProviderInfo &info : services->registry()->catalog()) {
        QVERIFY(!info.note.contains(QStringLiteral("envKeyFAKE")));
        QVERIFY(!info.name.contains(QStringLiteral("AKIDenvFAKE")));
        // Every vendor API of this build takes a URL (ImageUrl, OfdFileUrl, url=, fileUrl,
        // DeepFinch's url field); local downloads nothing.
        QCOMPARE(info.accepts.contains(QStringLiteral("url")), info.id != u"local");
    }
    // What each takes by URL, as the extension tells.
    auto byUrl = [&](const char *id, DocumentFormat f) {
        return services->provider(QString::fromLatin1(id))->acceptsUrl(f);
    };
    QVERIFY(byUrl("tencent-vat", DocumentFormat::Pdf) && !byUrl("tencent-vat", DocumentFormat::Ofd)
            && !byUrl("tencent-vat", DocumentFormat::Gif));
    QVERIFY(byUrl("tencent-ofd", DocumentFormat::Ofd) && !byUrl("tencent-ofd", DocumentFormat::Png));
    QVERIFY(byUrl("qiniu", DocumentFormat::Jpeg) && !byUrl("qiniu", DocumentFormat::Pdf));
    QVERIFY(byUrl("ekuaibao", DocumentFormat::Pdf) && !byUrl("ekuaibao", DocumentFormat::Ofd));
    QVERIFY(byUrl("deepfinch", DocumentFormat::Png) && !byUrl("deepfinch", DocumentFormat::Pdf));
    QVERIFY(byUrl("auto", DocumentFormat::Unknown) && !byUrl("local", DocumentFormat::Unknown));
}

QTEST_GUILESS_MAIN(TestRecognitionQueue)
#include "tst_recognitionqueue.moc"
