#include "cloudprovider.h"

#include "clouderror.h"
#include "credentialstore.h"
#include "envcredentialstore.h"
#include "log.h"
#include "providerjob.h"
#include "ratelimiter.h"
#include "responsecache.h"
#include "secretvalues.h"
#include "threadpriority.h"
#include "worker/workerpool.h"

#include <QRegularExpression>
#include <QThread>

namespace ra {

CloudProvider::CloudProvider(const ProviderContext &context, QObject *parent)
    : RecognitionProvider(parent), m_context(context)
{
}

CloudProvider::~CloudProvider() = default;

QString CloudProvider::optionsKey(const DocumentInput &input) const
{
    return QStringLiteral("page=%1").arg(input.page);
}

double CloudProvider::effectiveRateLimit() const
{
    return RateLimiter::effectiveRate(documentedRateLimit(), m_context.userRateLimits.value(id()));
}

bool CloudProvider::isConfigured() const
{
    return m_context.credentials && m_context.credentials->hasAll(credentialAccount(), requiredCredentialKeys());
}

QString CloudProvider::credential(const QString &key) const
{
    const QString value = m_context.credentials ? m_context.credentials->read(credentialAccount(), key) : QString();
    // Ids, keys, secrets and tokens are masked wherever they would show from now on (a log line,
    // a stored response that echoes them); a bucket or a region is not a secret.
    static const QRegularExpression secretKey(QStringLiteral("secret|key|security|token|(^|_)id$"));
    if (!value.isEmpty() && secretKey.match(key).hasMatch())
        secrets::remember(value);
    return value;
}

QStringList CloudProvider::credentialValues() const
{
    QStringList out;
    if (!m_context.credentials)
        return out;
    for (const QString &k : requiredCredentialKeys()) {
        const QString v = credential(k);
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

ProviderJob *CloudProvider::recognize(const DocumentInput &input)
{
    if (!m_limiter)
        m_limiter = new RateLimiter(effectiveRateLimit(), this);
    auto *job = new ProviderJob(id(), input, this);

    const bool remote = input.isRemote();
    if (remote ? !acceptsUrl(input.format) : !accepts(input.format)) {
        QString message;
        if (!remote)
            message = QStringLiteral("%1 does not accept %2 files; accepted: %3.")
                          .arg(displayName(), formatKey(input.format), acceptedInputs().join(QStringLiteral(", ")));
        else if (!capabilities().testFlag(ProviderCapability::Url))
            message = QStringLiteral("%1 does not take documents by URL; download the file first, or use a "
                                     "provider that accepts \"url\" (see reimburse-cli providers).")
                          .arg(displayName());
        else
            message = QStringLiteral("%1 does not take %2 documents by URL (the format is told by the URL's "
                                     "extension).")
                          .arg(displayName(), formatKey(input.format));
        job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::UnsupportedInput), message));
        return job;
    }
    if (!isConfigured()) {
        QStringList vars;
        for (const QString &k : requiredCredentialKeys())
            vars << EnvCredentialStore::variableName(credentialAccount(), k);
        job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::NotConfigured),
                                          QStringLiteral("%1 has no keys: enter them in Settings, or set %2 for the "
                                                         "command line.")
                                              .arg(vendorName(), vars.join(QStringLiteral(", ")))));
        return job;
    }

    const QString options = optionsKey(input);
    // Bytes by their SHA-256; a remote document by its URL (its content may have changed since:
    // noCache asks the vendor again).
    const QString identity = input.cacheIdentity();
    if (m_context.cache && !input.noCache && !m_context.noCache && !identity.isEmpty()) {
        if (const auto hit = m_context.cache->lookup(identity, id(), options)) {
            log::get("providers.cache")->info("{}: cached response used, no vendor call", id().toStdString());
            RecognizedDocument doc = remap(input, hit->responses, hit->context);
            doc.rawResponses = hit->responses;
            job->setFromCache(true);
            job->finishWithResult(std::move(doc));
            return job;
        }
    }
    connect(job, &ProviderJob::finished, this, &CloudProvider::storeInCache);
    start(job);
    return job;
}

void CloudProvider::storeInCache(ProviderJob *job)
{
    const RecognizedDocument &r = job->result();
    if (!m_context.cache || job->isFromCache() || job->isAborted() || r.error || r.rawResponses.isEmpty()
        || job->input().cacheIdentity().isEmpty())
        return;
    CachedResponse entry;
    entry.provider = id();
    entry.sha256 = job->input().cacheIdentity();
    entry.options = optionsKey(job->input());
    entry.responses = r.rawResponses;
    entry.context = job->cacheContext();
    m_context.cache->store(entry, credentialValues());
}

WorkerPool *CloudProvider::pageWorkers()
{
    if (!m_pageWorkers) {
        // A page is prepared in well under a second and then waits for the network: a few
        // workers keep up with the documents in flight.
        WorkerPoolOptions options = WorkerPoolOptions::fromEnvironment(qBound(1, QThread::idealThreadCount(), 4));
        options.niceValue = kRecognitionNice; // as the recognition threads that prepared pages before
        m_pageWorkers = new WorkerPool(options, this);
    }
    return m_pageWorkers;
}

NetworkJob *CloudProvider::newNetworkJob(ProviderJob *job, NetworkJob::RequestFactory factory, bool rateLimited)
{
    auto *nj = new NetworkJob(m_context.network, std::move(factory), job);
    nj->setRetryPolicy(m_context.retry);
    nj->setTransferTimeout(m_context.transferTimeoutMs);
    if (rateLimited)
        nj->setRateLimiter(m_limiter);
    connect(job, &ProviderJob::abortRequested, nj, &NetworkJob::abort);
    return nj;
}

} // namespace ra
