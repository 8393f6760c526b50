#pragma once

#include "core/httpexchange.h"
#include "core/vendorendpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// The requests of the Qiniu adapter, built as pure functions of (endpoint, keys, time, data):
// the Kodo form upload of a local image and the /invoice/multiple call on its URL.
namespace ra::qiniu {

inline const QUrl kDefaultOcrEndpoint{QStringLiteral("https://ap-gate-z0.qiniuapi.com")};
inline const QUrl kDefaultUploadEndpoint{QStringLiteral("https://upload.qiniup.com")}; // region z0

// The object key an image is stored under: its content hash, so the same image is stored once
// and an upload that is retried overwrites itself.
QString objectKey(const QByteArray &imageBytes, const QString &extension);

// "http(s)://<domain>/<key, percent-encoded by segment>". A domain without a scheme gets https.
QByteArray objectUrl(const QString &bucketDomain, const QString &key);

// The url= value: every byte but the unreserved ones percent-encoded (a private download URL
// carries '&', '=' and ':' that must not become parameters of our request).
QByteArray encodeUrlParameter(const QByteArray &imageUrl);

inline constexpr auto kOcrContentType = "application/x-www-form-urlencoded";

// POST <endpoint>/invoice/multiple?url=…, empty body, an explicit Content-Type (the SDKs
// disagree on the default, so one is always sent and signed), X-Qiniu-Date and the Qiniu token
// over exactly what goes on the wire (Host from the endpoint).
PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QByteArray &imageUrl,
                           const QByteArray &accessKey, const QByteArray &secretKey, const QDateTime &now,
                           const QByteArray &contentType = kOcrContentType);

// The path and query of `url` exactly as Qt puts them on the request line.
QByteArray requestTarget(const QUrl &url);

// POST <upload endpoint>/ multipart: token, key, file (last). `boundary` empty = random.
PreparedRequest uploadRequest(const VendorEndpoint &endpoint, const QByteArray &uploadToken,
                              const QString &key, const QString &fileName, const QByteArray &mimeType,
                              const QByteArray &data, const QByteArray &boundary = {});

} // namespace ra::qiniu
