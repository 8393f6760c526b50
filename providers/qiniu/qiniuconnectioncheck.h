#pragma once

#include "core/connectioncheck.h"

#include <QByteArray>
#include <QDateTime>

// Qiniu's harmless call for "Test connection": POST /invoice/multiple signed with the "Qiniu"
// management token but without the required url= parameter. ap-gate checks the token first
// (HTTP 401 for bad keys, 403 for a skewed X-Qiniu-Date) and then refuses the missing image,
// so nothing is fetched, recognised or billed. The bucket and its domain are not checked
// (that would mean storing an object).
namespace ra::qiniu {

PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QByteArray &accessKey,
                                       const QByteArray &secretKey, const QDateTime &now);
// 401 → BadCredentials; 403 about the request time → ClockSkew; a JSON answer with HTTP 200 or
// 400 (the missing parameter) → Ok; 429, 5xx and other 403s → VendorError; the rest
// UnexpectedAnswer.
ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result);
ConnectionProbe connectionProbe();

} // namespace ra::qiniu
