#pragma once

#include "core/httpexchange.h"
#include "core/retrypolicy.h"
#include "core/vendorendpoint.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// DeepFinch (深源恒际) /ocr/value_add_tax_invoice (vendor-protocols.md §4): two static headers
// X-DF-API-ID / X-DF-API-SECRET (no signature, so https only), multipart `file` (or `url`), and an answer
// {request_id, status, result | reason}.
namespace ra::deepfinch {

inline const QUrl kDefaultEndpoint{QStringLiteral("https://cloudapi.deepfinch.com")};
inline constexpr auto kPath = "/ocr/value_add_tax_invoice";
// The sibling /ocr/vat_invoice documents JPG/PNG, 15–6000 px a side, ≤ 5 MB: kept to here.
inline constexpr qint64 kMaxBytes = 5LL * 1024 * 1024;
inline constexpr int kMaxSide = 6000;

QString vendorName(); // "DeepFinch", for messages

PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret,
                           const QString &fileName, const QByteArray &mimeType, const QByteArray &data,
                           const QByteArray &boundary = {});

// A remote document DeepFinch fetches itself: the multipart `url` field instead of `file`
// ("请求参数 file 和 url 二选一"; http/https, non-ASCII percent-encoded as UTF-8, fetched within 5 s).
PreparedRequest ocrUrlRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret,
                              const QByteArray &url, const QByteArray &boundary = {});

// Transport errors, 5xx and 429 (default), and RATE_LIMIT_EXCEEDED (HTTP 403 with that status)
// again after a pause; never UNAUTHORIZED, INVALID_ARGUMENT, DETECTION_FAILED.
RetryDecision classify(const HttpResult &result, int attempt);

// The error of an answer that is not a success: the vendor's status as its code, `reason` as
// the message and request_id; nullopt when the answer is a 200 with status OK.
std::optional<DocumentError> answerError(const HttpResult &result);

} // namespace ra::deepfinch
