// Benchmark (not a test): 100 documents through tencent-vat against the fake Tencent server
// limited to 10 requests/s with 300 ms latency. Prints the rate the server saw, the ratio to
// the limit (goal ≥ 0.95), the refusals (goal 0), and a second identical run's vendor calls
// (goal 0: the response cache). Exit code 1 when a goal is missed.
#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/recognitionqueue.h"
#include "core/responsecache.h"
#include "fakes/faketencentserver.h"
#include "tencent/tencentvatprovider.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>
#include <cstdio>

using namespace ra;

namespace {

constexpr int kDocuments = 100;
constexpr double kLimit = 10.0;
constexpr int kLatencyMs = 300;

QByteArray png(int n)
{
    QImage img(QSize(320, 200), QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 60, 235));
    img.setText(QStringLiteral("doc"), QStringLiteral("bench-%1").arg(n));
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
};

RunResult runOnce(TencentVatProvider &provider, test::FakeTencentServer &server, const QList<QByteArray> &files, int jobs)
{
    RecognitionQueue queue;
    queue.setMaxInFlight(jobs);
    for (int i = 0; i < files.size(); ++i)
        queue.add(&provider, DocumentInput::fromBytes(files.at(i), QStringLiteral("bench-%1.png").arg(i)));
    const int before = server.requestCount();
    QEventLoop loop;
    QObject::connect(&queue, &RecognitionQueue::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    queue.start();
    loop.exec();
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
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString id = QStringLiteral("AKIDbenchFAKE00000000000000000000001");
    const QString key = QStringLiteral("benchSecretKeyFAKE000000000000001");
    test::FakeTencentServer server(id, key);
    server.setRateLimit(kLimit);
    server.setLatencyMs(kLatencyMs);
    if (!server.start()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 2;
    }
    QTemporaryDir cacheDir;
    ResponseCache cache(cacheDir.path());
    MemoryCredentialStore creds;
    creds.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), id);
    creds.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), key);
    NetworkAccess network;
    ProviderContext ctx;
    ctx.network = &network;
    ctx.credentials = &creds;
    ctx.cache = &cache;
    ctx.endpoints.insert(QStringLiteral("tencent"), server.baseUrl().toString());
    TencentVatProvider provider(ctx);

    QList<QByteArray> files;
    for (int i = 0; i < kDocuments; ++i)
        files << png(i);
    const int jobs = 8;   // > rate × latency, so the limiter, not the queue, sets the pace

    const RunResult first = runOnce(provider, server, files, jobs);
    const int refusals = server.rateRefusals();
    const RunResult second = runOnce(provider, server, files, jobs);

    const double ratio = first.serverRate / kLimit;
    std::printf("bench_cloud_rate: %d documents, fake Tencent limited to %.0f req/s, %d ms latency, %d in flight\n",
                kDocuments, kLimit, kLatencyMs, jobs);
    std::printf("  limiter setting          %.2f req/s (documented %.0f, 3%% margin)\n", provider.effectiveRateLimit(), kLimit);
    std::printf("  first run                %.2f s, %d vendor calls, %d failed documents\n", first.seconds,
                first.vendorCalls, first.failures);
    std::printf("  rate seen by the server  %.2f req/s = %.1f %% of the limit (goal >= 95 %%)\n", first.serverRate,
                ratio * 100.0);
    std::printf("  rate-limit refusals      %d (goal 0)\n", refusals);
    std::printf("  second run (cache)       %.3f s, %d vendor calls (goal 0), %d failed documents\n", second.seconds,
                second.vendorCalls, second.failures);
    const bool ok = ratio >= 0.95 && refusals == 0 && first.failures == 0 && second.vendorCalls == 0
                    && second.failures == 0 && first.vendorCalls == kDocuments;
    std::printf("  result                   %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
