// reimburse-cli end to end with its worker processes (issue #13, docs/worker-process.md): a
// batch with a PDF whose page tree contains itself, a worker that crashes and a PDF past the
// page cap still recognises its other documents and exits 1 with each failure's code; render
// of the cyclic PDF fails with `timeout` instead of hanging; the PDF report of a claim with an
// invoice on it is written with a placeholder; a claim that cannot be written still leaves the
// run's output. Short limits come from the environment; only codes are
// asserted, never durations.

#include "claim/claimdocument.h"
#include "hostiledocuments.h"
#include "invoicejson.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestWorkerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_samples;
    QString m_batch;

    QProcessEnvironment environment(const QString &timeoutMs = u"3000"_s) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            if (k.startsWith(u"REIMBURSE_") || k.startsWith(u"TENCENTCLOUD_"))
                env.remove(k);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.insert(u"REIMBURSE_WORKER_TIMEOUT_MS"_s, timeoutMs);
        env.insert(u"REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS"_s, u"1000"_s);
        env.insert(u"REIMBURSE_WORKER_MAX_PAGES"_s, u"10"_s);
        env.insert(u"REIMBURSE_WORKER_TEST_HOOKS"_s, u"1"_s);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), args);
        p.waitForFinished(-1);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_samples = m_dir.filePath(u"samples"_s);
        QProcess gen;
        gen.start(test::samplesGeneratorPath(), {m_samples});
        QVERIFY(gen.waitForFinished(-1));
        QCOMPARE(gen.exitCode(), 0);
        m_batch = m_dir.filePath(u"batch"_s);
        QVERIFY(QDir().mkpath(m_batch));
        // Names sort in the order the documents are given to the single worker (--jobs 1).
        QVERIFY(writeFile(m_batch + u"/1-cyclic.pdf"_s, test::cyclicPageTreePdf()));
        QVERIFY(QFile::copy(m_samples + u"/electronic-normal.pdf"_s, m_batch + u"/2-invoice.pdf"_s));
        QVERIFY(writeFile(m_batch + u"/3-crash.pdf"_s, test::workerHook("abort")));
        QVERIFY(QFile::copy(m_samples + u"/digital-normal.ofd"_s, m_batch + u"/4-invoice.ofd"_s));
        QVERIFY(writeFile(m_batch + u"/5-many-pages.pdf"_s, test::manyPagePdf(40)));
    }

    void batchGoesOnPastHostileDocuments_data()
    {
        QTest::addColumn<QString>("jobs");
        QTest::newRow("one worker") << u"1"_s;
        QTest::newRow("two workers") << u"2"_s;
    }

    void batchGoesOnPastHostileDocuments()
    {
        QFETCH(QString, jobs);
        const Run r = run({u"recognize"_s, u"--format"_s, u"json"_s, u"--jobs"_s, jobs, m_batch}, environment());
        QCOMPARE(r.exitCode, 1);
        QString why;
        const auto docs = documentsFromJson(r.out, &why);
        QVERIFY2(docs, qPrintable(why + QString::fromUtf8(r.err)));
        QCOMPARE(docs->size(), 5);
        QMap<QString, RecognizedDocument> byName;
        for (const RecognizedDocument &d : *docs)
            byName.insert(QFileInfo(d.file).fileName(), d);
        QCOMPARE(byName.value(u"1-cyclic.pdf"_s).error->code, u"timeout"_s);
        QCOMPARE(byName.value(u"3-crash.pdf"_s).error->code, u"crashed"_s);
        QCOMPARE(byName.value(u"5-many-pages.pdf"_s).error->code, u"too_complex"_s);
        for (const QString &good : {u"2-invoice.pdf"_s, u"4-invoice.ofd"_s}) {
            const RecognizedDocument d = byName.value(good);
            if (d.error && d.error->code == u"timeout")
                QSKIP("the machine is too slow for the short time limit of this test");
            QVERIFY2(!d.error, qPrintable(good));
            QCOMPARE(d.invoices.size(), 1);
        }
    }

    void renderOfTheCyclicPdfFails()
    {
        const QString out = m_dir.filePath(u"cyclic.png"_s);
        const Run r = run({u"render"_s, m_batch + u"/1-cyclic.pdf"_s, u"--out"_s, out}, environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("(timeout)"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void renderWorks()
    {
        const QString out = m_dir.filePath(u"page.png"_s);
        const Run r = run({u"render"_s, m_batch + u"/4-invoice.ofd"_s, u"--out"_s, out}, environment(u"120000"_s));
        QCOMPARE(r.exitCode, 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);
    }

    // The PDF report's pictures are drawn in workers too: a claim whose invoice sits on the
    // cyclic PDF (a cloud provider may have read it) is exported with a placeholder for it.
    void reportOfAClaimWithTheCyclicPdf()
    {
        const QString claimPath = m_dir.filePath(u"cyclic.claim"_s);
        {
            ClaimDocument claim;
            QFile good(m_batch + u"/2-invoice.pdf"_s);
            QVERIFY(good.open(QIODevice::ReadOnly));
            const QByteArray goodBytes = good.readAll();
            const QByteArray cyclic = test::cyclicPageTreePdf();
            const auto invoice = [](const QString &number) {
                Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, QString(), number, u"2024-03-01"_s,
                                                u"100.00"_s, u"6.00"_s, u"106.00"_s, u"某某公司"_s);
                inv.pageSize = QSizeF(1240, 874);
                return inv;
            };
            QCOMPARE(claim.addDocument(cyclic, test::recognized(cyclic, u"cyclic.pdf"_s, {invoice(u"11111111"_s)})),
                     ClaimDocument::AddResult::Added);
            QCOMPARE(claim.addDocument(goodBytes, test::recognized(goodBytes, u"good.pdf"_s, {invoice(u"22222222"_s)})),
                     ClaimDocument::AddResult::Added);
            QVERIFY2(claim.saveAs(claimPath), qPrintable(claim.errorString()));
        }
        const QString out = m_dir.filePath(u"report.pdf"_s);
        const Run r = run({u"export"_s, claimPath, u"--format"_s, u"pdf"_s, u"--lang"_s, u"en"_s, u"--out"_s, out},
                          environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        QString all;
        for (int i = 0; i < pdf.pageCount(); ++i)
            all += pdf.getAllText(i).text();
        all.remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(all.contains(u"Thisinvoicecannotbeshown:thepagecouldnotberendered(timeout)"_s), qPrintable(all));
        QCOMPARE(all.count(u"Thisinvoicecannotbeshown"_s), 1);
    }

    // Issue #13: a claim error threw away the whole run's output.
    void claimErrorStillWritesTheOutput()
    {
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(blocker, "a file, not a folder"));
        const QString out = m_dir.filePath(u"out.json"_s);
        const Run r = run({u"recognize"_s, u"--format"_s, u"json"_s, u"--claim"_s, blocker + u"/claim.reimburse"_s,
                           u"--out"_s, out, m_batch + u"/2-invoice.pdf"_s, m_batch + u"/4-invoice.ofd"_s},
                          environment(u"120000"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto docs = documentsFromJson(f.readAll());
        QVERIFY(docs);
        QCOMPARE(docs->size(), 2);
        for (const RecognizedDocument &d : *docs)
            QVERIFY(!d.error);
    }
};

QTEST_GUILESS_MAIN(TestWorkerCli)
#include "tst_workercli.moc"
