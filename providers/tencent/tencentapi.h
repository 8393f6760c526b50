#pragma once

#include "core/httpexchange.h"
#include "core/retrypolicy.h"
#include "recognizeddocument.h"
#include "core/vendorendpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// Tencent Cloud OCR API 3.0: building signed requests, reading the {"Response": …} envelope,
// and the vendor's own rules about which answers are transient (vendor-protocols.md §1).
namespace ra::tencent {

inline constexpr auto kApiVersion = "2018-11-19";
inline constexpr auto kService = "ocr";
inline constexpr auto kContentType = "application/json";
inline const QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://ocr.tencentcloudapi.com")); }
inline constexpr auto kVatAction = "VatInvoiceOCR";
inline constexpr auto kOfdAction = "VerifyOfdVatInvoiceOCR";
inline constexpr double kDocumentedRate = 10.0;              // requests per second per action
// VatInvoiceOCR: "经Base64编码后不超过 7M" (seed). VerifyOfdVatInvoiceOCR's seed states no limit:
// the 10 MB of Tencent's other OCR actions is kept for it.
inline constexpr qint64 kVatMaxBase64Bytes = 7LL * 1024 * 1024;
inline constexpr qint64 kMaxBase64Bytes = 10LL * 1024 * 1024; // after Base64 (OFD)
// A page refused as too large (LimitExceeded.TooLargeFileError, FailedOperation.ImageSizeTooLarge)
// is shrunk to 60 % of the Base64 it had and sent again, at most this often.
inline constexpr int kMaxShrinkResends = 2;
bool isTooLargeError(const QString &code);
inline constexpr int kMinSide = 20;
inline constexpr int kMaxSide = 10000;
inline constexpr qint64 kMaxClockSkewSecs = 300;

// Region, a required common parameter of VatInvoiceOCR: "本接口仅支持其中的: ap-beijing,
// ap-guangzhou, ap-hongkong, ap-shanghai" (seed). VerifyOfdVatInvoiceOCR calls it optional.
// Without a configured one the adapters send kDefaultRegion.
inline constexpr auto kDefaultRegion = "ap-guangzhou";
QStringList vatRegions();                                  // the four, in the seed's order
QString effectiveRegion(const QString &configured);        // trimmed, or kDefaultRegion when empty
// Empty when `configured` (trimmed; empty = the default) is one VatInvoiceOCR serves; else a
// sentence naming it, the four and where to change it.
QString vatRegionProblem(const QString &configured);

// The request for `action` with `body` at `timestamp`: Host (from the endpoint, and signed),
// Content-Type, X-TC-Action, X-TC-Timestamp, X-TC-Version, X-TC-Region (when not empty),
// Authorization signed over content-type;host.
PreparedRequest buildRequest(const VendorEndpoint &endpoint, const QString &action, const QByteArray &body,
                             const QString &region, const QString &secretId, const QString &secretKey,
                             qint64 timestamp);

QByteArray vatInvoiceBody(const QByteArray &imageBase64);                    // {"ImageBase64": …}
QByteArray vatInvoicePdfBody(const QByteArray &pdfBase64, int pdfPageNumber);  // + IsPdf, PdfPageNumber
QByteArray ofdBody(const QByteArray &ofdBase64, int ofdPageNumber);           // {"OfdFileBase64": …, "OfdPageNumber": n}
// A remote document Tencent fetches itself (never downloaded by us). VatInvoiceOCR: ImageUrl
// with IsPdf true, which "supports images and PDFs alike", and PdfPageNumber (the answer's
// PdfPageSize then gives a PDF's page count). VerifyOfdVatInvoiceOCR: OfdFileUrl + OfdPageNumber.
QByteArray vatInvoiceUrlBody(const QByteArray &url, int pdfPageNumber);        // {"ImageUrl": …, "IsPdf": true, "PdfPageNumber": n}
QByteArray ofdUrlBody(const QByteArray &url, int ofdPageNumber);               // {"OfdFileUrl": …, "OfdPageNumber": n}

// The {"Response": …} envelope of one answer.
struct Envelope
{
    bool wellFormed = false;       // valid JSON with a Response object
    QJsonObject response;          // Response (without Error on success)
    QString errorCode;             // Response.Error.Code; empty on success
    QString errorMessage;
    QString requestId;             // Response.RequestId
};
Envelope parseEnvelope(const QByteArray &body);

// Tencent's SDK retry set: transport errors, non-200 HTTP, RequestLimitExceeded*; plus
// InternalError and FailedOperation.EngineRecognizeTimeout once; AuthFailure.SignatureExpire
// once (the next attempt is signed with a fresh timestamp). Nothing else.
RetryDecision classify(const HttpResult &result, int attempt);

// The document error for a failed exchange (transport, HTTP, malformed JSON or an Error in
// the envelope), with Tencent's code, message and request id.
DocumentError toDocumentError(const HttpResult &result);

} // namespace ra::tencent
