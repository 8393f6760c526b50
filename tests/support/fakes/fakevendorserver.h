#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <deque>
#include <optional>

class QTcpSocket;

namespace ra::test {

// Base of the in-process fake vendors: an HTTP server on loopback (random port) that records
// every request, answers after a configurable latency, enforces a request-rate limit the way
// vendors count it (a sliding one-second window), and injects faults on demand. Subclasses
// check what the real vendor checks (signature, headers, body shape) and answer with
// documented-shape bodies; they also say what their refusals look like.
//
// Answers are written straight to the socket, so faults can be exactly what a broken network
// does: a hang past the client's timeout, a truncated body, a dropped connection.
class FakeVendorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        RateLimit,        // the vendor's frequency refusal
        ServerError,      // HTTP 5xx (503)
        Hang,             // never answer (the client's timeout must fire)
        Malformed,        // 200 with a body that is not JSON
        Truncated,        // 200, Content-Length larger than the body, then close
        AuthFailure,      // the vendor's credential/signature refusal
        ExpiredToken,     // token-based vendors: token expired
        DropConnection,   // close the connection without a word
        InternalError,    // the vendor's own "internal error" answer (HTTP 200 envelope for Tencent)
        InvalidRequest,   // the vendor's "your request's parameters are invalid" (Qiniu 10003); others: 5xx
    };

    struct Request
    {
        QByteArray method;
        QUrl url;                                       // path + query as received
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedMs = 0;                          // since the server started
        QByteArray header(const QByteArray &name) const;
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit FakeVendorServer(QObject *parent = nullptr);
    ~FakeVendorServer() override;

    bool start();                                       // listens on 127.0.0.1, random port
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;                               // http://127.0.0.1:PORT

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    void setRateLimit(double perSecond) { m_rateLimit = perSecond; }   // 0 = none
    // The next `count` requests get `fault` (queued after faults already queued).
    void injectFault(Fault fault, int count = 1);
    // Every request whose body contains `marker` gets `fault` (per-document faults in a batch).
    void setFaultForBodyContaining(const QByteArray &marker, Fault fault);
    void clearFaults();
    // A misbehaving endpoint: every normal JSON answer also carries the request's headers and
    // the start of its body, under names such as "echo" and "note" that no redaction rule knows
    // (the secrets the client sent: ids, keys, Authorization, tokens, a login body).
    void setEchoRequest(bool on) { m_echo = on; }

    // Documents elsewhere on the internet that the vendor fetches itself when it is given a
    // URL (Tencent ImageUrl/OfdFileUrl, Qiniu url=, Ekuaibao fileUrl, DeepFinch url): the URL
    // exactly as it must arrive (percent-encoding and signed query byte for byte) → the bytes.
    void publish(const QString &url, const QByteArray &bytes) { m_published.insert(url, bytes); }
    void unpublishAll() { m_published.clear(); }
    // URL parameters the vendor received and tried to fetch, in order, published or not.
    QStringList fetchedUrls() const { return m_fetched; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int rateRefusals() const { return m_rateRefusals; }
    int rejected() const { return m_rejected; }            // refused by the subclass's checks
    int maxConcurrent() const { return m_maxConcurrent; }

protected:
    // The vendor's normal answer to a request that passed no fault; may refuse (bad signature
    // ...) with the vendor's error shape: then call noteRejected().
    virtual Answer handle(const Request &request) = 0;
    // The vendor's answer for RateLimit, ServerError, Malformed, AuthFailure, ExpiredToken,
    // InternalError, InvalidRequest.
    virtual Answer faultAnswer(Fault fault, const Request &request) = 0;
    void noteRejected() { ++m_rejected; }
    // The vendor's fetch of a URL it was given: the published bytes, nullopt when nothing is
    // there (or the URL is not http/https): the vendor's download error. Recorded.
    std::optional<QByteArray> fetchRemote(const QString &url);
    qint64 nowMs() const { return m_clock.elapsed(); }

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Fault nextFault(const Request &request);
    bool overRateLimit(qint64 now);
    void respond(QTcpSocket *socket, const Answer &answer, Fault fault);
    static QByteArray serialize(const Answer &answer, bool truncate);

    quint16 m_port = 0;
    int m_latencyMs = 0;
    double m_rateLimit = 0;
    QHash<QString, QByteArray> m_published;
    QStringList m_fetched;
    std::deque<Fault> m_faults;
    QList<QPair<QByteArray, Fault>> m_bodyFaults;
    QList<Request> m_requests;
    std::deque<qint64> m_window;          // arrival times counted by the rate limit
    QElapsedTimer m_clock;
    int m_rateRefusals = 0;
    int m_rejected = 0;
    int m_inProgress = 0;
    int m_maxConcurrent = 0;
    bool m_echo = false;
};

} // namespace ra::test
