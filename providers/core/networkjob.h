#pragma once

#include "httpexchange.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace ra {

class NetworkAccess;

// One vendor call with an explicit lifecycle: each attempt waits for the rate limiter, builds
// its request afresh (so signatures carry a fresh timestamp), is bounded by a transfer timeout,
// and is repeated only when the vendor's classifier says the answer is transient, at most
// RetryPolicy::maxAttempts times with backoff. The result is set exactly once; `finished` is
// emitted exactly once, from the event loop. abort() stops at any stage.
class NetworkJob : public QObject
{
    Q_OBJECT
public:
    // Called once per attempt (1-based). nullopt = cannot build the request (the job finishes
    // with networkError ProtocolUnknownError and the message given by `failureMessage`).
    using RequestFactory = std::function<std::optional<PreparedRequest>(int attempt)>;
    // Whether to try again after `result` (attempt `attempt` just ended).
    using RetryClassifier = std::function<RetryDecision(const HttpResult &result, int attempt)>;

    NetworkJob(NetworkAccess *network, RequestFactory factory, QObject *parent = nullptr);
    ~NetworkJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRetryClassifier(RetryClassifier classifier) { m_classifier = std::move(classifier); }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }   // default false
    void setFailureMessage(const QString &m) { m_failureMessage = m; }

    // Starts once; a second call is ignored (one request in flight per job).
    void start();
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isAborted() const { return m_result.aborted; }
    bool timedOut() const { return m_result.timedOut; }
    const HttpResult &result() const { return m_result; }

    // The standard transient set shared by vendors: transport errors (incl. timeout), 5xx and 429.
    static RetryDecision defaultClassifier(const HttpResult &result, int attempt);

Q_SIGNALS:
    void retrying(int nextAttempt, int delayMs, const QString &reason);
    void finished(ra::NetworkJob *job);

private:
    void scheduleAttempt(int delayMs);
    void waitForSlot();
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finish();

    NetworkAccess *m_network;
    RequestFactory m_factory;
    RetryClassifier m_classifier;
    RetryPolicy m_policy;
    QPointer<RateLimiter> m_limiter;
    quint64 m_ticket = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_delayTimer;
    QTimer m_timeoutTimer;
    HttpResult m_result;
    QString m_failureMessage;
    int m_timeoutMs = 60000;
    int m_attempt = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = false;
};

} // namespace ra
