// OFD page rendering speed: one invoice page at 150 dpi, median of N runs, against the
// issue's target (well under 100 ms) and, when the invoice has a PDF twin (same name, .pdf,
// next to it), against `pdftoppm -r 150` rendering that PDF's first page.
//   - "load+render": renderOfdPage() from the file's bytes (unzip, parse, draw) — what
//     `reimburse-cli render` and the thumbnails do;
//   - "render": drawing again with a loaded OfdRenderer — what the review desk does when it
//     zooms;
//   - "cli": the whole `reimburse-cli render` process (start-up, fonts, PNG encoding).
// Usage: bench_ofd_render [OFD_FILE_OR_DIR] [REPEATS]
//   default: the generated digital-normal.ofd and every OFD under ../shared/fixtures/real, 15.

#include "ofd/render/ofdrenderer.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace ra;

namespace {

constexpr double kDpi = 150.0;
constexpr double kTargetMs = 100.0;

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double medianMs(int repeats, F &&f)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return -1;
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

bool runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList ofdFilesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.ofd")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
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
    const int repeats = args.size() > 2 ? std::max(1, args[2].toInt()) : 15;
    const QString cli = test::cliPath();
    const bool havePdftoppm = !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();

    QTemporaryDir tmp;
    QStringList files;
    QString headline; // the "one invoice page" the target is about
    if (args.size() > 1) {
        files = QFileInfo(args[1]).isDir() ? ofdFilesIn(args[1]) : QStringList{args[1]};
    } else {
        if (runProcess(test::samplesGeneratorPath(), {tmp.path()}))
            files.append(tmp.path() + QStringLiteral("/digital-normal.ofd"));
        files += ofdFilesIn(test::realFixturesDir());
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no OFD files to render\n");
        return 1;
    }
    headline = files.first();

    // Warm-up: fonts, image plugins and the glyph caches of the first run are not what a
    // running application pays per page.
    {
        QFile f(files.first());
        if (f.open(QIODevice::ReadOnly))
            renderOfdPage(f.readAll(), 0, kDpi);
    }

    std::printf("OFD page 1 at %.0f dpi, median of %d runs (target: well under %.0f ms)\n\n", kDpi, repeats, kTargetMs);
    std::printf("%-58s %12s %9s %8s %10s %7s\n", "file", "load+render", "render", "cli", "pdftoppm", "ratio");
    QList<double> loadRender;
    QList<double> renderOnly;
    double headlineMs = -1;
    double headlinePdf = -1;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const double full = medianMs(repeats, [&] { return renderOfdPage(bytes, 0, kDpi).ok(); });
        OfdRenderer renderer;
        double again = -1;
        if (!renderer.load(bytes))
            again = medianMs(repeats, [&] { return renderer.render(0, kDpi).ok(); });
        const QString out = tmp.path() + QStringLiteral("/page.png");
        const double process = medianMs(std::min(repeats, 5), [&] {
            return runProcess(cli, {QStringLiteral("render"), path, QStringLiteral("--dpi"), QString::number(kDpi),
                                    QStringLiteral("--out"), out});
        });
        // The same invoice as PDF, when there is one beside it.
        const QString twin = QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() + QStringLiteral(".pdf");
        double pdf = -1;
        if (havePdftoppm && QFileInfo::exists(twin))
            pdf = medianMs(std::min(repeats, 5), [&] {
                return runProcess(QStringLiteral("pdftoppm"),
                                  {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), twin,
                                   tmp.path() + QStringLiteral("/twin")});
            });
        if (full >= 0)
            loadRender.append(full);
        if (again >= 0)
            renderOnly.append(again);
        if (path == headline) {
            headlineMs = full;
            headlinePdf = pdf;
        }
        QString name = QFileInfo(path).fileName();
        if (name.size() > 58)
            name = name.left(55) + QStringLiteral("...");
        std::printf("%-58s %12.1f %9.1f %8.1f ", qPrintable(name), full, again, process);
        if (pdf >= 0)
            std::printf("%10.1f %6.2fx\n", pdf, process / pdf);
        else
            std::printf("%10s %7s\n", "-", "-");
    }
    std::printf("\nmedian over %lld files: load+render %.1f ms, render %.1f ms\n", qsizetype(loadRender.size()),
                median(loadRender), median(renderOnly));
    std::printf("one invoice page (%s): %.1f ms load+render at %.0f dpi; target < %.0f ms: %s\n",
                qPrintable(QFileInfo(headline).fileName()), headlineMs, kDpi, kTargetMs,
                headlineMs >= 0 && headlineMs < kTargetMs ? "met" : "NOT met");
    if (headlinePdf >= 0)
        std::printf("pdftoppm -r %.0f on its PDF twin: %.1f ms (a whole process)\n", kDpi, headlinePdf);
    else
        std::printf("no PDF twin of that invoice beside it: no pdftoppm comparison\n");
    return 0;
}
