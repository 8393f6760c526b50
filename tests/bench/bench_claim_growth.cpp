// Does adding a document cost the same in a claim of 1,000 as in a claim of 100 (issue #13:
// 1,001 additions took 90 s with --claim against 27 s without)? Adds DOCUMENTS one-invoice
// documents to a claim with the duplicate ledger, the way `reimburse-cli recognize --claim`
// does (ClaimDocument::addDocument), each followed by flush() so the committed transaction is
// counted too, and prints the median time of an add around 100 and around 1,000 documents (40
// adds each) and their ratio (1.0: an add costs the same however large the claim).
// Usage: bench_claim_growth [DOCUMENTS] [--same]
//   DOCUMENTS  default 1020 (at least 1020 for the second figure)
//   --same     every document carries the same invoice (copies: one duplicate group that grows
//              with the claim), instead of distinct invoice numbers

#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "sampleclaim.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// The median add of the 40 around `at` (a committed add waits for fsync, whose time varies with
// what else the disk does: the median is the steadier figure).
double medianAround(const QList<double> &v, qsizetype at)
{
    const qsizetype from = at - 20, count = 40;
    if (from < 0 || from + count > v.size())
        return 0;
    QList<double> w = v.mid(from, count);
    std::sort(w.begin(), w.end());
    return w.at(count / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const bool same = args.contains(u"--same"_s);
    int count = 1020;
    for (const QString &a : args.mid(1))
        if (a.toInt() > 0)
            count = a.toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"growth.claim"_s);
    DuplicateLedger ledger;
    ledger.open(dir.filePath(u"ledger.sqlite"_s));
    const QByteArray base = test::makeTestPdf(u"发票"_s);

    std::printf("adding %d documents (%s) to a claim with the duplicate ledger, each add flushed\n", count,
                same ? "copies of one invoice" : "distinct invoices");
    QList<double> adds;     // the whole add, committed to the file
    QList<double> checks;   // the document's own part (findings, duplicates, ledger), before the write
    QElapsedTimer total;
    total.start();
    {
        ClaimDocument doc;
        doc.setLedger(&ledger);
        doc.open(path, ClaimStore::OpenMode::CreateIfMissing);
        doc.undoStack()->setUndoLimit(20);   // as reimburse-cli: the run's adds are not undone
        for (int i = 0; i < count; ++i) {
            const QByteArray bytes = base + "\n%growth " + QByteArray::number(i) + '\n';
            const QString number = same ? u"10000000"_s : u"%1"_s.arg(10000000 + i);
            const Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, {}, u"241120000000"_s + number,
                                                  u"2024-11-20"_s, u"100.00"_s, u"6.00"_s, u"106.00"_s,
                                                  u"示例公司"_s);
            const RecognizedDocument document = test::recognized(bytes, u"invoice-%1.pdf"_s.arg(i), {inv});
            QElapsedTimer one;
            one.start();
            doc.addDocument(bytes, document, u"invoice-%1.pdf"_s.arg(i));
            checks << one.nsecsElapsed() / 1e6;
            doc.flush();
            adds << one.nsecsElapsed() / 1e6;
        }
    }
    const double all = total.nsecsElapsed() / 1e6;
    std::printf("%-44s %10.0f ms\n", "all adds", all);
    const auto report = [](const char *what, const QList<double> &v) {
        const double at100 = medianAround(v, 100);
        const double at1000 = medianAround(v, 1000);
        std::printf("%s\n  %-42s %10.3f ms\n", what, "median around document 100", at100);
        if (at1000 > 0)
            std::printf("  %-42s %10.3f ms\n  %-42s %10.2f\n", "median around document 1000", at1000,
                        "ratio (1000 / 100; 1.0 = linear)", at1000 / at100);
    };
    report("add, committed (fsync included)", adds);
    report("add, the document's own work (before the write)", checks);
    std::printf("%-44s %10.1f MB\n", "claim file", QFileInfo(path).size() / (1024.0 * 1024.0));
    return 0;
}
