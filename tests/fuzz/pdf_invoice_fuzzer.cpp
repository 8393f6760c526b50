// libFuzzer target for the PDF invoice extractor and the text layer it reads (bytes in):
//  - input that starts with "%PDF-": a PDF, opened with QtPdf; the text layer of its first pages
//    is read and PdfInvoiceExtractor runs on it, as the local provider does (pdfium itself is
//    not instrumented: what is found there is a hang or a crash, not a sanitizer report);
//  - anything else: a text layer built directly (PdfTextLayer::fromRuns), so the fuzzer drives
//    the word and line building and every label-relative rule of the extractor with arbitrary
//    text and boxes, without pdfium in the way: the first byte is the number of runs, then
//    four 16-bit coordinates per run, the rest is the page's text (UTF-8).
// Any input must end in invoices or none: a crash, a sanitizer report, a leak or a hang is a bug.
// Build and run: docs/security.md ("Fuzzing"), scripts/fuzz.sh.

#include "local/pdfinvoiceextractor.h"
#include "pdf/pdftextlayer.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QTemporaryFile>
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

constexpr int kMaxPages = 3;

void fuzzPdf(const QByteArray &bytes)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return;
    QPdfDocument pdf;
    if (pdf.load(file.fileName()) != QPdfDocument::Error::None)
        return;
    for (int page = 0; page < std::min(pdf.pageCount(), kMaxPages); ++page)
        (void)ra::PdfInvoiceExtractor::extractInvoices(pdf, page);
}

void fuzzLayer(const QByteArray &bytes)
{
    const int runCount = bytes.isEmpty() ? 0 : quint8(bytes.at(0));
    qsizetype at = 1;
    QList<QRectF> runs;
    const auto next = [&] {
        if (at + 2 > bytes.size())
            return 0;
        const int v = quint8(bytes.at(at)) | (quint8(bytes.at(at + 1)) << 8);
        at += 2;
        return v;
    };
    for (int i = 0; i < runCount && at + 8 <= bytes.size(); ++i) {
        // Page points (A4 is 595 × 842), a little beyond the page on every side.
        const double x = next() % 700 - 50, y = next() % 950 - 50;
        const double w = next() % 400, h = next() % 60;
        runs.append(QRectF(x, y, w, h));
    }
    const QString text = QString::fromUtf8(bytes.mid(at));
    const ra::PdfTextLayer layer = ra::PdfTextLayer::fromRuns(text, runs, QSizeF(595, 842));
    (void)layer.text();
    (void)ra::PdfInvoiceExtractor::extractInvoices(layer, 1);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*=false");
    static QGuiApplication *app = new QGuiApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("%PDF-"))
        fuzzPdf(bytes);
    else
        fuzzLayer(bytes);
    return 0;
}
