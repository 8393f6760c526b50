#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QNetworkAccessManager>

namespace ra {

// The one QNetworkAccessManager every vendor request goes through (inject it; never create
// another). It stamps each request with our User-Agent and a fresh X-Request-ID, refuses
// redirects to other hosts, and writes one log line per request to "providers.net": method,
// host, path with secrets redacted, status, duration, the vendor's request id (from headers
// X-Reqid / X-Request-Id / request_id or a RequestId in the JSON body) and ours. Header
// dumps (debug level) have Authorization, secret headers and tokens redacted (httpredaction.h).
class NetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);
    ~NetworkAccess() override;

    static QByteArray userAgent();           // "reimburse/0.1.0 (Qt 6.4; linux)"
    static QByteArray requestIdHeader();     // "X-Request-ID"

    // Requests created since construction (tests and benchmarks count vendor calls).
    int requestCount() const { return m_requests.loadRelaxed(); }

    // Finds a vendor request id in a reply's headers or in the first 64 KiB of its JSON body.
    static QString vendorRequestId(const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &body);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QAtomicInt m_requests;
};

} // namespace ra
