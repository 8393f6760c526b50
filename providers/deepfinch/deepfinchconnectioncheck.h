#pragma once

#include "core/connectioncheck.h"

// DeepFinch's harmless call for "Test connection": POST /ocr/value_add_tax_invoice with the
// X-DF-API-ID / X-DF-API-SECRET headers and an empty multipart form (neither `file` nor `url`).
// The API checks the headers first (401 UNAUTHORIZED) and then refuses the missing document
// (400 INVALID_ARGUMENT): nothing is recognised or billed.
namespace ra::deepfinch {

PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret);
// 401 or status UNAUTHORIZED → BadCredentials; 400 INVALID_ARGUMENT (or any other 400/200 in
// DeepFinch's {status, request_id} shape) → Ok; RATE_LIMIT_EXCEEDED, 5xx → VendorError; the
// rest UnexpectedAnswer.
ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result);
ConnectionProbe connectionProbe();

} // namespace ra::deepfinch
