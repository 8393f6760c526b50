#pragma once

#include "core/httpexchange.h"
#include "core/retrypolicy.h"
#include "ruiqi/ruiqimapper.h"
#include "vendor/vendorhttp.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// Reading Qiniu's answers: the /invoice/multiple response (pure mapping, also used to map cached
// responses again), its errors and which of them are worth another attempt.
namespace ra::qiniu {

QString vendorName(); // "Qiniu", for messages

using OcrOutcome = vendor::PageOutcome;

// A 200 answer's body: {result, code, message, response: {data: {identify_results: [...],
// extra: {qrcode, barcode}}}}. result 0 → the vendor's code and message as the error.
// `context` says which page the image showed and how to map its pixels to the page.
OcrOutcome mapOcrBody(const QByteArray &body, const QString &requestId, const ruiqi::EntryContext &context);

// Any answer of the OCR call (after the retries): transport failure, HTTP status, body.
OcrOutcome mapOcrAnswer(const HttpResult &result, const ruiqi::EntryContext &context);

// Transport errors, 429 and 5xx again (NetworkJob's default); result 0 with code 10000
// (internal error) or 10400 (the image could not be downloaded) once more.
RetryDecision classifyOcr(const HttpResult &result, int attempt);

// The Kodo form upload's answer: nullopt when it succeeded (its body has the key), else the
// error (401 = the upload token was refused, 614/579…, 5xx).
std::optional<DocumentError> uploadError(const HttpResult &result);

} // namespace ra::qiniu
