// Offline OCR in reimburse-worker (docs/worker-process.md, "OCR pages"): a page the worker says
// it reads by OCR gets its own time allowance, once per page, for no more pages than the
// document has and up to a cap; the worker's progress (pages, OCR lines) reaches the request,
// the provider's job and the recognition queue; cancelling a recognition in the middle of OCR
// kills its worker.
//
// The allowance is shown with the worker's test hook `ocr-sleep <ms>` (it says it starts OCR on
// page 1, names page 2 and page 1 again, then sleeps): only error codes are asserted, with the
// sleep well past or well within the limits. The real OCR rows need the models (QSKIP otherwise).

#include "core/documentinput.h"
#include "core/localprovider.h"
#include "core/providerjob.h"
#include "core/recognitionqueue.h"
#include "local/ocr/ocrmodels.h"
#include "scanimages.h"
#include "testpaths.h"
#include "worker/workercodec.h"
#include "worker/workerpool.h"
#include "workerfixtures.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

constexpr qint64 kSleepMs = 2500; // the hook's OCR "page"

WorkerPoolOptions ocrLimits(qint64 perOcrPageMs, qint64 ocrMaxMs)
{
    WorkerPoolOptions o;
    o.program = test::workerPath();
    o.jobSlots = 1;
    o.baseTimeoutMs = 1000; // well under the sleep: only the OCR allowance can carry it
    o.perPageTimeoutMs = 0;
    o.perOcrPageTimeoutMs = perOcrPageMs;
    o.ocrMaxMs = ocrMaxMs;
    o.memoryMb = 2048;
    return o;
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0;
}

} // namespace

class TestWorkerOcr : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(test::workerPath()));
        qputenv("REIMBURSE_WORKER_TEST_HOOKS", "1");
        qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
    }

    void timeLimit_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("ocrPages");
        QTest::addColumn<qint64>("limit");
        // defaults: 30 s + 2 s a page + 60 s a page read by OCR, the OCR part at most 600 s
        QTest::newRow("count unknown") << 0 << 0 << qint64(32'000);
        QTest::newRow("a photo") << 0 << 1 << qint64(92'000);
        QTest::newRow("three pages, one scanned") << 3 << 1 << qint64(96'000);
        QTest::newRow("twenty scanned pages: capped") << 20 << 20 << qint64(670'000);
    }

    void timeLimit()
    {
        QFETCH(int, pages);
        QFETCH(int, ocrPages);
        QFETCH(qint64, limit);
        QCOMPARE(WorkerPoolOptions().timeLimitMs(pages, ocrPages), limit);
    }

    void limitsFromTheEnvironment()
    {
        qputenv("REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS", "45000");
        qputenv("REIMBURSE_WORKER_TIMEOUT_OCR_MAX_MS", "90000");
        const WorkerPoolOptions o = WorkerPoolOptions::fromEnvironment(1);
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS");
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_OCR_MAX_MS");
        QCOMPARE(o.perOcrPageTimeoutMs, qint64(45'000));
        QCOMPARE(o.ocrMaxMs, qint64(90'000));
        QCOMPARE(o.timeLimitMs(1, 3), qint64(30'000 + 2'000 + 90'000));
    }

    void progressOnTheWire_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<bool>("valid");
        const auto h = [](int page, int pages, const QJsonValue &ocr, int read, int lines) {
            return QJsonObject{{u"page"_s, page}, {u"pages"_s, pages}, {u"ocr"_s, ocr}, {u"lines_read"_s, read},
                               {u"lines"_s, lines}};
        };
        QTest::newRow("finding lines") << h(1, 1, true, 0, 0) << true;
        QTest::newRow("reading lines") << h(2, 5, true, 40, 80) << true;
        QTest::newRow("a page with text") << h(3, 5, false, 0, 0) << true;
        QTest::newRow("more read than found") << h(1, 1, true, 81, 80) << false;
        QTest::newRow("negative page") << h(-1, 1, true, 0, 0) << false;
        QTest::newRow("ocr not a boolean") << h(1, 1, u"yes"_s, 0, 0) << false;
        QTest::newRow("absurd line count") << h(1, 1, true, 0, 50'000'000) << false;
    }

    void progressOnTheWire()
    {
        QFETCH(QJsonObject, header);
        QFETCH(bool, valid);
        const std::optional<RecognitionProgress> p = progressFromWire(header);
        QCOMPARE(p.has_value(), valid);
        if (p) {
            QJsonObject again;
            progressToWire(*p, again);
            QCOMPARE(again, header);
        }
    }

    void ocrPagesGetMoreTime_data()
    {
        QTest::addColumn<qint64>("perOcrPageMs");
        QTest::addColumn<qint64>("ocrMaxMs");
        QTest::addColumn<QString>("code");
        // the hook's bytes are no document: read to the end, they are unknown_format
        QTest::newRow("allowance carries the page") << qint64(8'000) << qint64(600'000) << u"unknown_format"_s;
        QTest::newRow("no allowance") << qint64(0) << qint64(600'000) << u"timeout"_s;
        // 1 s + 1 s: page 2 (the document has one) and page 1 again buy nothing more
        QTest::newRow("once a page, no more pages than there are") << qint64(1'000) << qint64(600'000) << u"timeout"_s;
        QTest::newRow("capped") << qint64(8'000) << qint64(500) << u"timeout"_s;
    }

    void ocrPagesGetMoreTime()
    {
        QFETCH(qint64, perOcrPageMs);
        QFETCH(qint64, ocrMaxMs);
        QFETCH(QString, code);
        WorkerPool pool(ocrLimits(perOcrPageMs, ocrMaxMs));
        WorkerRequest *r = test::kept(pool.recognize(test::workerHook(qPrintable(u"ocr-sleep %1"_s.arg(kSleepMs))),
                                                     u"photo.jpg"_s, ValidationContext()));
        QList<RecognitionProgress> seen;
        connect(r, &WorkerRequest::progressed, this,
                [&seen](WorkerRequest *, const RecognitionProgress &p) { seen.append(p); });
        QVERIFY(test::waitFinished(r));
        QVERIFY(r->document().error);
        if (code == u"unknown_format" && r->document().error->code == u"timeout")
            QSKIP("the machine is too slow for the hook's margins");
        QCOMPARE(r->document().error->code, code);
        if (code == u"timeout")
            QVERIFY2(r->document().error->message.contains(u"OCR"_s), qPrintable(r->document().error->message));
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.first().ocr);
        QCOMPARE(seen.first().page, 1);
        delete r;
    }

    void progressReachesTheQueue()
    {
        qputenv("REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS", "120000");
        LocalProvider provider(nullptr, 1);
        qunsetenv("REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS");
        RecognitionQueue queue;
        const int index = queue.add(&provider, DocumentInput::fromBytes(test::workerHook("ocr-sleep 100"), u"photo.jpg"_s));
        QSignalSpy progress(&queue, &RecognitionQueue::documentProgress);
        QSignalSpy finished(&queue, &RecognitionQueue::finished);
        queue.start();
        QVERIFY(finished.wait(300'000));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.first().at(0).toInt(), index);
        const auto last = progress.last().at(1).value<RecognitionProgress>();
        QVERIFY(last.ocr);
        QCOMPARE(last.linesRead, 10);
        QCOMPARE(last.lines, 10);
    }

    void realOcrReportsLinesAndCancelKillsIt()
    {
        if (!ocr::locateOcrModels().isUsable())
            QSKIP("OCR models not installed (scripts/install-ocr-models.sh)");
        const QString samples = m_dir.filePath(u"samples"_s);
        QString why;
        QVERIFY2(test::generateSamples(samples, &why), qPrintable(why));
        const QImage scan = test::makeScan(samples + u"/electronic-normal.pdf"_s, 0, test::ScanStyle{u"clean"_s});
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && scan.save(&buffer, "JPEG", 92));

        WorkerPoolOptions options = ocrLimits(600'000, 600'000);
        options.baseTimeoutMs = 600'000; // on a loaded machine OCR takes what it takes
        WorkerPool pool(options);

        // Read whole: the lines found, then read, in order, and the invoice's fields.
        WorkerRequest *whole = test::kept(pool.recognize(jpeg, u"scan.jpg"_s, ValidationContext(), false));
        QList<RecognitionProgress> seen;
        connect(whole, &WorkerRequest::progressed, this,
                [&seen](WorkerRequest *, const RecognitionProgress &p) { seen.append(p); });
        QVERIFY(test::waitFinished(whole));
        QVERIFY2(!whole->document().error, qPrintable(whole->document().error ? whole->document().error->message : QString()));
        QCOMPARE(whole->document().invoices.value(0).value(u"total"_s), u"350.00"_s);
        QVERIFY(seen.size() >= 3);
        QVERIFY(seen.first().ocr && seen.first().lines == 0); // said before the lines are found
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).linesRead >= seen.at(i - 1).linesRead);
        QVERIFY(seen.last().lines > 20);
        QCOMPARE(seen.last().linesRead, seen.last().lines);
        delete whole;

        // Cancelled while it reads the lines: its worker is killed, and the next document gets a new one.
        const int started = pool.processesStarted();
        WorkerRequest *cancelled = test::kept(pool.recognize(jpeg, u"scan.jpg"_s, ValidationContext(), false));
        bool reading = false;
        connect(cancelled, &WorkerRequest::progressed, this,
                [&reading](WorkerRequest *, const RecognitionProgress &p) { reading = reading || p.lines > 0; });
        QVERIFY(QTest::qWaitFor([&] { return reading || cancelled->isFinished(); }, 300'000));
        QVERIFY(!cancelled->isFinished());
        const qint64 pid = pool.processIds().value(0);
        QVERIFY(pid > 0);
        cancelled->cancel();
        QVERIFY(test::waitFinished(cancelled));
        QCOMPARE(cancelled->document().error->code, u"cancelled"_s);
        QVERIFY(QTest::qWaitFor([pid] { return processGone(pid); }, 60'000));
        delete cancelled;
        QCOMPARE(pool.processesStarted(), started);
    }
};

QTEST_MAIN(TestWorkerOcr)
#include "tst_workerocr.moc"
