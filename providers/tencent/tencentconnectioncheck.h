#pragma once

#include "core/connectioncheck.h"

#include <QByteArray>

// Tencent Cloud's harmless call for "Test connection": a signed VatInvoiceOCR request without
// an image. Tencent checks the signature before the parameters (AuthFailure.* means bad keys);
// the body's one parameter has the wrong type, so the API refuses it as InvalidParameter (or
// MissingParameter: no image) before any recognition, and nothing is billed.
namespace ra::tencent {

// {"PdfPageNumber":"connection-test"}: no ImageBase64/ImageUrl, PdfPageNumber not an integer.
QByteArray connectionCheckBody();
PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QString &secretId,
                                       const QString &secretKey, const QString &region, qint64 timestamp);
// AuthFailure.SignatureExpire → ClockSkew; other AuthFailure.* → BadCredentials;
// UnsupportedRegion (or any error about the Region) → VendorError, naming the four regions;
// MissingParameter, InvalidParameter*, FailedOperation.* about the (absent) image → Ok;
// service not enabled, arrears, frequency, internal errors → VendorError; anything that is
// not a {"Response": …} envelope with HTTP 200 → UnexpectedAnswer.
ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result);
ConnectionProbe connectionProbe();

} // namespace ra::tencent
