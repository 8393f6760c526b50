// Benchmark (not a test): N documents (default 30; the figure is 100) through ekuaibao
// against the fake Ekuaibao server limited to 1 request/s over every call (login, upload,
// downloadurls, OCR — three calls per document, so 100 documents take about five minutes).
// Prints the rate the server saw, the ratio to the limit (goal ≥ 0.95), the refusals (goal 0)
// and a second identical run's vendor calls (goal 0: the response cache). The fake runs on its
// own thread, as a real vendor runs on its own machine: the arrival times it records are not
// held up by the client's work on the main thread (mapping, cache writes).
// Usage: bench_ekuaibao_rate [documents] [--latency MS]. Exit code 1 when a goal is missed.
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/recognitionqueue.h"
#include "core/responsecache.h"
#include "ekuaibao/ekuaibaoprovider.h"
#include "fakes/ekuaibaofakeserver.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace ra;

namespace {

constexpr double kLimit = 1.0;

QByteArray png(int n)
{
    QImage img(QSize(640, 400), QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 40, 240));
    img.setText(QStringLiteral("number"), QStringLiteral("%1").arg(40000000 + n));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

struct RunResult
{
    double seconds = 0;
    int vendorCalls = 0;
    int failures = 0;
    double serverRate = 0;   // requests/s between the first and the last arrival
    qint64 minGapMs = -1;    // shortest spacing between two calls
};

// Reads from the server on its own thread (it is idle between runs, this keeps it tidy).
template<typename F>
auto onServer(test::EkuaibaoFakeServer &server, F f)
{
    decltype(f()) out{};
    QMetaObject::invokeMethod(&server, [&] { out = f(); }, Qt::BlockingQueuedConnection);
    return out;
}

RunResult runOnce(EkuaibaoProvider &provider, test::EkuaibaoFakeServer &server, const QList<QByteArray> &files,
                  int jobs)
{
    RecognitionQueue queue;
    queue.setMaxInFlight(jobs);
    for (int i = 0; i < files.size(); ++i)
        queue.add(&provider, DocumentInput::fromBytes(files.at(i), QStringLiteral("bench-%1.png").arg(i)));
    const int before = onServer(server, [&] { return server.requestCount(); });
    QEventLoop loop;
    QObject::connect(&queue, &RecognitionQueue::finished, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &RecognitionQueue::progress, &queue, [](int done, int total) {
        std::fprintf(stderr, "\r  %d/%d", done, total);
    });
    QElapsedTimer t;
    t.start();
    queue.start();
    loop.exec();
    std::fprintf(stderr, "\n");
    RunResult r;
    r.seconds = t.elapsed() / 1000.0;
    const QList<test::FakeVendorServer::Request> reqs = onServer(server, [&] { return server.requests(); });
    r.vendorCalls = int(reqs.size()) - before;
    for (const RecognizedDocument &d : queue.results())
        if (d.error)
            ++r.failures;
    if (r.vendorCalls > 1) {
        const qint64 first = reqs.at(before).receivedMs;
        const qint64 last = reqs.last().receivedMs;
        r.serverRate = last > first ? (r.vendorCalls - 1) * 1000.0 / double(last - first) : 0;
        for (qsizetype i = before + 1; i < reqs.size(); ++i) {
            const qint64 gap = reqs.at(i).receivedMs - reqs.at(i - 1).receivedMs;
            r.minGapMs = r.minGapMs < 0 ? gap : std::min(r.minGapMs, gap);
        }
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int documents = 30;
    int latencyMs = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency") && i + 1 < args.size())
            latencyMs = args.at(++i).toInt();
        else if (args.at(i).toInt() > 0)
            documents = args.at(i).toInt();
    }
    const QString appKey = QStringLiteral("bench-app-key");
    const QString appSecurity = QStringLiteral("bench-app-security-FAKE-0001");
    QThread serverThread;
    serverThread.start();
    auto *fake = new test::EkuaibaoFakeServer(appKey, appSecurity);
    fake->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, fake, &QObject::deleteLater);
    test::EkuaibaoFakeServer &server = *fake;
    const bool listening = onServer(server, [&] {
        server.setRateLimit(kLimit);
        server.setLatencyMs(latencyMs);
        return server.start();
    });
    if (!listening) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 2;
    }
    QTemporaryDir cacheDir;
    ResponseCache cache(cacheDir.path());
    MemoryCredentialStore creds;
    creds.write(QStringLiteral("ekuaibao"), QStringLiteral("app_key"), appKey);
    creds.write(QStringLiteral("ekuaibao"), QStringLiteral("app_security"), appSecurity);
    NetworkAccess network;
    ProviderContext ctx;
    ctx.network = &network;
    ctx.credentials = &creds;
    ctx.cache = &cache;
    ctx.endpoints.insert(QStringLiteral("ekuaibao"), server.baseUrl().toString());
    EkuaibaoProvider provider(ctx);

    QList<QByteArray> files;
    for (int i = 0; i < documents; ++i)
        files << png(i);
    const int jobs = 4;   // enough documents waiting that the limiter, not the queue, sets the pace

    const RunResult first = runOnce(provider, server, files, jobs);
    const int refusals = onServer(server, [&] { return server.rateRefusals(); });
    const RunResult second = runOnce(provider, server, files, jobs);
    const int logins = onServer(server, [&] { return server.logins(); });

    const double ratio = first.serverRate / kLimit;
    std::printf("bench_ekuaibao_rate: %d documents, fake Ekuaibao limited to %.0f req/s over every call, %d ms "
                "latency, %d in flight\n",
                documents, kLimit, latencyMs, jobs);
    std::printf("  limiter setting          %.2f req/s (documented %.0f, 3%% margin)\n", provider.effectiveRateLimit(),
                kLimit);
    std::printf("  first run                %.1f s, %d vendor calls (%d logins), %d failed documents\n", first.seconds,
                first.vendorCalls, logins, first.failures);
    std::printf("  rate seen by the server  %.3f req/s = %.1f %% of the limit (goal >= 95 %%), shortest gap %lld ms\n",
                first.serverRate, ratio * 100.0, static_cast<long long>(first.minGapMs));
    std::printf("  rate-limit refusals      %d (goal 0)\n", refusals);
    std::printf("  second run (cache)       %.3f s, %d vendor calls (goal 0), %d failed documents\n", second.seconds,
                second.vendorCalls, second.failures);
    const bool ok = ratio >= 0.95 && refusals == 0 && first.failures == 0 && second.vendorCalls == 0
                    && second.failures == 0 && first.vendorCalls == 3 * documents + logins;
    std::printf("  result                   %s\n", ok ? "PASS" : "FAIL");
    serverThread.quit();
    serverThread.wait();
    return ok ? 0 : 1;
}
