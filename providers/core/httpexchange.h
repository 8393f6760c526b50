#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

namespace ra {

// One HTTP request exactly as it goes on the wire: the body bytes are the bytes that were
// signed. Built afresh for every attempt (fresh timestamp, fresh signature).
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray verb = QByteArrayLiteral("POST");
    QByteArray body;
};

// What came back from one NetworkJob (its last attempt).
struct HttpResult
{
    int status = 0;                                        // 0 when no HTTP answer arrived
    QByteArray body;                                       // unchanged
    QList<QPair<QByteArray, QByteArray>> headers;          // as received
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;                            // Qt's text; contains no secret
    bool timedOut = false;                                 // transfer timeout hit
    bool aborted = false;                                  // NetworkJob::abort()
    int attempts = 0;
    QString clientRequestId;                               // our X-Request-ID of the last attempt

    // Transport failure: no HTTP status at all (refused, reset, DNS, TLS, timeout).
    bool transportFailed() const { return status == 0; }
    QByteArray header(const QByteArray &name) const;       // case-insensitive, first match
};

} // namespace ra
