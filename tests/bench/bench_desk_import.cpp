// Imports 100 mixed documents into the review desk (offscreen) and reports what a person would
// feel: the longest time the GUI thread was blocked (an event-loop latency probe), the time
// until every row and every thumbnail is there, and memory. The reference in the same run is
// the headless pipeline on the same files (`reimburse-cli recognize`) plus `pdftoppm` drawing
// thumbnails of the PDFs, so the ratios show what the desk adds.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_desk_import [SOURCE_DIR] [COUNT]
//
// SOURCE_DIR defaults to ../shared/fixtures/real (read in place), COUNT to 100. Copies are made
// distinct (a byte appended after the end of the PDF or image) so each is a new document.
#include "claim/claimdocument.h"
#include "core/memorycredentialstore.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <atomic>
#include <chrono>
#include <csignal>
#include <execinfo.h>
#include <malloc.h>
#include <pthread.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// RA_STALL_TRACE=1: a watchdog thread signals the GUI thread when it has not ticked for 20 ms,
// and the handler prints where it is (backtrace to stderr): stalls found, not guessed.
// RA_STALL_TRACE=cpu: the same when the GUI thread has *worked* 16 ms (its own CPU time) since
// its last tick, so on a busy machine the stacks are the desk's work, not the scheduler's.
std::atomic<qint64> g_lastTick{0};
std::atomic<qint64> g_lastTickCpu{0};
pthread_t g_guiThread;
clockid_t g_guiCpuClock;

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void printStack(int)
{
    void *frames[64];
    const int n = backtrace(frames, 64);
    const char header[] = "---- GUI thread stalled here:\n";
    (void)!::write(2, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, 2);
}

void startStallWatchdog(bool byCpu)
{
    g_guiThread = pthread_self();
    std::signal(SIGUSR2, printStack);
    std::thread([byCpu] {
        qint64 reported = 0;
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(byCpu ? 1 : 2));
            const qint64 last = g_lastTick.load();
            const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch()).count();
            const bool stalled = byCpu ? clockNs(g_guiCpuClock) - g_lastTickCpu.load() > 16000000
                                       : now - last > 20000000;
            if (last && stalled && reported != last) {
                reported = last;
                pthread_kill(g_guiThread, SIGUSR2);
            }
        }
    }).detach();
}

qint64 statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Records the longest gap between timer ticks beyond their interval: how long the event loop
// could not run, i.e. how long the window would have been frozen.
class LatencyProbe : public QObject
{
public:
    explicit LatencyProbe(int intervalMs) : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        pthread_getcpuclockid(pthread_self(), &g_guiCpuClock);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = clockNs(g_guiCpuClock);
            g_lastTick = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::steady_clock::now().time_since_epoch()).count();
            g_lastTickCpu = cpu;
            if (m_lastCpu) {
                // What the GUI thread itself computed between two ticks: the part of a stall
                // that is the desk's work, whatever else the machine runs.
                const double busy = (cpu - m_lastCpu) / 1000000.0;
                m_worstBusy = std::max(m_worstBusy, busy);
                if (busy > 16)
                    ++m_busyOverFrame;
            }
            m_lastCpu = cpu;
            if (m_last) {
                const double gap = (now - m_last) / 1000000.0 - m_interval;
                if (gap > 40 && qEnvironmentVariableIsSet("RA_TRACE"))
                    std::fprintf(stderr, "stall %.0f ms\n", gap);
                m_worst = std::max(m_worst, gap);
                if (gap > 50)
                    ++m_over50;
                if (gap > 16)
                    ++m_overFrame;
            }
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return m_worst; }
    int ticks() const { return m_ticks; }
    int over50() const { return m_over50; }
    int overFrame() const { return m_overFrame; }
    double worstBusyMs() const { return m_worstBusy; }
    int busyOverFrame() const { return m_busyOverFrame; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_worst = 0;
    double m_worstBusy = 0;
    int m_busyOverFrame = 0;
    int m_ticks = 0;
    int m_over50 = 0;      // stalls a person notices
    int m_overFrame = 0;   // stalls longer than a 60 Hz frame
    int m_interval;
};

QStringList makeInputs(const QString &source, int count, const QString &target)
{
    QStringList originals;
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (QStringList{u"pdf"_s, u"ofd"_s, u"jpg"_s, u"jpeg"_s, u"png"_s}.contains(suffix))
            originals << path;
    }
    std::sort(originals.begin(), originals.end());
    QStringList made;
    QSet<QString> ofdUsed;
    for (int i = 0; made.size() < count && !originals.isEmpty(); ++i) {
        const QString src = originals.at(i % originals.size());
        const QString suffix = QFileInfo(src).suffix().toLower();
        QFile in(src);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = in.readAll();
        if (suffix == u"ofd") {
            // A zip cannot take trailing bytes safely: each OFD once.
            if (ofdUsed.contains(src)) {
                if (i > count * 4)
                    break;
                continue;
            }
            ofdUsed.insert(src);
        } else {
            bytes += "\n%bench-" + QByteArray::number(i) + "\n";
        }
        const QString out = QDir(target).filePath(u"%1-%2"_s.arg(i, 3, 10, QChar(u'0')).arg(QFileInfo(src).fileName()));
        QFile o(out);
        if (o.open(QIODevice::WriteOnly) && o.write(bytes) == bytes.size())
            made << out;
    }
    return made;
}

double timeProcess(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(600000))
        return -1;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    // Recognition runs in reimburse-worker, which the desk looks for beside its own program:
    // from the build tree the bench names the one built with it.
    if (qEnvironmentVariableIsEmpty("REIMBURSE_WORKER"))
        qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const QString source = args.size() > 1 ? args.at(1) : test::realFixturesDir();
    const int count = args.size() > 2 ? args.at(2).toInt() : 100;
    QTemporaryDir dir;
    const QString inputDir = dir.filePath(u"inputs"_s);
    QDir().mkpath(inputDir);
    const QStringList inputs = makeInputs(source, count, inputDir);
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "no documents under %s\n", qPrintable(source));
        return 2;
    }

    // The reference: the same documents through the CLI, and pdftoppm thumbnails of the PDFs.
    const double cliMs = timeProcess(test::cliPath(), {u"recognize"_s, u"--format"_s, u"json"_s, inputDir});
    // The headless pipeline's peak memory on the same files: the reference for the desk's.
    struct rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const qint64 cliPeakKb = children.ru_maxrss;
    QStringList pdfs;
    for (const QString &f : inputs)
        if (f.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            pdfs << f;
    QElapsedTimer popplerTimer;
    popplerTimer.start();
    int popplerDone = 0;
    for (const QString &pdf : std::as_const(pdfs))
        if (timeProcess(u"pdftoppm"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-scale-to"_s, u"108"_s, u"-png"_s, pdf,
                                        dir.filePath(u"thumb-%1"_s.arg(popplerDone++))})
            < 0)
            break;
    const double popplerMs = popplerTimer.nsecsElapsed() / 1e6;

    const qint64 rssBefore = statusKb("VmRSS:");
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    MainWindow::Options options;
    options.settings = &settings;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    options.ledgerPath = u"-"_s;
    options.untitledDir = dir.filePath(u"untitled"_s);
    options.cacheDirectory = dir.filePath(u"cache"_s);
    options.offerRecovery = false;
    MainWindow window(std::move(options));
    window.resize(1400, 860);
    window.show();
    QCoreApplication::processEvents();
    const qint64 rssWindow = statusKb("VmRSS:");

    if (qEnvironmentVariableIsSet("RA_STALL_TRACE"))
        startStallWatchdog(qEnvironmentVariable("RA_STALL_TRACE") == u"cpu"_s);
    LatencyProbe probe(5);
    QElapsedTimer clock;
    clock.start();
    double rowsMs = -1;
    double thumbsMs = -1;
    QObject::connect(window.importer(), &ImportController::finished, &app, [&] { rowsMs = clock.nsecsElapsed() / 1e6; });
    window.importFiles({inputDir});
    // The list shows every row as it would on screen, so thumbnails are asked for by painting.
    // The loop sleeps in the event loop as the application does (the probe's 5 ms timer wakes
    // it): polling would keep the GUI thread busy and take a core from the recognisers.
    bool thumbnailsAsked = false;
    while (rowsMs < 0 || thumbsMs < 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (rowsMs >= 0 && thumbsMs < 0) {
            auto *model = window.listModel();
            if (!thumbnailsAsked) {
                for (int r = 0; r < model->invoiceCount(); ++r)
                    model->index(r, 0).data(Qt::DecorationRole);
                thumbnailsAsked = true;
            }
            if (window.thumbnails()->pending() == 0 && window.thumbnails()->ready() >= model->invoiceCount() * 9 / 10)
                thumbsMs = clock.nsecsElapsed() / 1e6;
        }
        if (clock.elapsed() > 600000)
            break;
    }
    const qint64 rssAfter = statusKb("VmRSS:");
    const qint64 peak = statusKb("VmHWM:");
    // Freed memory that glibc keeps in the recognisers' thread arenas is not held by the desk:
    // give it back to see what really stays.
    malloc_trim(0);
    const qint64 rssTrimmed = statusKb("VmRSS:");
    const int invoices = window.listModel()->invoiceCount();

    std::printf("documents: %lld (from %s)\n", qlonglong(inputs.size()), qPrintable(source));
    std::printf("invoices in the list: %d, error rows: %d, thumbnails: %d\n", invoices,
                window.listModel()->pendingCount(), window.thumbnails()->ready());
    std::printf("longest GUI-thread stall: %.1f ms (target < 50 ms; %d probe ticks); stalls over 50 ms: %d, over 16 ms: %d\n",
                probe.worstMs(), probe.ticks(), probe.over50(), probe.overFrame());
    std::printf("longest GUI-thread work between ticks (its CPU time, independent of the machine's load): %.1f ms; "
                "over 16 ms: %d\n",
                probe.worstBusyMs(), probe.busyOverFrame());
    std::printf("all rows: %.0f ms; all thumbnails: %.0f ms\n", rowsMs, thumbsMs);
    std::printf("reference: reimburse-cli recognize %.0f ms; pdftoppm thumbnails of %lld PDFs %.0f ms\n", cliMs,
                qlonglong(pdfs.size()), popplerMs);
    std::printf("ratio rows / CLI: %.2f; ratio thumbnails / (CLI + pdftoppm): %.2f\n", rowsMs / cliMs,
                thumbsMs / (cliMs + popplerMs));
    std::printf("memory: RSS %lld MB before the window, %lld MB with it, %lld MB after the import (peak %lld MB), "
                "%lld MB once freed memory is returned (malloc_trim); growth %.1f KB per invoice (%.1f KB after trim)\n",
                rssBefore / 1024, rssWindow / 1024, rssAfter / 1024, peak / 1024, rssTrimmed / 1024,
                invoices ? double(rssAfter - rssWindow) / invoices : 0.0,
                invoices ? double(rssTrimmed - rssWindow) / invoices : 0.0);
    std::printf("reference memory: reimburse-cli recognize peak %lld MB; ratio desk peak / CLI peak: %.2f\n",
                cliPeakKb / 1024, cliPeakKb > 0 ? double(peak) / cliPeakKb : 0.0);
    return 0;
}
