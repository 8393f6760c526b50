// Local recognition speed against reference tools, in one run on one machine:
//  - per document in-process (PDF, OFD, image) vs `pdftotext` / `zbarimg` as processes,
//  - one-page PDF: the whole `reimburse-cli recognize` process vs the `pdftotext` process,
//  - the whole fixture folder through `reimburse-cli recognize` vs pdftotext + zbarimg over
//    the same files.
// Usage: bench_local_recognition [FIXTURE_DIR] [REPEATS]   (default ../shared/fixtures/real, 5)

#include "local/localrecognizer.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <algorithm>
#include <cstdio>

using namespace ra;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double runProcessMs(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return -1;
    return t.nsecsElapsed() / 1e6;
}

template<typename F>
double medianMs(int repeats, F &&f)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

QStringList filesWithSuffix(const QString &dir, const QStringList &suffixes)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (suffixes.contains(QFileInfo(f).suffix().toLower()))
            out.append(f);
    }
    out.sort();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args[1] : test::realFixturesDir();
    const int repeats = args.size() > 2 ? args[2].toInt() : 5;
    const QString cli = test::cliPath();

    const QStringList pdfs = filesWithSuffix(dir, {QStringLiteral("pdf")});
    const QStringList ofds = filesWithSuffix(dir, {QStringLiteral("ofd")});
    const QStringList images = filesWithSuffix(dir, {QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                                     QStringLiteral("png")});
    std::printf("fixture folder: %s (%lld PDF, %lld OFD, %lld images), median of %d runs\n\n", qPrintable(dir),
                qsizetype(pdfs.size()), qsizetype(ofds.size()), qsizetype(images.size()), repeats);

    // Warm-up: the first call loads fonts, pdfium and image plugins.
    if (!pdfs.isEmpty())
        LocalRecognizer::recognizeFile(pdfs.first());

    std::printf("%-70s %8s %8s %10s %8s %6s\n", "one-page PDF", "ours ms", "cli ms", "pdftotext", "in-proc", "cli");
    QList<double> inprocRatios;
    QList<double> cliRatios;
    for (const QString &pdf : pdfs) {
        const RecognizedDocument probe = LocalRecognizer::recognizeFile(pdf);
        if (probe.pages != 1)
            continue;
        const double ours = medianMs(repeats, [&] { LocalRecognizer::recognizeFile(pdf); });
        const double oursCli = median([&] {
            QList<double> v;
            for (int i = 0; i < repeats; ++i)
                v.append(runProcessMs(cli, {QStringLiteral("recognize"), QStringLiteral("--format"),
                                            QStringLiteral("json"), pdf}));
            return v;
        }());
        const double ref = median([&] {
            QList<double> v;
            for (int i = 0; i < repeats; ++i)
                v.append(runProcessMs(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                                     QStringLiteral("-")}));
            return v;
        }());
        inprocRatios.append(ours / ref);
        cliRatios.append(oursCli / ref);
        std::printf("%-70s %8.1f %8.1f %10.1f %7.2fx %5.2fx\n", qPrintable(QFileInfo(pdf).fileName().right(70)), ours,
                    oursCli, ref, ours / ref, oursCli / ref);
    }
    std::printf("median ratio, one-page PDF: in-process %.2fx, whole CLI process %.2fx of pdftotext (target <= 2x)\n\n",
                median(inprocRatios), median(cliRatios));

    for (const QString &pdf : pdfs) {
        const RecognizedDocument probe = LocalRecognizer::recognizeFile(pdf);
        if (probe.pages <= 1)
            continue;
        const double ours = medianMs(repeats, [&] { LocalRecognizer::recognizeFile(pdf); });
        const double ref = median([&] {
            QList<double> v;
            for (int i = 0; i < repeats; ++i)
                v.append(runProcessMs(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                                     QStringLiteral("-")}));
            return v;
        }());
        std::printf("multi-page PDF %s: %d pages, ours %.1f ms (%.1f ms/page), pdftotext %.1f ms, ratio %.2fx\n\n",
                    qPrintable(QFileInfo(pdf).fileName()), probe.pages, ours, ours / probe.pages, ref, ours / ref);
    }

    QList<double> ofdTimes;
    for (const QString &ofd : ofds)
        ofdTimes.append(medianMs(repeats, [&] { LocalRecognizer::recognizeFile(ofd); }));
    std::printf("OFD: median %.1f ms per document in-process (%lld documents)\n\n", median(ofdTimes),
                qsizetype(ofdTimes.size()));

    std::printf("%-50s %8s %8s %8s\n", "image", "ours ms", "zbarimg", "ratio");
    QList<double> imageRatios;
    for (const QString &img : images) {
        const double ours = medianMs(repeats, [&] { LocalRecognizer::recognizeFile(img); });
        const double ref = median([&] {
            QList<double> v;
            for (int i = 0; i < repeats; ++i)
                v.append(runProcessMs(QStringLiteral("zbarimg"), {QStringLiteral("-q"), img}));
            return v;
        }());
        imageRatios.append(ours / ref);
        std::printf("%-50s %8.1f %8.1f %7.2fx\n", qPrintable(QFileInfo(img).fileName().right(50)), ours, ref,
                    ours / ref);
    }
    std::printf("median ratio, image: %.2fx of zbarimg\n\n", median(imageRatios));

    QList<double> whole;
    QList<double> reference;
    for (int i = 0; i < qMax(1, repeats / 2); ++i) {
        whole.append(runProcessMs(cli, {QStringLiteral("recognize"), QStringLiteral("--format"),
                                        QStringLiteral("json"), dir}));
        QElapsedTimer t;
        t.start();
        for (const QString &pdf : pdfs)
            runProcessMs(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const QString &img : images)
            runProcessMs(QStringLiteral("zbarimg"), {QStringLiteral("-q"), img});
        reference.append(t.nsecsElapsed() / 1e6);
    }
    std::printf("whole folder: reimburse-cli recognize %.0f ms; pdftotext+zbarimg over the same files %.0f ms; "
                "ratio %.2fx (target: under 3000 ms on 2 cores)\n",
                median(whole), median(reference), median(whole) / median(reference));
    return 0;
}
