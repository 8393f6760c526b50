// Writes edits to a claim file forever, printing "ack SEQ KIND" on standard output after each
// one is committed. tst_claimcrash kills it at random moments. Usage: claimwriter CLAIM FIRST_SEQ
//
// The edits cycle through the kinds of change a claim sees: field edits (small transactions),
// claim details, and whole documents with a few hundred kilobytes of original (big ones, so a
// kill often lands inside a write).
#include "claim/claimdocument.h"
#include "sampleclaim.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// Changes are written by the document's writer thread: an acknowledgement waits until the file
// has everything so far.
void acknowledge(ClaimDocument &doc, qint64 seq, const char *kind)
{
    doc.flush();
    // Unbuffered: what is printed has been committed, and nothing printed is lost with the process.
    const QByteArray line = "ack " + QByteArray::number(seq) + ' ' + kind + '\n';
    qint64 done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + done, size_t(line.size() - done));
        if (n <= 0)
            std::_Exit(3);
        done += n;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: claimwriter CLAIM FIRST_SEQ\n");
        return 2;
    }
    ClaimDocument doc;
    if (!doc.open(args.at(1))) {
        std::fprintf(stderr, "claimwriter: %s\n", qPrintable(doc.errorString()));
        return 1;
    }
    QList<qint64> ids;
    for (const ClaimInvoice &ci : doc.invoices())
        ids << ci.id;
    if (ids.isEmpty()) {
        std::fprintf(stderr, "claimwriter: the claim has no invoices to edit\n");
        return 1;
    }
    // The undo stack would keep every document's bytes: this process never undoes.
    doc.undoStack()->setUndoLimit(1);
    for (qint64 seq = args.at(2).toLongLong();; ++seq) {
        switch (seq % 5) {
        case 0:
        case 1:
        case 2:
            if (!doc.editField(ids.at(seq % ids.size()), u"remark"_s, u"edit-%1"_s.arg(seq)))
                return 1;
            acknowledge(doc, seq, "field");
            break;
        case 3: {
            ClaimDetails d = doc.details();
            d.purpose = u"purpose-%1"_s.arg(seq);
            if (!doc.setDetails(d))
                return 1;
            acknowledge(doc, seq, "details");
            break;
        }
        default: {
            QByteArray bytes = "%PDF-1.4 crash test document " + QByteArray::number(seq) + '\n';
            bytes += QByteArray(256 * 1024 + int(seq % 7) * 1000, char('a' + seq % 26));
            const Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s,
                                                  u"%1"_s.arg(seq, 8, 10, QChar(u'0')), u"2024-05-08"_s, u"100.00"_s,
                                                  u"6.00"_s, u"106.00"_s, u"崩溃测试有限公司"_s);
            if (doc.addDocument(bytes, test::recognized(bytes, u"doc-%1.pdf"_s.arg(seq), {inv}))
                != ClaimDocument::AddResult::Added)
                return 1;
            acknowledge(doc, seq, "document");
            break;
        }
        }
    }
}
