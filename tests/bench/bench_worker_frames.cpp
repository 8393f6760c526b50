// What a page drawn in reimburse-worker costs the thread that asked for it (the desk's GUI
// thread for the page view): its own CPU time from the request to the page, and the longest
// time its event loop could not run meanwhile (a 1 ms timer's largest lateness), then what
// QPixmap::fromImage of the page costs it (the page view's next step), for pages the
// page view asks for: a 24-megapixel photo (tests/support: largePhotoJpeg, 6000 × 4000) whole
// and at the scale a fitted view shows it, and an A4 PDF page at 150 and at 600 dpi (the page
// view's largest). Median of N runs after one that starts the worker.
//
//   REIMBURSE_WORKER=build/app/reimburse-worker build/tests/bench/bench_worker_frames [RUNS]
//
// docs/worker-process.md ("What a page from a worker costs the GUI thread") and
// docs/performance.md have the figures.
#include "hostiledocuments.h"
#include "pdfbytes.h"
#include "testpaths.h"
#include "worker/workerpool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPixmap>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    double stallMs = 0;
    double pixmapMs = 0;
    qint64 frameBytes = 0;
    QSize size;
    bool ok = false;
};

Run renderOnce(WorkerPool &pool, const QByteArray &bytes, double dpi, double imageScale)
{
    Run run;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        run.stallMs = std::max(run.stallMs, sinceTick.nsecsElapsed() / 1e6 - 1.0);
        sinceTick.restart();
    });
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu0 = threadCpuNs();
    sinceTick.start();
    probe.start();
    WorkerRequest *r = pool.render(bytes, 0, dpi, imageScale);
    r->setAutoDelete(false);
    QObject::connect(r, &WorkerRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    run.cpuMs = (threadCpuNs() - cpu0) / 1e6;
    run.wallMs = wall.nsecsElapsed() / 1e6;
    run.ok = r->page().ok();
    run.size = r->page().image.size();
    run.frameBytes = r->page().image.sizeInBytes();
    // What the page view does next on the GUI thread with the picture.
    QElapsedTimer pixmap;
    pixmap.start();
    const QPixmap shown = QPixmap::fromImage(r->page().image);
    run.pixmapMs = pixmap.nsecsElapsed() / 1e6;
    delete r;
    return run;
}

QByteArray a4Pdf()
{
    QByteArray content;
    for (int i = 0; i < 40; ++i)
        content += "BT /F1 11 Tf 50 " + QByteArray::number(800 - 19 * i) + " Td (Invoice line " + QByteArray::number(i)
                   + " 12345678 1,234.56) Tj ET\n";
    return test::buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                           "/Resources << /Font << /F1 5 0 R >> >> >>",
                           "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                               + "endstream",
                           "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("REIMBURSE_WORKER"))
        qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QByteArray photo = test::largePhotoJpeg();
    const QByteArray pdf = a4Pdf();
    struct Case
    {
        const char *name;
        QByteArray bytes;
        double dpi;
        double imageScale;
    };
    // A fitted page view on a 1000-pixel-wide window shows the photo at 1000 / 6000.
    const QList<Case> cases{{"photo 6000x4000, whole", photo, 96, 1.0},
                            {"photo 6000x4000, at 1/6 (fitted view)", photo, 96, 1.0 / 6},
                            {"A4 PDF page, 150 dpi", pdf, 150, 1.0},
                            {"A4 PDF page, 600 dpi", pdf, 600, 1.0}};
    std::printf("%-40s %10s %9s %9s %11s %17s %10s\n", "page", "pixels", "frame MB", "wall ms", "GUI CPU ms",
                "longest stall ms", "pixmap ms");
    for (const Case &c : cases) {
        WorkerPool pool(WorkerPoolOptions::fromEnvironment(1));
        renderOnce(pool, c.bytes, c.dpi, c.imageScale); // starts the worker
        QList<double> wall, cpu, stall, pixmap;
        Run last;
        for (int i = 0; i < runs; ++i) {
            last = renderOnce(pool, c.bytes, c.dpi, c.imageScale);
            if (!last.ok) {
                std::printf("%-40s failed\n", c.name);
                break;
            }
            wall << last.wallMs;
            cpu << last.cpuMs;
            stall << last.stallMs;
            pixmap << last.pixmapMs;
        }
        std::printf("%-40s %4dx%-5d %9.1f %9.1f %11.1f %17.1f %10.1f\n", c.name, last.size.width(),
                    last.size.height(), last.frameBytes / 1048576.0, median(wall), median(cpu), median(stall),
                    median(pixmap));
    }
    return 0;
}
