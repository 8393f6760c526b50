// The small hooks the export dialog needs from the export writers in models/export: progress
// and cancel of the PDF report, the XLSX writer on a worker thread, and the originals' planned
// names (the names written, existing files replaced under the same names, a cancel keeping what
// is finished). The dialog itself: tst_exportdialog.
#include "export/originalsexporter.h"
#include "export/pdfreportexporter.h"
#include "export/xlsxexporter.h"
#include "sampleclaim.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;

class TestExportHooks : public QObject
{
    Q_OBJECT

private slots:
    void reportWriterReportsEachInvoice()
    {
        const test::SampleClaim sample = test::sampleClaim(true);
        PdfReportExporter writer;
        QList<QPair<int, int>> steps;
        writer.setProgress([&steps](int done, int total) {
            steps.append({done, total});
            return true;
        });
        ExportOptions options;
        options.printDpi = 100;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(writer.write(sample.source(), options, &buffer), qPrintable(writer.errorString()));
        const int n = int(sample.data.invoices.size());
        QCOMPARE(steps.size(), n + 1);
        for (int i = 0; i <= n; ++i)
            QCOMPARE(steps.at(i), qMakePair(i, n));
        QVERIFY(!writer.wasCancelled());
    }

    void reportWriterStopsWhenCancelled()
    {
        const test::SampleClaim sample = test::sampleClaim(true);
        PdfReportExporter writer;
        int calls = 0;
        writer.setProgress([&calls](int done, int) {
            ++calls;
            return done < 1;   // stop after the first invoice
        });
        ExportOptions options;
        options.printDpi = 100;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!writer.write(sample.source(), options, &buffer));
        QVERIFY(writer.wasCancelled());
        QCOMPARE(calls, 2);
    }

    // libxlsxwriter lives in a link-map namespace of its own whose C library sets up its
    // character tables only on the thread that loaded it; the dialog writes on a worker.
    void xlsxWriterWorksOnAWorkerThread()
    {
        const test::SampleClaim sample = test::sampleClaim();
        for (int run = 0; run < 2; ++run) {   // the first loads the library on the worker
            bool ok = false;
            QString error;
            QByteArray bytes;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                XlsxExporter writer;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                ok = writer.write(sample.source(), ExportOptions(), &buffer);   // Chinese sheet names
                error = writer.errorString();
            }));
            thread->start();
            QVERIFY(thread->wait(120000));
            QVERIFY2(ok, qPrintable(error));
            QVERIFY(bytes.startsWith("PK"));
        }
    }

    void originalsFileNamesAreTheNamesWritten()
    {
        const test::SampleClaim sample = test::sampleClaim();
        const ExportOptions options;
        QTemporaryDir out;
        OriginalsExporter exporter;
        QVERIFY2(exporter.exportTo(sample.source(), options, out.path()), qPrintable(exporter.errorString()));
        QStringList written;
        for (const QString &path : exporter.writtenFiles())
            written << QFileInfo(path).fileName();
        QCOMPARE(OriginalsExporter::fileNames(sample.data, options), written);
    }

    void originalsReplaceExistingKeepsTheNames()
    {
        const test::SampleClaim sample = test::sampleClaim();
        const ExportOptions options;
        QTemporaryDir out;
        const QStringList names = OriginalsExporter::fileNames(sample.data, options);
        QVERIFY(writeFile(QDir(out.path()).filePath(names.first()), "old"));

        OriginalsExporter numbered;   // the default: nothing replaced, the new one numbered
        QVERIFY(numbered.exportTo(sample.source(), options, out.path()));
        QCOMPARE(readFile(QDir(out.path()).filePath(names.first())), QByteArray("old"));
        QVERIFY(QFileInfo(numbered.writtenFiles().first()).fileName() != names.first());

        QTemporaryDir out2;
        QVERIFY(writeFile(QDir(out2.path()).filePath(names.first()), "old"));
        OriginalsExporter replacing;
        replacing.setReplaceExisting(true);
        int steps = 0;
        replacing.setProgress([&steps](int, int) {
            ++steps;
            return true;
        });
        QVERIFY(replacing.exportTo(sample.source(), options, out2.path()));
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(filesIn(out2.path()), sorted);   // the old file replaced, no "(2)" beside it
        QCOMPARE(readFile(QDir(out2.path()).filePath(names.first())),
                 sample.bytes.value(sample.data.invoices.first().sha256));
        QCOMPARE(steps, names.size());
    }

    void originalsCancelKeepsFinishedFiles()
    {
        const test::SampleClaim sample = test::sampleClaim();
        QTemporaryDir out;
        OriginalsExporter exporter;
        exporter.setProgress([](int done, int) { return done < 2; });
        QVERIFY(!exporter.exportTo(sample.source(), ExportOptions(), out.path()));
        QVERIFY(exporter.wasCancelled());
        QCOMPARE(exporter.writtenFiles().size(), 2);
        QCOMPARE(filesIn(out.path()).size(), 2);
    }
};

QTEST_MAIN(TestExportHooks)
#include "tst_exporthooks.moc"
