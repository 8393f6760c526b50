#pragma once

#include "httpexchange.h"
#include "providercontext.h"
#include "vendorendpoint.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

namespace ra {

class CredentialStore;
class NetworkAccess;
class NetworkJob;

// What a connection check found.
enum class ConnectionOutcome {
    Ok,                  // the vendor checked the keys and accepted them
    BadCredentials,      // the vendor refused the keys (or the signature made with them)
    MissingCredentials,  // a required key is empty: nothing was sent
    EndpointRefused,     // the endpoint override is not acceptable (plain http to a remote host ...)
    Unreachable,         // no HTTP answer: refused, DNS, TLS, reset
    Timeout,             // no complete answer in time
    ClockSkew,           // the vendor refused the request time: the computer's clock is off
    VendorError,         // the vendor answered with another error (service not enabled, arrears ...)
    UnexpectedAnswer,    // an answer that is not this vendor's (wrong endpoint?)
    Aborted,
};

// A vendor's verdict on the answer to its harmless call.
struct ConnectionProbeVerdict
{
    ConnectionOutcome outcome = ConnectionOutcome::UnexpectedAnswer;
    // The vendor's code and message, request id ("AuthFailure.SecretIdNotFound: …"), for a
    // person to quote; vendors do not echo keys, and ConnectionCheck scrubs key values anyway.
    QString detail;
};

// One vendor's harmless call: a request the vendor answers only after checking the keys and
// that recognises nothing and is billed nothing (it lacks the document), and how to read the
// answer. Each vendor folder has its *connectioncheck* part that makes one of these.
struct ConnectionProbe
{
    QString vendorName;                 // "Tencent Cloud", for messages
    QString endpointKey;                // "tencent": ProviderContext::endpoints key
    QUrl defaultEndpoint;
    QString account;                    // credentials::Tencent ...
    QStringList requiredKeys;           // {"secret_id", "secret_key"}
    // The request, with the keys read from `credentials` (never kept).
    std::function<PreparedRequest(const VendorEndpoint &endpoint, CredentialStore &credentials, qint64 nowSecs)>
        request;
    // Called for every answer that has an HTTP status.
    std::function<ConnectionProbeVerdict(const HttpResult &result)> verdict;
};

// "Test connection": ONE harmless call to a vendor with the keys of context.credentials (the
// settings dialog puts what was typed in a MemoryCredentialStore) and the endpoint of
// context.endpoints. No retry, one attempt bounded by timeout(). finished() is emitted exactly
// once, always from the event loop (never inside start()), also after abort(). The message
// says what is wrong in words a person can act on (bad keys, cannot reach host, endpoint
// refused) and never contains a key: every value of the account is scrubbed from it.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    // `vendor`: "tencent", "qiniu", "ekuaibao" or "deepfinch" (another finishes with
    // UnexpectedAnswer). context.network null: the check makes its own NetworkAccess.
    ConnectionCheck(const QString &vendor, const ProviderContext &context, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    static QStringList vendors();
    // The probe of `vendor`; vendorName empty when unknown.
    static ConnectionProbe probe(const QString &vendor);

    void setTimeout(int ms) { m_timeoutMs = ms; }   // default kDefaultTimeoutMs
    int timeout() const { return m_timeoutMs; }
    static constexpr int kDefaultTimeoutMs = 15000;

    void start();   // once; a second call is ignored
    void abort();   // finishes with Aborted unless already finished

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_outcome == ConnectionOutcome::Ok; }
    ConnectionOutcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    // "host" or "host:port" the check went to (empty before start or when the endpoint is refused).
    QString host() const { return m_host; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onJobFinished();
    void finishLater(ConnectionOutcome outcome, const QString &message);
    void finishNow(ConnectionOutcome outcome, const QString &message);
    QString scrub(QString text) const;
    QString describe(const ConnectionProbeVerdict &verdict) const;

    QString m_vendor;
    ConnectionProbe m_probe;
    ProviderContext m_context;
    std::unique_ptr<NetworkAccess> m_ownNetwork;
    QPointer<NetworkJob> m_job;
    QString m_host;
    QString m_message;
    ConnectionOutcome m_outcome = ConnectionOutcome::Aborted;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_started = false;
    bool m_finished = false;
    bool m_finishQueued = false;
};

} // namespace ra
