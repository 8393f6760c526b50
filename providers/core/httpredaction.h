#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Redaction for anything that is logged or shown about a request: secrets never leave the
// process through a log line, an error message or a file.
namespace ra::net {

inline constexpr auto kRedacted = "[redacted]";

// Authorization, Proxy-Authorization, Cookie, X-DF-API-SECRET, X-TC-Token and any header whose
// name contains "secret", "token", "password", "signature" or "api-key".
bool isSecretHeader(const QByteArray &name);

// The value to log for a header: "[redacted]" for secret headers, except that an
// Authorization keeps its scheme ("TC3-HMAC-SHA256 [redacted]", "Qiniu [redacted]").
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

// The URL with the values of secret query parameters (accessToken, refreshToken, token,
// Signature, security-token, OSSAccessKeyId, appSecurity, any name containing "token",
// "secret", "signature", "password") replaced, and user info dropped. A URL nested in a query
// value (Qiniu's url=…, possibly a signed URL a person gave) loses its whole query.
QString redactUrl(const QUrl &url);

// Free text (a vendor's error body, a Qt error string): tokens in query strings, key=value and
// "key":"value" pairs with secret names, Authorization values, and every credential value the
// process holds (secretvalues.h) are masked.
QString redactText(const QString &text);

// A vendor's response body as it may be stored (the claim's raw responses, the response cache)
// or shown: redactText's rules on text, the held credential values on any bytes. A body with
// nothing to mask comes back byte for byte.
QByteArray redactBody(const QByteArray &body);

} // namespace ra::net
