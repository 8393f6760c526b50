#include "deepfinchapi.h"

#include "core/clouderror.h"
#include "core/multipartbody.h"
#include "core/ratelimiter.h" // complete type for networkjob.h's QPointer
#include "core/networkjob.h"
#include "vendor/vendorhttp.h"
#include "vendor/vendorvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::deepfinch {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("DeepFinchProvider", s);
}

QString statusOf(const QByteArray &body)
{
    return vendor::scalarText(QJsonDocument::fromJson(body).object().value(u"status")).trimmed();
}

PreparedRequest request(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret,
                        const MultipartBody &form)
{
    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(endpoint.resolved(QString::fromLatin1(kPath)));
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, form.contentType());
    p.request.setRawHeader("X-DF-API-ID", apiId.toUtf8());
    p.request.setRawHeader("X-DF-API-SECRET", apiSecret.toUtf8());
    p.body = form.body();
    return p;
}

} // namespace

QString vendorName()
{
    return tr("DeepFinch");
}

PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret,
                           const QString &fileName, const QByteArray &mimeType, const QByteArray &data,
                           const QByteArray &boundary)
{
    MultipartBody form = boundary.isEmpty() ? MultipartBody() : MultipartBody(boundary);
    form.addFile(u"file"_s, fileName, mimeType, data);
    return request(endpoint, apiId, apiSecret, form);
}

PreparedRequest ocrUrlRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret,
                              const QByteArray &url, const QByteArray &boundary)
{
    MultipartBody form = boundary.isEmpty() ? MultipartBody() : MultipartBody(boundary);
    form.addField(u"url"_s, QString::fromUtf8(url));
    return request(endpoint, apiId, apiSecret, form);
}

RetryDecision classify(const HttpResult &result, int attempt)
{
    const RetryDecision d = NetworkJob::defaultClassifier(result, attempt);
    if (d.retry)
        return d;
    if (statusOf(result.body) == u"RATE_LIMIT_EXCEEDED")
        return RetryDecision::again(u"RATE_LIMIT_EXCEEDED"_s, 1000);
    return RetryDecision::stop();
}

std::optional<DocumentError> answerError(const HttpResult &result)
{
    if (result.transportFailed() || result.aborted)
        return vendor::transportError(result, vendorName(), tr("the recognition call"));
    const QString requestId = vendor::requestIdOf(result);
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    const QJsonObject o = doc.object();
    const QString status = vendor::scalarText(o.value(u"status")).trimmed();
    if (result.status == 200 && status == u"OK")
        return std::nullopt;
    if (result.status == 200 && !doc.isObject())
        return cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                  tr("the answer is not valid JSON"), requestId);

    QString code = QString::fromLatin1(ErrorCode::VendorError);
    if (status == u"UNAUTHORIZED" || (status.isEmpty() && result.status == 401))
        code = QString::fromLatin1(ErrorCode::AuthFailed);
    else if (status == u"RATE_LIMIT_EXCEEDED" || result.status == 429)
        code = QString::fromLatin1(ErrorCode::RateLimited);
    else if (status == u"INVALID_ARGUMENT" || status == u"DETECTION_FAILED")
        code = QString::fromLatin1(ErrorCode::VendorRejected);
    else if (status.isEmpty() && result.status == 200)
        code = QString::fromLatin1(ErrorCode::BadResponse);
    else if (status.isEmpty() && result.status != 200 && result.status < 500)
        code = QString::fromLatin1(ErrorCode::Http);

    QString message = vendor::scalarText(o.value(u"reason")).trimmed();
    if (message.isEmpty())
        message = vendor::errorMessageFromBody(result.body);
    if (message.isEmpty())
        message = status.isEmpty() ? tr("HTTP status %1").arg(result.status) : tr("no reason given");
    const QString vendorCode = status.isEmpty() ? u"HTTP "_s + QString::number(result.status) : status;
    return cloud::vendorError(code, vendorName(), vendorCode, message, requestId);
}

} // namespace ra::deepfinch
