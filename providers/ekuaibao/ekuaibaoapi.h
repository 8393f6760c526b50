#pragma once

#include "core/httpexchange.h"
#include "core/retrypolicy.h"
#include "core/vendorendpoint.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

// The Ekuaibao (合思) open API calls the adapter makes, as pure functions: login
// (getAccessToken), attachment upload, downloadurls and processImageByFileUrl, and reading
// their answers (vendor-protocols.md §3). Every call but the login carries the access token,
// percent-encoded, in the query string (tokens contain ':').
namespace ra::ekuaibao {

inline const QUrl kDefaultEndpoint{QStringLiteral("https://app.ekuaibao.com")};
inline constexpr double kDocumentedRate = 1.0;          // QPS = 1 (processImageByFileUrl doc)
inline constexpr qint64 kMaxUploadBytes = 30LL * 1024 * 1024;
inline constexpr int kDownloadUrlSeconds = 1800;        // the longest the API grants
// A 403 this soon after a login is the vendor's "token not active yet" (changelog 1.17.0).
inline constexpr qint64 kFreshTokenMs = 10'000;
// A token is renewed this long before it expires, so it cannot expire in flight.
inline constexpr qint64 kExpiryMarginMs = 120'000;

QString vendorName(); // "Ekuaibao", for messages

struct AccessToken
{
    QString token;
    qint64 expiresAtMs = 0;   // absolute, ms since epoch (the API's expireTime)
    qint64 obtainedAtMs = 0;  // our clock when it arrived
    bool isNull() const { return token.isEmpty(); }
    // Usable for a call starting at `nowMs` (expiry not within the margin).
    bool validAt(qint64 nowMs) const { return !token.isEmpty() && nowMs + kExpiryMarginMs < expiresAtMs; }
    bool freshAt(qint64 nowMs) const { return nowMs - obtainedAtMs < kFreshTokenMs; }
    bool confirmed = false;   // a call has been accepted with it
    // A 403 with this token may be the vendor's "not active yet": new and never accepted.
    bool mayNotBeActiveYet(qint64 nowMs) const { return !confirmed && freshAt(nowMs); }
};

// POST /api/openapi/v1/auth/getAccessToken, JSON {"appKey", "appSecurity"} (body, never query).
PreparedRequest tokenRequest(const VendorEndpoint &endpoint, const QString &appKey, const QString &appSecurity);
// {"value": {"accessToken", "expireTime" (ms), …}}; nullopt when absent or malformed.
// An expireTime missing or in the past is taken as the documented 2 hours.
std::optional<AccessToken> parseToken(const QByteArray &body, qint64 nowMs);

// `path` with ?accessToken=<token, percent-encoded> under the endpoint.
QUrl apiUrl(const VendorEndpoint &endpoint, const QString &path, const QString &accessToken);

// POST /api/openapi/v2/attachment/upload?accessToken=…, multipart `name` + `file`.
PreparedRequest uploadRequest(const VendorEndpoint &endpoint, const QString &accessToken,
                              const QString &fileName, const QByteArray &mimeType, const QByteArray &data,
                              const QByteArray &boundary = {});
struct UploadedFile
{
    QString fileId;
    QString key;
};
std::optional<UploadedFile> parseUpload(const QByteArray &body);

// A file name the upload accepts: none of ? \ / * < > : " | and an extension.
QString safeFileName(const QString &name, const QString &extension);

// POST /api/openapi/v2/attachment/downloadurls?accessToken=…, [{"id","key","expiration"}].
PreparedRequest downloadUrlsRequest(const VendorEndpoint &endpoint, const QString &accessToken,
                                    const UploadedFile &file, int expirationSeconds = kDownloadUrlSeconds);
// The `url` for `fileId` from the array answer (also accepted wrapped in items/value);
// empty when the file was not found.
QString parseDownloadUrl(const QByteArray &body, const QString &fileId);

// Whether `url` can be processImageByFileUrl's fileUrl: the API documents it as "[下载附件]接口返回的
// url" — a signed URL of Ekuaibao's own attachment service. Taken as such: an http(s) URL on an
// Ekuaibao or Hosecloud host (*.ekuaibao.com, *.hosecloud.com) or on the host of `endpoint` (a
// private deployment). Anything else is a URL from elsewhere, which the API is not documented
// to fetch.
bool isAttachmentServiceUrl(const QUrl &url, const VendorEndpoint &endpoint);

// POST /api/openapi/v2/invoice/processImageByFileUrl?accessToken=…, {"fileUrl": …}.
PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QString &accessToken, const QString &fileUrl);

// What an answer means for the next step.
enum class Verdict {
    Ok,
    TokenRejected,   // 403 / 401: log in again (or wait, right after a login)
    Failed,          // anything else: the document's error
};
Verdict verdict(const HttpResult &result);

// Retry classifier for the calls made with a token: transport errors, 5xx and 429 (default);
// a 403 on a token that is only seconds old again after a pause (the vendor's own advice);
// the OCR's 400 "第三方出现问题请稍后再试" once after a pause (its supplier may be failing).
RetryDecision classify(const HttpResult &result, int attempt, bool tokenIsFresh, bool isOcr);

// The document's error for a failed call (`what` names the call for a person).
DocumentError toDocumentError(const HttpResult &result, const QString &what);

} // namespace ra::ekuaibao
