#pragma once

#include "core/connectioncheck.h"

// Ekuaibao's (合思) harmless call for "Test connection": getAccessToken with the app key and
// app security. A login recognises nothing and costs nothing; the token it returns is dropped.
namespace ra::ekuaibao {

// 200 with an accessToken → Ok; 401/403 (密钥无效: wrong keys, or an address prefix that is not
// the company's) → BadCredentials; 429, 5xx → VendorError; anything else UnexpectedAnswer.
ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result);
ConnectionProbe connectionProbe();

} // namespace ra::ekuaibao
