#pragma once

#include "recognizeddocument.h"

#include <QString>

// Error codes of the cloud providers, in the same namespace as the document error codes of
// models/recognizeddocument.h. Each DocumentError built from a vendor answer also carries the
// vendor's own code and request id (DocumentError::vendorCode / requestId) and names both in
// its message, so a person can quote them to the vendor's support.
namespace ra::ErrorCode {
inline constexpr auto NotConfigured = "not_configured";      // credentials missing
inline constexpr auto EndpointRefused = "endpoint_refused";  // plain http to a non-loopback host, bad URL
inline constexpr auto UnsupportedInput = "unsupported_input"; // this provider does not take this format
inline constexpr auto InputTooLarge = "input_too_large";     // cannot be brought under the vendor's limits
inline constexpr auto Network = "network_error";             // transport failure after the retries
// Timeout ("timeout": no complete answer within the transfer timeout) is in recognizeddocument.h:
// the local provider's worker process uses it too.
inline constexpr auto Http = "http_error";                   // unexpected HTTP status
inline constexpr auto BadResponse = "bad_response";          // malformed, truncated or unexpected JSON
inline constexpr auto AuthFailed = "auth_failed";            // vendor refused the credentials or signature
inline constexpr auto RateLimited = "rate_limited";          // vendor refused for frequency, after retries
inline constexpr auto QuotaExhausted = "quota_exhausted";    // arrears, resource pack used up, not enabled
inline constexpr auto VendorRejected = "vendor_rejected";    // the vendor refused this document (bad image ...)
inline constexpr auto VendorError = "vendor_error";          // any other vendor-side failure
} // namespace ra::ErrorCode

namespace ra::cloud {

// "Tencent Cloud refused the request: AuthFailure.SignatureFailure: The provided credentials
// could not be validated (request id ed93f3cb-…)". `message` is the vendor's text, unchanged
// except that it is cut to a sane length; it must never contain a secret (vendors do not echo
// keys; callers never add them).
DocumentError vendorError(const QString &code, const QString &vendorName, const QString &vendorCode,
                          const QString &vendorMessage, const QString &requestId);

// An error of ours (no vendor code), e.g. NotConfigured, with a message a person can act on.
DocumentError error(const QString &code, const QString &message, const QString &requestId = {});

} // namespace ra::cloud
