// reimburse-cli end to end with its worker processes (issue #13, docs/worker-process.md): a
// batch with a PDF whose page tree contains itself, a worker that crashes and a PDF past the
// page cap still recognises its other documents and exits 1 with each failure's code; render
// of the cyclic PDF fails with `timeout` instead of hanging; a claim that cannot be written
// still leaves the run's output. Short limits come from the environment; only codes are
// asserted, never durations.

#include "invoicejson.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
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

QByteArray buildPdf(const QList<QByteArray> &objects)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

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
        QVERIFY(writeFile(m_batch + u"/1-cyclic.pdf"_s,
                          buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"})));
        QVERIFY(QFile::copy(m_samples + u"/electronic-normal.pdf"_s, m_batch + u"/2-invoice.pdf"_s));
        QVERIFY(writeFile(m_batch + u"/3-crash.pdf"_s, "%RA-WORKER-TEST abort\n"));
        QVERIFY(QFile::copy(m_samples + u"/digital-normal.ofd"_s, m_batch + u"/4-invoice.ofd"_s));
        QByteArray kids;
        QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", {}};
        for (int i = 0; i < 40; ++i) {
            kids += QByteArray::number(i + 3) + " 0 R ";
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        }
        objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 40 >>";
        QVERIFY(writeFile(m_batch + u"/5-many-pages.pdf"_s, buildPdf(objects)));
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
