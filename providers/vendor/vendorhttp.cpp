#include "vendorhttp.h"

#include "core/clouderror.h"
#include "core/httpredaction.h"
#include "core/networkaccess.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ra::vendor {

QString requestIdOf(const HttpResult &result)
{
    const QString vendorId = NetworkAccess::vendorRequestId(result.headers, result.body);
    return vendorId.isEmpty() ? result.clientRequestId : vendorId;
}

DocumentError transportError(const HttpResult &result, const QString &vendorName, const QString &what)
{
    if (result.timedOut)
        return cloud::error(QString::fromLatin1(ErrorCode::Timeout),
                            QCoreApplication::translate("VendorHttp",
                                "%1 did not answer %2 in time (after %n attempt(s)). Try again later.",
                                nullptr, result.attempts).arg(vendorName, what),
                            result.clientRequestId);
    const QString reason = net::redactText(result.networkErrorString);
    return cloud::error(QString::fromLatin1(ErrorCode::Network),
                        QCoreApplication::translate("VendorHttp",
                            "%1 could not be reached for %2 (after %n attempt(s)): %3", nullptr,
                            result.attempts).arg(vendorName, what, reason),
                        result.clientRequestId);
}

bool isJsonObject(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError && d.isObject();
}

} // namespace ra::vendor
