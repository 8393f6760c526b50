// Offline OCR against Tesseract on scan- and photo-like images of the sample invoices
// (docs/ocr.md, docs/performance.md). Not a test: prints a table and ratios.
//
//   build/tests/bench/bench_ocr [--styles clean,photo,...] [--no-tesseract] [--keep DIR]
//   build/tests/bench/bench_ocr --dump IMAGE   the OCR lines and the text layer the fields come from
//
// For every sample PDF page and style (tests/support/scanimages.*): the image is written as JPEG
// (quality 92 unless the style sets one), then
//  - ours: LocalRecognizer with the QR code off (OCR alone) - time, and how many ground-truth
//    fields come out right; and the share of ground-truth values found in the OCR text;
//  - tesseract IMG stdout -l chi_sim --psm 6 (Debian's tesseract-ocr, tesseract-ocr-chi-sim):
//    time, and the share of ground-truth values found in its text (it gives no fields).
#include "local/localrecognizer.h"
#include "local/ocr/ocrengine.h"
#include "local/ocr/ocrinvoicereader.h"
#include "scanimages.h"
#include "textnormalize.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace ra;

namespace {

int found(const QMap<QString, QString> &truth, const QString &text)
{
    const QString t = text::compact(text);
    int n = 0;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        QString v = text::compact(it.value());
        if (it.key() == QLatin1String("date")) // printed as 2024年05月20日
            v = v.left(4);
        if (t.contains(v))
            ++n;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QStringList styles;
    bool tesseract = true;
    QString keep;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--styles") && i + 1 < args.size())
            styles = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--no-tesseract"))
            tesseract = false;
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
    }
    QTextStream out(stdout);
    if (args.size() == 2 && args[0] == QLatin1String("--dump")) {
        const ocr::OcrPage page = ocr::OcrEngine::forCurrentThread()->read(QImage(args[1]));
        out << "rotation " << page.rotation << ", det " << page.detectMs << " ms, cls " << page.classifyMs
            << " ms, rec " << page.recognizeMs << " ms\n";
        for (const ocr::OcrLine &l : page.lines)
            out << QString::number(l.score, 'f', 2) << "  " << l.text << "\n";
        out << "\n--- text layer (reading frame) ---\n" << ocr::OcrInvoiceReader::textLayer(page).text() << "\n";
        return 0;
    }
    QString why;
    if (!ocr::OcrEngine::forCurrentThread(&why)) {
        out << "OCR models not installed: " << why << "\n";
        return 1;
    }
    QTemporaryDir tmp;
    const QString samples = tmp.path() + QStringLiteral("/samples");
    if (!test::generateSamples(samples, &why)) {
        out << "reimburse-samples failed: " << why << "\n";
        return 1;
    }
    const QString imgDir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(imgDir);
    const auto truth = test::samplePdfTruth(samples);

    QMap<QString, int> fieldRight, fieldTotal;
    double oursMs = 0, tessMs = 0;
    int oursFound = 0, tessFound = 0, truthCount = 0, images = 0;
    out << "image | fields right (ours) | values in text: ours / tesseract | time ms: ours / tesseract\n";
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const QString file = it.key().section(QLatin1Char('#'), 0, 0);
        const int page = it.key().section(QLatin1Char('#'), 1).toInt() - 1;
        const QMap<QString, QString> want = test::truthFields(it.value());
        for (const test::ScanStyle &style : test::scanStyles()) {
            if (!styles.isEmpty() && !styles.contains(style.name))
                continue;
            const QImage img = test::makeScan(samples + QLatin1Char('/') + file, page, style);
            const QString name = QStringLiteral("%1/%2-p%3-%4.jpg").arg(imgDir, QFileInfo(file).completeBaseName()).arg(page + 1).arg(style.name);
            img.save(name, "JPEG", style.jpegQuality > 0 ? 100 : 92);

            LocalRecognizer::Options o;
            o.decodeQr = false;
            QElapsedTimer t;
            t.start();
            const RecognizedDocument doc = LocalRecognizer::recognizeFile(name, o);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const ocr::OcrPage page0 = ocr::OcrEngine::forCurrentThread()->read(QImage(name));
            int right = 0;
            const Invoice inv = doc.invoices.isEmpty() ? Invoice() : doc.invoices.first();
            for (auto w = want.cbegin(); w != want.cend(); ++w) {
                ++fieldTotal[w.key()];
                if (test::sameFieldValue(w.key(), w.value(), inv.value(w.key()))) {
                    ++fieldRight[w.key()];
                    ++right;
                }
            }
            const int ours = found(want, page0.text());
            int tess = -1;
            double tms = 0;
            if (tesseract) {
                QProcess p;
                t.restart();
                p.start(QStringLiteral("tesseract"), {name, QStringLiteral("stdout"), QStringLiteral("-l"),
                                                      QStringLiteral("chi_sim"), QStringLiteral("--psm"), QStringLiteral("6")});
                p.waitForFinished(300000);
                tms = double(t.nsecsElapsed()) / 1e6;
                tess = found(want, QString::fromUtf8(p.readAllStandardOutput()));
                tessFound += tess;
                tessMs += tms;
            }
            oursMs += ms;
            oursFound += ours;
            truthCount += int(want.size());
            ++images;
            out << QFileInfo(name).fileName() << " | " << right << "/" << want.size() << " | " << ours << " / "
                << tess << " | " << qRound(ms) << " / " << qRound(tms) << "\n";
            out.flush();
        }
    }
    out << "\nper field (ours, OCR alone, fields right / images):\n";
    for (auto it = fieldTotal.cbegin(); it != fieldTotal.cend(); ++it)
        out << "  " << it.key() << ": " << fieldRight.value(it.key()) << "/" << it.value() << "\n";
    out << "\nimages: " << images << "\n";
    out << "ground-truth values found in the text: ours " << oursFound << "/" << truthCount;
    if (tesseract)
        out << ", tesseract " << tessFound << "/" << truthCount;
    out << "\nmean time per image: ours " << qRound(oursMs / std::max(images, 1)) << " ms";
    if (tesseract)
        out << ", tesseract " << qRound(tessMs / std::max(images, 1)) << " ms, ratio ours/tesseract "
            << QString::number(oursMs / std::max(tessMs, 1.0), 'f', 2);
    out << "\n";
    return 0;
}
