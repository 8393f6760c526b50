// The worker pool against hostile documents (issue #13, docs/worker-process.md): a PDF whose
// page tree contains itself ends in `timeout` and the next document of the batch is read by a
// fresh worker; a worker that aborts, exits, hangs, spins, runs out of memory or talks
// nonsense is killed and replaced with a clear error; a PDF past the page cap is refused; a
// BMP whose header lies about its size fails without taking the pool down; results and pages
// are those of the in-process recogniser and renderer; the wire format round-trips.
//
// Time limits are set short through the pool's options and only error codes are asserted,
// never durations (the machines are shared). The worker's test hooks are enabled by
// REIMBURSE_WORKER_TEST_HOOKS=1, set for the workers this test starts.

#include "hostiledocuments.h"
#include "invoicejson.h"
#include "local/localrecognizer.h"
#include "pagerenderer.h"
#include "core/documentinput.h"
#include "core/localprovider.h"
#include "core/providerjob.h"
#include "testpaths.h"
#include "workerfixtures.h"
#include "worker/workercodec.h"
#include "worker/workerframe.h"
#include "worker/workerpool.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray hook(const char *action)
{
    return test::workerHook(action);
}

using test::cyclicPageTreePdf;
using test::headerLieBmp;
using test::manyPagePdf;

WorkerPoolOptions shortLimits(int jobSlots = 1)
{
    WorkerPoolOptions o;
    o.program = test::workerPath();
    o.jobSlots = jobSlots;
    o.baseTimeoutMs = 2000;
    o.perPageTimeoutMs = 500;
    o.memoryMb = 1024;
    o.maxPages = 20;
    return o;
}

// Generous limits for documents that must be read whole (sanitizer builds are slow).
WorkerPoolOptions readingLimits(int jobSlots = 1)
{
    WorkerPoolOptions o = shortLimits(jobSlots);
    o.baseTimeoutMs = 120'000;
    o.perPageTimeoutMs = 10'000;
    return o;
}

using test::kept;
using test::waitFinished;

RecognizedDocument recognizeIn(WorkerPool &pool, const QByteArray &bytes, const QString &name)
{
    WorkerRequest *r = kept(pool.recognize(bytes, name, ValidationContext()));
    if (!waitFinished(r))
        return {};
    RecognizedDocument doc = r->document();
    delete r;
    return doc;
}

// Documents compared in their normalized JSON form (polygons to two decimals on both sides).
QByteArray normalized(const RecognizedDocument &doc)
{
    return QJsonDocument(toJson(doc)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestWorkerPool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_samples;
    QByteArray m_invoicePdf;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(test::workerPath()));
        qputenv("REIMBURSE_WORKER_TEST_HOOKS", "1");
        qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
        m_samples = m_dir.filePath(u"samples"_s);
        QProcess gen;
        gen.start(test::samplesGeneratorPath(), {m_samples});
        QVERIFY(gen.waitForFinished(-1));
        QCOMPARE(gen.exitCode(), 0);
        QFile pdf(m_samples + u"/electronic-normal.pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        m_invoicePdf = pdf.readAll();
    }

    void framesSurviveAnySplit()
    {
        const WorkerFrame a{{{u"kind"_s, u"pages"_s}, {u"id"_s, u"7"_s}}, {}};
        const WorkerFrame b{{{u"kind"_s, u"render"_s}}, QByteArray(100'000, 'x')};
        const QByteArray stream = encodeWorkerFrame(a) + encodeWorkerFrame(b);
        for (const int chunk : {1, 7, 4096, int(stream.size())}) {
            WorkerFrameReader reader;
            QList<WorkerFrame> got;
            for (qsizetype at = 0; at < stream.size(); at += chunk) {
                reader.append(stream.mid(at, chunk));
                while (auto f = reader.next())
                    got.append(*f);
            }
            QVERIFY(!reader.isBroken());
            QCOMPARE(got.size(), 2);
            QCOMPARE(got.at(0).header, a.header);
            QCOMPARE(got.at(1).payload, b.payload);
            QCOMPARE(reader.buffered(), 0);
        }
    }

    void garbageBreaksTheReader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no magic") << QByteArray("this is not a frame at all");
        QTest::newRow("header too large") << QByteArray("RAWF\xff\xff\xff\xff\0\0\0\0", 12);
        QTest::newRow("payload too large") << QByteArray("RAWF\0\0\0\2\x7f\xff\xff\xff{}", 14);
        QTest::newRow("header not json") << QByteArray("RAWF\0\0\0\3\0\0\0\0abc", 15);
        QTest::newRow("header an array") << QByteArray("RAWF\0\0\0\2\0\0\0\0[]", 14);
    }

    void garbageBreaksTheReader()
    {
        QFETCH(QByteArray, bytes);
        WorkerFrameReader reader;
        reader.append(bytes);
        QVERIFY(!reader.next());
        QVERIFY(reader.isBroken());
        reader.append(encodeWorkerFrame({{{u"kind"_s, u"ready"_s}}, {}}));
        QVERIFY(!reader.next()); // broken for good
    }

    void documentRoundTrips()
    {
        RecognizedDocument doc;
        doc.file = u"收据 1.pdf"_s;
        doc.sha256 = QString(64, u'a');
        doc.format = u"pdf"_s;
        doc.pages = 3;
        doc.provider = u"local"_s;
        doc.rawResponses = {QByteArray("{\"a\":1}"), QByteArray("\0\xff binary", 9)};
        Invoice inv;
        inv.page = 2;
        inv.region = QPolygonF({{1.25, 2.5}, {300.75, 2.5}, {300.75, 400.01}, {1.25, 400.01}});
        inv.pageSize = QSizeF(1240, 1754.5);
        inv.orientation = 90;
        inv.type = InvoiceType::DigitalNormal;
        inv.typeSource = u"pdf:title"_s;
        inv.set(u"total"_s, makeField(u"113.00"_s, u"pdf:text"_s, QPolygonF({{10, 20}, {30, 20}, {30, 40.55}, {10, 40.55}}), 2));
        Field edited = makeField(u"2024-01-02"_s, u"user"_s);
        edited.edited = true;
        edited.machineValue = u"2024-01-03"_s;
        edited.machineSource = u"qr"_s;
        edited.uncertain = true;
        inv.set(u"date"_s, edited);
        inv.alternatives.insert(u"total"_s, {makeField(u"114.00"_s, u"qr"_s, QPolygonF({{5, 5}, {6, 5}, {6, 6}, {5, 6}}), 2)});
        inv.items.append(FieldMap{{u"name"_s, makeField(u"*餐饮服务*餐费"_s, u"pdf:text"_s)}});
        inv.qrcodes = {u"01,32,,24442000000070112358,113.00,20240102,,ABCD,"_s};
        inv.findings.append(Finding{u"qr_mismatch"_s, Severity::Error, u"The QR code says 114.00"_s, u"二维码为 114.00"_s, {u"total"_s}});
        doc.invoices = {inv};

        QString why;
        const QByteArray wire = QJsonDocument(documentToWire(doc)).toJson(QJsonDocument::Compact);
        const auto back = documentFromWire(QJsonDocument::fromJson(wire).object(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, doc);

        RecognizedDocument failed;
        failed.file = u"x.pdf"_s;
        failed.error = DocumentError{u"vendor_error"_s, u"refused"_s, u"E42"_s, u"req-1"_s};
        const auto failedBack = documentFromWire(documentToWire(failed));
        QVERIFY(failedBack);
        QCOMPARE(*failedBack, failed);
    }

    void imagesMustBeWhatTheySay_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<qsizetype>("bytes");
        const auto h = [](int width, int height, int format, int bpl) {
            return QJsonObject{{u"width"_s, width}, {u"height"_s, height}, {u"format"_s, format},
                               {u"bytes_per_line"_s, bpl}};
        };
        QTest::newRow("short") << h(10, 10, QImage::Format_RGB32, 40) << qsizetype(399);
        QTest::newRow("long") << h(10, 10, QImage::Format_RGB32, 40) << qsizetype(401);
        QTest::newRow("line too short") << h(10, 10, QImage::Format_RGB32, 20) << qsizetype(200);
        QTest::newRow("huge side") << h(100'000, 1, QImage::Format_Grayscale8, 100'000) << qsizetype(100'000);
        QTest::newRow("odd format") << h(10, 10, QImage::Format_Mono, 4) << qsizetype(40);
        QTest::newRow("negative") << h(-10, 10, QImage::Format_RGB32, 40) << qsizetype(400);
    }

    void imagesMustBeWhatTheySay()
    {
        QFETCH(QJsonObject, header);
        QFETCH(qsizetype, bytes);
        QVERIFY(imageFromWire(header, QByteArray(bytes, '\x7f')).isNull());
        QImage ok(10, 10, QImage::Format_RGB32);
        ok.fill(Qt::red);
        QByteArray bits;
        const QJsonObject good = imageToWire(ok, &bits);
        QCOMPARE(imageFromWire(good, bits), ok);
    }

    void resultsAreThoseOfTheRecognizer()
    {
        WorkerPool pool(readingLimits(2));
        const QStringList names = QDir(m_samples).entryList(QDir::Files);
        QVERIFY(names.size() >= 5);
        QList<WorkerRequest *> requests;
        QList<QByteArray> bytes;
        for (const QString &name : names) {
            QFile f(QDir(m_samples).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes.append(f.readAll());
            requests.append(kept(pool.recognize(bytes.last(), name, ValidationContext())));
        }
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QVERIFY(waitFinished(requests.at(i)));
            const RecognizedDocument inProcess
                = LocalRecognizer::recognizeBytes(bytes.at(i), names.at(i), LocalRecognizer::Options());
            QCOMPARE(normalized(requests.at(i)->document()), normalized(inProcess));
        }
        qDeleteAll(requests);
        QCOMPARE(pool.processesStarted(), 2); // two slots, reused for every document
    }

    // A hostile document fails with its code; the next document in the same one-slot pool is
    // read by a fresh worker.
    void hostileDocumentThenAGoodOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("cyclic page tree") << cyclicPageTreePdf() << u"timeout"_s << true;
        QTest::newRow("worker aborts") << hook("abort") << u"crashed"_s << true;
        QTest::newRow("worker exits") << hook("exit") << u"crashed"_s << true;
        QTest::newRow("worker hangs") << hook("hang") << u"timeout"_s << true;
        QTest::newRow("worker spins") << hook("spin") << u"timeout"_s << true;
        QTest::newRow("worker talks nonsense") << hook("garbage") << u"crashed"_s << true;
        QTest::newRow("worker out of memory") << hook("oom") << u"too_complex"_s << true;
        QTest::newRow("past the page cap") << manyPagePdf(60) << u"too_complex"_s << false;
    }

    void hostileDocumentThenAGoodOne()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(bool, replaced);
        WorkerPoolOptions options = shortLimits();
        WorkerPool pool(options);
        // The good document first, so the worker is known to be up and reused.
        QVERIFY(!recognizeIn(pool, "not a document", u"warm-up.bin"_s).invoices.size());
        const qint64 firstPid = pool.processIds().value(0);
        QVERIFY(firstPid > 0);

        WorkerRequest *bad = kept(pool.recognize(bytes, u"hostile"_s, ValidationContext()));
        WorkerRequest *good = kept(pool.recognize(m_invoicePdf, u"invoice.pdf"_s, ValidationContext()));
        QVERIFY(waitFinished(bad));
        // The good one gets the generous limits of a normal run: a new worker of a pool whose
        // first worker was killed is no different from the first.
        QVERIFY(waitFinished(good));
        QVERIFY(bad->document().error);
        QCOMPARE(bad->document().error->code, code);
        QVERIFY(!bad->document().error->message.isEmpty());
        QCOMPARE(bad->document().file, u"hostile"_s);
        QCOMPARE(bad->document().provider, u"local"_s);
        QVERIFY(bad->document().invoices.isEmpty());
        if (!good->document().error || good->document().error->code != u"timeout") {
            QVERIFY2(!good->document().error, qPrintable(good->document().error ? good->document().error->message : QString()));
            QCOMPARE(good->document().invoices.size(), 1);
        } else {
            QSKIP("the machine is too slow for the short time limit of this test");
        }
        QCOMPARE(pool.processesStarted(), replaced ? 2 : 1);
        QCOMPARE(pool.processIds().value(0) != firstPid, replaced);
        delete bad;
        delete good;
    }

    // The worker's CPU limit (RLIMIT_CPU, the backstop behind the host's clock): a worker the
    // kernel ends with SIGXCPU is a `timeout` that says so, and the slot serves the next request.
    // The test hook lowers the limit; the host's own limit is far away, so the signal comes first.
    void cpuLimitEndsTheWorker_data()
    {
        QTest::addColumn<bool>("render");
        QTest::newRow("recognition") << false;
        QTest::newRow("render") << true;
    }

    void cpuLimitEndsTheWorker()
    {
        QFETCH(bool, render);
        WorkerPoolOptions options = shortLimits();
        options.baseTimeoutMs = 600'000;
        WorkerPool pool(options);
        WorkerRequest *r = kept(render ? pool.render(hook("xcpu"), 0, 150)
                                       : pool.recognize(hook("xcpu"), u"xcpu"_s, ValidationContext()));
        QVERIFY(waitFinished(r));
        const QString code = render ? r->page().errorCode : r->document().error.value_or(DocumentError{}).code;
        const QString message = render ? r->page().error : r->document().error.value_or(DocumentError{}).message;
        QCOMPARE(code, u"timeout"_s);
        QVERIFY2(message.contains(u"processor time"_s), qPrintable(message));
        delete r;
        WorkerRequest *next = kept(pool.render(m_invoicePdf, 0, 72));
        QVERIFY(waitFinished(next));
        QVERIFY2(next->page().ok(), qPrintable(next->page().error));
        QCOMPARE(pool.processesStarted(), 2);
        delete next;
    }

    void pageCapSaysTheNumbers()
    {
        WorkerPool pool(readingLimits());
        const RecognizedDocument doc = recognizeIn(pool, manyPagePdf(25), u"many.pdf"_s);
        QVERIFY(doc.error);
        QCOMPARE(doc.error->code, u"too_complex"_s);
        QVERIFY(doc.error->message.contains(u"25"_s));
        QVERIFY(doc.error->message.contains(u"20"_s));
        QCOMPARE(doc.pages, 25);
    }

    void headerLieImageFails_data()
    {
        QTest::addColumn<int>("infoHeaderSize");
        QTest::newRow("56-byte header") << 56;
        QTest::newRow("40-byte header") << 40;
    }

    // Whatever the decoder makes of it under the memory limit (refused, failed allocation, or
    // nothing found), the document fails and the pool reads the next one.
    void headerLieImageFails()
    {
        QFETCH(int, infoHeaderSize);
        WorkerPool pool(readingLimits());
        const RecognizedDocument doc = recognizeIn(pool, headerLieBmp(infoHeaderSize), u"lie.bmp"_s);
        QVERIFY(doc.error);
        QCOMPARE(doc.format, u"bmp"_s);
        const RecognizedDocument next = recognizeIn(pool, m_invoicePdf, u"invoice.pdf"_s);
        QVERIFY(!next.error);
    }

    void missingWorkerIsAClearError()
    {
        WorkerPoolOptions options = shortLimits();
        options.program = m_dir.filePath(u"no-such-worker"_s);
        WorkerPool pool(options);
        const RecognizedDocument doc = recognizeIn(pool, m_invoicePdf, u"invoice.pdf"_s);
        QVERIFY(doc.error);
        QCOMPARE(doc.error->code, u"crashed"_s);
        QVERIFY(doc.error->message.contains(u"REIMBURSE_WORKER"_s));
        QCOMPARE(doc.format, u"pdf"_s);
        QVERIFY(!doc.sha256.isEmpty());
    }

    void cancelStopsTheWorker()
    {
        WorkerPoolOptions options = shortLimits();
        options.baseTimeoutMs = 600'000; // only the cancellation can end the hang
        WorkerPool pool(options);
        WorkerRequest *hang = kept(pool.recognize(hook("hang"), u"hang"_s, ValidationContext()));
        QVERIFY(QTest::qWaitFor([&pool] { return pool.running() == 1 && pool.processIds().value(0) > 0; }, 60'000));
        QSignalSpy spy(hang, &WorkerRequest::finished);
        hang->cancel();
        QVERIFY(spy.wait(60'000));
        QCOMPARE(hang->document().error->code, u"cancelled"_s);
        delete hang;
        const RecognizedDocument next = recognizeIn(pool, m_invoicePdf, u"invoice.pdf"_s);
        QVERIFY(!next.error);
        QCOMPARE(pool.processesStarted(), 2);
    }

    void renderIsThatOfTheRenderer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("page");
        QTest::addColumn<double>("dpi");
        QTest::newRow("pdf") << u"multi-page.pdf"_s << 1 << 100.0;
        QTest::newRow("ofd") << u"digital-normal.ofd"_s << 0 << 150.0;
        QTest::newRow("jpeg") << u"taxi-receipt.jpg"_s << 0 << 150.0;
        QTest::newRow("out of range") << u"multi-page.pdf"_s << 5 << 150.0;
        QTest::newRow("bad dpi") << u"multi-page.pdf"_s << 0 << 5000.0;
    }

    void renderIsThatOfTheRenderer()
    {
        QFETCH(QString, file);
        QFETCH(int, page);
        QFETCH(double, dpi);
        QFile f(QDir(m_samples).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        WorkerPool pool(readingLimits());
        WorkerRequest *r = kept(pool.render(bytes, page, dpi));
        QVERIFY(waitFinished(r));
        const RenderedPage inProcess = renderPage(bytes, page, dpi);
        QCOMPARE(r->page().errorCode, inProcess.errorCode);
        QCOMPARE(r->page().error, inProcess.error);
        QCOMPARE(r->page().pageCount, inProcess.pageCount);
        QCOMPARE(r->page().image, inProcess.image);
        delete r;
    }

    void hostileRenderThenAGoodOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("cyclic page tree") << cyclicPageTreePdf() << u"timeout"_s;
        QTest::newRow("worker aborts") << hook("abort") << u"crashed"_s;
        QTest::newRow("worker talks nonsense") << hook("garbage") << u"crashed"_s;
    }

    void hostileRenderThenAGoodOne()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        WorkerPool pool(shortLimits());
        WorkerRequest *bad = kept(pool.render(bytes, 0, 150));
        QVERIFY(waitFinished(bad));
        QCOMPARE(bad->page().errorCode, code);
        QVERIFY(bad->page().image.isNull());
        delete bad;
        WorkerRequest *good = kept(pool.render(m_invoicePdf, 0, 72));
        QVERIFY(waitFinished(good));
        if (good->page().errorCode == u"timeout")
            QSKIP("the machine is too slow for the short time limit of this test");
        QVERIFY2(good->page().ok(), qPrintable(good->page().error));
        QVERIFY(!good->page().image.isNull());
        delete good;
    }

    // The page loader asks for pages faster than they come: an overtaken render is abandoned,
    // not killed, and the worker serves the next one.
    void abandonedRenderKeepsTheWorker()
    {
        WorkerPoolOptions options = readingLimits();
        options.abandonGraceMs = 600'000; // a loaded machine may take more than the default second
        WorkerPool pool(options);
        WorkerRequest *first = kept(pool.render(m_invoicePdf, 0, 150));
        WorkerRequest *second = kept(pool.render(m_invoicePdf, 0, 100));
        QVERIFY(QTest::qWaitFor([&pool] { return pool.running() == 1; }, 60'000));
        first->cancel();
        QVERIFY(waitFinished(second));
        QVERIFY(second->page().ok());
        // On a loaded machine the first may have been drawn before the cancel came.
        QVERIFY2(first->page().errorCode == u"cancelled" || first->page().ok(), qPrintable(first->page().errorCode));
        QCOMPARE(pool.processesStarted(), 1);
        delete first;
        delete second;
    }

    // A render that hangs and is abandoned (the person moved to another document) holds its
    // slot only for the grace, not for its whole time limit: the next page is drawn by a new
    // worker while the old one is killed.
    void abandonedHungRenderFreesTheSlot()
    {
        WorkerPoolOptions options = readingLimits();
        options.baseTimeoutMs = 600'000; // only the grace can free the slot
        options.abandonGraceMs = 200;
        WorkerPool pool(options);
        // A worker that is up, so the hanging page is sent to it at once (a request cancelled
        // before its worker is ready was never sent and holds nothing).
        WorkerRequest *warmUp = kept(pool.render(m_invoicePdf, 0, 72));
        QVERIFY(waitFinished(warmUp));
        delete warmUp;
        WorkerRequest *hang = kept(pool.render(hook("hang"), 0, 150));
        QVERIFY(QTest::qWaitFor([&pool] { return pool.running() == 1; }, 60'000));
        hang->cancel();
        WorkerRequest *next = kept(pool.render(m_invoicePdf, 0, 72));
        QVERIFY(waitFinished(next));
        QVERIFY2(next->page().ok(), qPrintable(next->page().error));
        QCOMPARE(hang->page().errorCode, u"cancelled"_s);
        QCOMPARE(pool.processesStarted(), 2);
        delete hang;
        delete next;
    }

    // Renders for thumbnails: an image is scaled in the worker, a PDF page is drawn at its dpi.
    void imageScaleShrinksImagesOnly()
    {
        QFile f(QDir(m_samples).filePath(u"taxi-receipt.jpg"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray photo = f.readAll();
        WorkerPool pool(readingLimits());
        WorkerRequest *whole = kept(pool.render(photo, 0, 150));
        WorkerRequest *quarter = kept(pool.render(photo, 0, 150, 0.25));
        WorkerRequest *pdf = kept(pool.render(m_invoicePdf, 0, 72, 0.25));
        QVERIFY(waitFinished(whole) && waitFinished(quarter) && waitFinished(pdf));
        QVERIFY(whole->page().ok() && quarter->page().ok() && pdf->page().ok());
        QCOMPARE(quarter->page().image.width(), qRound(whole->page().image.width() * 0.25));
        QCOMPARE(quarter->page().image.height(), qRound(whole->page().image.height() * 0.25));
        QCOMPARE(pdf->page().image, renderPage(m_invoicePdf, 0, 72).image);
        delete whole;
        delete quarter;
        delete pdf;
    }

    // The desk asks its workers for its language: the renderer's own messages (shown as they
    // come) are then translated in the worker; without a language they stay English.
    void workerSpeaksTheAskedLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("Chinese") << u"zh_CN"_s << u"该文件不是 PDF、OFD 或图片。"_s;
        QTest::newRow("none") << QString() << u"The file is not a PDF, OFD or image."_s;
        QTest::newRow("not a language name") << u"../../etc"_s << u"The file is not a PDF, OFD or image."_s;
    }

    void workerSpeaksTheAskedLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        WorkerPoolOptions options = readingLimits();
        options.language = language;
        WorkerPool pool(options);
        WorkerRequest *r = kept(pool.render("not a document", 0, 150));
        QVERIFY(waitFinished(r));
        QCOMPARE(r->page().errorCode, u"unknown_format"_s);
        QCOMPARE(r->page().error, message);
        delete r;
    }

    void localProviderUsesTheWorkers()
    {
        qputenv("REIMBURSE_WORKER_TIMEOUT_MS", "2000");
        LocalProvider provider(nullptr, 1);
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_MS");
        QCOMPARE(provider.workerPool()->options().baseTimeoutMs, qint64(2000));
        ProviderJob *hostile = provider.recognize(DocumentInput::fromBytes(cyclicPageTreePdf(), u"cyclic.pdf"_s));
        hostile->setAutoDelete(false);
        QSignalSpy spy(hostile, &ProviderJob::finished);
        QVERIFY(spy.wait(300'000));
        QCOMPARE(hostile->result().error->code, u"timeout"_s);
        QCOMPARE(hostile->result().file, u"cyclic.pdf"_s);
        delete hostile;

        // Abort stops the document's worker.
        ProviderJob *hang = provider.recognize(DocumentInput::fromBytes(hook("hang"), u"hang.pdf"_s));
        hang->setAutoDelete(false);
        QSignalSpy hangSpy(hang, &ProviderJob::finished);
        hang->abort();
        QVERIFY(hangSpy.count() == 1 || hangSpy.wait(60'000));
        QCOMPARE(hang->result().error->code, u"cancelled"_s);
        delete hang;
    }
};

QTEST_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
