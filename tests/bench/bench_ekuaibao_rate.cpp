// Benchmark (not a test): N documents (default 30; the figure is 100) through ekuaibao
// against the fake Ekuaibao server limited to 1 request/s over every call (login, upload,
// downloadurls, OCR — three calls per document, so 100 documents take about five minutes).
// Prints the rate the server saw, the ratio to the limit (goal ≥ 0.95), the refusals (goal 0)
// and a second identical run's vendor calls (goal 0: the response cache).
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

RunResult runOnce(EkuaibaoProvider &provider, test::EkuaibaoFakeServer &server, const QList<QByteArray> &files,
                  int jobs)
{
    RecognitionQueue queue;
    queue.setMaxInFlight(jobs);
    for (int i = 0; i < files.size(); ++i)
        queue.add(&provider, DocumentInput::fromBytes(files.at(i), QStringLiteral("bench-%1.png").arg(i)));
    const int before = server.requestCount();
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
    r.vendorCalls = server.requestCount() - before;
    for (const RecognizedDocument &d : queue.results())
        if (d.error)
            ++r.failures;
    if (r.vendorCalls > 1) {
        const auto &reqs = server.requests();
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
    test::EkuaibaoFakeServer server(appKey, appSecurity);
    server.setRateLimit(kLimit);
    server.setLatencyMs(latencyMs);
    if (!server.start()) {
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
    const int refusals = server.rateRefusals();
    const RunResult second = runOnce(provider, server, files, jobs);

    const double ratio = first.serverRate / kLimit;
    std::printf("bench_ekuaibao_rate: %d documents, fake Ekuaibao limited to %.0f req/s over every call, %d ms "
                "latency, %d in flight\n",
                documents, kLimit, latencyMs, jobs);
    std::printf("  limiter setting          %.2f req/s (documented %.0f, 3%% margin)\n", provider.effectiveRateLimit(),
                kLimit);
    std::printf("  first run                %.1f s, %d vendor calls (%d logins), %d failed documents\n", first.seconds,
                first.vendorCalls, server.logins(), first.failures);
    std::printf("  rate seen by the server  %.3f req/s = %.1f %% of the limit (goal >= 95 %%), shortest gap %lld ms\n",
                first.serverRate, ratio * 100.0, static_cast<long long>(first.minGapMs));
    std::printf("  rate-limit refusals      %d (goal 0)\n", refusals);
    std::printf("  second run (cache)       %.3f s, %d vendor calls (goal 0), %d failed documents\n", second.seconds,
                second.vendorCalls, second.failures);
    const bool ok = ratio >= 0.95 && refusals == 0 && first.failures == 0 && second.vendorCalls == 0
                    && second.failures == 0 && first.vendorCalls == 3 * documents + server.logins();
    std::printf("  result                   %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
