#include "workerpooloptions.h"

#include <QCoreApplication>
#include <QDir>

namespace ra {
namespace {

qint64 fromEnv(const char *name, qint64 fallback, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

QString &languageSetting()
{
    static QString language;
    return language;
}

} // namespace

WorkerPoolOptions WorkerPoolOptions::fromEnvironment(int jobSlots)
{
    WorkerPoolOptions o;
    o.jobSlots = qBound(1, jobSlots, 64);
    o.program = workerExecutable();
    o.baseTimeoutMs = fromEnv("REIMBURSE_WORKER_TIMEOUT_MS", o.baseTimeoutMs, 100, 24LL * 3600 * 1000);
    o.perPageTimeoutMs = fromEnv("REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS", o.perPageTimeoutMs, 0, 3600 * 1000);
    o.perOcrPageTimeoutMs = fromEnv("REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS", o.perOcrPageTimeoutMs, 0, 3600 * 1000);
    o.ocrMaxMs = fromEnv("REIMBURSE_WORKER_TIMEOUT_OCR_MAX_MS", o.ocrMaxMs, 0, 24LL * 3600 * 1000);
    o.maxPages = int(fromEnv("REIMBURSE_WORKER_MAX_PAGES", o.maxPages, 1, 1'000'000));
    o.memoryMb = fromEnv("REIMBURSE_WORKER_MEMORY_MB", o.memoryMb, 0, 1LL << 20);
    o.language = messageLanguage();
    return o;
}

QString WorkerPoolOptions::workerExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("REIMBURSE_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("reimburse-worker"));
}

void WorkerPoolOptions::setMessageLanguage(const QString &language)
{
    languageSetting() = language;
}

QString WorkerPoolOptions::messageLanguage()
{
    return languageSetting();
}

} // namespace ra
