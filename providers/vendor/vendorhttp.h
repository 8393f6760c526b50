#pragma once

#include "core/httpexchange.h"
#include "recognizeddocument.h"

#include <QList>
#include <QString>
#include <optional>

// What the vendor adapters (Qiniu, Ekuaibao, DeepFinch) share about reading an HTTP answer.
namespace ra::vendor {

// What one vendor answer (one page) gave: invoices, or the document's error.
struct PageOutcome
{
    QList<Invoice> invoices;
    std::optional<DocumentError> error;
};

// The vendor's request id (X-Reqid, X-Request-Id, request_id, RequestId in the body), else ours.
QString requestIdOf(const HttpResult &result);

// The error for an attempt that got no HTTP answer: Timeout, or Network naming Qt's reason.
// `what` names the call for a person ("the upload", "the recognition call").
DocumentError transportError(const HttpResult &result, const QString &vendorName, const QString &what);

// True when the answer is a complete HTTP response whose body parses as a JSON object.
bool isJsonObject(const QByteArray &body);

} // namespace ra::vendor
