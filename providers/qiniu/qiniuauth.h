#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

// Qiniu's signing, as pure functions of (keys, time, request): the 管理凭证 ("Qiniu" token,
// v2 signing) for API calls, the upload token for Kodo form uploads and the signed download
// URL of a private bucket. shared/docs/vendor-protocols.md §2.3–2.7 has the rules and the
// vectors the tests check.
namespace ra::qiniu {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What the management token signs. Everything is taken exactly as it goes on the wire.
struct SignedRequest
{
    QByteArray method = "POST";
    QByteArray pathAndQuery;  // "/invoice/multiple?url=https%3A%2F%2F…" (already encoded)
    QByteArray host;          // the Host header value: host[:port]
    QByteArray contentType;   // empty: no Content-Type line (we always send one)
    HeaderList headers;       // any headers; only X-Qiniu-* ones are signed
    QByteArray body;
};

// "<METHOD> <path?query>\nHost: …\nContent-Type: …\n<X-Qiniu-*: …\n>\n[body]".
QByteArray signingString(const SignedRequest &request);

// URL-safe Base64 (with '=' padding) of HMAC-SHA1(secretKey, data).
QByteArray encodedSign(const QByteArray &secretKey, const QByteArray &data);

// "Qiniu <AK>:<encodedSign(signingString)>", the Authorization header value.
QByteArray managementAuthorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                   const SignedRequest &request);

// X-Qiniu-Date value: UTC "yyyyMMddTHHmmssZ".
QByteArray qiniuDate(const QDateTime &time);

// The put policy: {"scope":"<bucket>[:<key>]","deadline":…[,"deleteAfterDays":…]} in this
// key order (the signature covers the exact bytes).
QByteArray putPolicy(const QString &bucket, const QString &key, qint64 deadline,
                     int deleteAfterDays = 0);

// "<AK>:<encodedSign(encodedPolicy)>:<encodedPolicy>", encodedPolicy = URL-safe Base64 of
// the policy bytes.
QByteArray uploadToken(const QByteArray &accessKey, const QByteArray &secretKey,
                       const QByteArray &policyJson);

// `url` (fully encoded) + "?e=<deadline>" (or "&e=") + "&token=<AK>:<encodedSign(url…e)>".
QByteArray privateDownloadUrl(const QByteArray &url, qint64 deadline, const QByteArray &accessKey,
                              const QByteArray &secretKey);

} // namespace ra::qiniu
