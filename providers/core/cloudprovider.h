#pragma once

#include "networkjob.h"
#include "providercontext.h"
#include "ratelimiter.h"
#include "recognitionprovider.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace ra {

class WorkerPool;
struct DocumentInput;
struct RecognizedDocument;

// Base of every vendor adapter. recognize() does what all of them share, then hands over:
//  1. refuses unsupported formats (UnsupportedInput) and missing credentials (NotConfigured);
//  2. answers from the ResponseCache when the same bytes went to the same provider with the
//     same options before (unless noCache), by mapping the cached raw responses again;
//  3. otherwise calls start(job); when the job finishes without error its rawResponses and
//     cacheContext() are stored in the cache (never when they contain a credential value).
// Subclasses build their requests through newNetworkJob(), which applies the rate limiter,
// the retry policy and the transfer timeout of the context.
class CloudProvider : public RecognitionProvider
{
    Q_OBJECT
public:
    explicit CloudProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~CloudProvider() override;

    ProviderJob *recognize(const DocumentInput &input) final;
    bool isConfigured() const override;

    virtual QString vendorName() const = 0;                 // "Tencent Cloud", for error messages
    virtual QString credentialAccount() const = 0;          // credentials::Tencent ...
    virtual QStringList requiredCredentialKeys() const = 0; // {"secret_id", "secret_key"}
    // Everything besides the bytes that changes the vendor's answer (action, page, region ...):
    // part of the cache key. Never a secret.
    virtual QString optionsKey(const DocumentInput &input) const;

    const ProviderContext &context() const { return m_context; }
    RateLimiter *rateLimiter() const { return m_limiter; }
    double effectiveRateLimit() const;
    // Where pages are rendered, decoded and encoded before they are sent: reimburse-worker
    // processes of this provider's own (docs/worker-process.md), started when the first page
    // needs one, so a document that hangs or crashes a parser fails alone (timeout, crashed,
    // too_complex) and nothing of it reaches the vendor.
    WorkerPool *pageWorkers();

protected:
    // The network path for `job` (its input already checked). Finish the job with
    // finishWithResult()/finishWithError(); connect to ProviderJob::abortRequested to stop.
    virtual void start(ProviderJob *job) = 0;
    // Maps responses read back from the cache (pure, no network). Errors go in the result.
    virtual RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                     const QJsonObject &context) const = 0;

    // A credential value (null when missing). Read it when building each request; never keep
    // it in a member that outlives the call, never log it.
    QString credential(const QString &key) const;
    // Credential values of this provider's account, for the cache's secret guard.
    QStringList credentialValues() const;

    // A NetworkJob wired to the context's network, timeout and retry policy, paced by this
    // provider's rate limiter (pass rateLimited=false for calls the vendor does not count)
    // and aborted with `job`. Parent: `job`.
    NetworkJob *newNetworkJob(ProviderJob *job, NetworkJob::RequestFactory factory, bool rateLimited = true);

private:
    void storeInCache(ProviderJob *job);

    ProviderContext m_context;
    QPointer<RateLimiter> m_limiter;
    WorkerPool *m_pageWorkers = nullptr;
};

} // namespace ra
