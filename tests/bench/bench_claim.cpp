// A claim of 500 invoices: building it (one committed transaction per added document), editing a
// field, opening it again, Save As, and every export. The originals are the real fixture PDFs
// (recognised once, then reused with a unique trailer so each is its own file), or generated
// pages when the fixtures are absent.
// Usage: bench_claim [INVOICES] [PDF_DPI]   (default 500 invoices, report drawn at 300 dpi)

#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "export/exportregistry.h"
#include "export/originalsexporter.h"
#include "local/localrecognizer.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Source
{
    QByteArray bytes;
    RecognizedDocument document;
};

// One-invoice PDFs: real ones when the fixtures are there.
QList<Source> sources()
{
    QList<Source> out;
    if (test::haveRealFixtures()) {
        for (QDirIterator it(test::realFixturesDir(), {u"*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            const RecognizedDocument doc = LocalRecognizer::recognizeFile(path);
            QFile f(path);
            if (!doc.error && doc.invoices.size() == 1 && f.open(QIODevice::ReadOnly))
                out.append({f.readAll(), doc});
        }
    }
    if (out.isEmpty()) {
        for (int i = 0; i < 10; ++i) {
            const QByteArray pdf = test::makeTestPdf(u"发票 %1"_s.arg(i));
            const Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"00000000"_s,
                                                  u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"106.00"_s, u"示例公司"_s);
            out.append({pdf, test::recognized(pdf, u"generated-%1.pdf"_s.arg(i), {inv})});
        }
    }
    return out;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString size(qint64 bytes)
{
    return bytes > 10 * 1024 * 1024 ? u"%1 MB"_s.arg(bytes / (1024.0 * 1024.0), 0, 'f', 1)
                                    : u"%1 KB"_s.arg(bytes / 1024.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 500;
    const double dpi = args.size() > 2 ? args.at(2).toDouble() : 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.claim"_s);

    const QList<Source> pool = sources();
    std::printf("claim of %d invoices from %lld distinct %s PDFs\n\n", count, qint64(pool.size()),
                test::haveRealFixtures() ? "real fixture" : "generated");
    std::printf("%-52s %12s\n", "step", "time");

    DuplicateLedger ledger;
    ledger.open(dir.filePath(u"ledger.sqlite"_s));
    QElapsedTimer t;
    {
        ClaimDocument doc;
        doc.setLedger(&ledger);
        doc.open(path, ClaimStore::OpenMode::CreateIfMissing);
        // The undo stack would keep 500 originals in memory; a real session keeps its default.
        doc.undoStack()->setUndoLimit(20);
        QList<double> adds;
        t.start();
        for (int i = 0; i < count; ++i) {
            Source s = pool.at(i % pool.size());
            s.bytes += "\n%bench " + QByteArray::number(i) + '\n';
            s.document.sha256.clear();
            Invoice &inv = s.document.invoices.first();
            Field number = inv.fields.value(u"number"_s);
            number.value = u"%1"_s.arg(10000000 + i);
            inv.set(u"number"_s, number);
            QElapsedTimer one;
            one.start();
            doc.addDocument(s.bytes, s.document, u"invoice-%1.pdf"_s.arg(i));
            adds << ms(one);
        }
        const double total = ms(t);
        std::printf("%-52s %9.0f ms\n", qPrintable(u"add %1 documents (one transaction each)"_s.arg(count)), total);
        std::printf("%-52s %9.2f ms\n", "  median add (validate, duplicates, commit)", median(adds));
        std::printf("%-52s %9.2f ms\n", "  last add (claim nearly full)", adds.constLast());

        QList<double> edits;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer one;
            one.start();
            doc.editField(doc.invoices().at(i * 7 % count).id, u"remark"_s, u"edit %1"_s.arg(i));
            edits << ms(one);
        }
        std::printf("%-52s %9.2f ms\n", "edit one field (median of 50, committed)", median(edits));
        QList<double> undos;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer one;
            one.start();
            doc.undoStack()->undo();
            undos << ms(one);
        }
        std::printf("%-52s %9.2f ms\n", "undo one edit (median of 10)", median(undos));

        t.start();
        doc.saveAs(dir.filePath(u"copy.claim"_s));
        std::printf("%-52s %9.0f ms\n", "Save As (consistent copy of the whole file)", ms(t));
    }
    std::printf("%-52s %12s\n", "claim file size", qPrintable(size(QFileInfo(path).size())));

    ClaimDocument doc;
    doc.setLedger(&ledger);
    t.start();
    doc.open(path);
    std::printf("%-52s %9.0f ms\n", "open (load, revalidate, ledger sync)", ms(t));

    ExportSource source;
    source.data = doc.data();
    source.originalBytes = [&doc](const QString &sha) { return doc.originalBytes(sha); };
    const bool skipReport = qEnvironmentVariableIsSet("RA_BENCH_SKIP_REPORT"); // for quick runs
    for (const QString &format : exports::formats()) {
        if (format == u"pdf" && skipReport)
            continue;
        for (int layout : format == u"pdf" ? QList<int>{1, 2} : QList<int>{1}) {
            ExportOptions options;
            options.invoicesPerPage = layout;
            options.printDpi = dpi;
            const auto writer = exports::create(format);
            const QString out = dir.filePath(u"export-%1.%2"_s.arg(layout).arg(format));
            t.start();
            const QString error = exports::saveToFile(*writer, source, options, out);
            const QString label = format == u"pdf" ? u"export pdf report %1-up at %2 dpi"_s.arg(layout).arg(dpi)
                                                   : u"export "_s + format;
            std::printf("%-52s %9.0f ms  %s%s\n", qPrintable(label), ms(t), qPrintable(size(QFileInfo(out).size())),
                        error.isEmpty() ? "" : qPrintable(u"  FAILED: "_s + error));
        }
    }
    OriginalsExporter originals;
    t.start();
    originals.exportTo(source, ExportOptions(), dir.filePath(u"originals"_s));
    std::printf("%-52s %9.0f ms  %lld files\n", "export originals", ms(t), qint64(originals.writtenFiles().size()));
    return 0;
}
