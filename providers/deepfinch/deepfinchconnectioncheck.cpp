#include "deepfinchconnectioncheck.h"

#include "core/credentialstore.h"
#include "core/multipartbody.h"
#include "deepfinchapi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::deepfinch {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ra::ConnectionCheck", s);
}

} // namespace

PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QString &apiId, const QString &apiSecret)
{
    const MultipartBody form;   // no part at all: the document is missing on purpose
    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(endpoint.resolved(QString::fromLatin1(kPath)));
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, form.contentType());
    p.request.setRawHeader("X-DF-API-ID", apiId.toUtf8());
    p.request.setRawHeader("X-DF-API-SECRET", apiSecret.toUtf8());
    p.body = form.body();
    return p;
}

ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result)
{
    ConnectionProbeVerdict v;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &err);
    const QJsonObject o = doc.object();
    const bool shaped = err.error == QJsonParseError::NoError && doc.isObject() && o.value(u"status"_s).isString();
    const QString status = o.value(u"status"_s).toString();
    v.detail = tr("HTTP status %1").arg(result.status);
    if (!status.isEmpty())
        v.detail += u", "_s + status.left(100);
    const QString reason = o.value(u"reason"_s).toString();
    if (!reason.isEmpty())
        v.detail += u": "_s + reason.left(300);
    const QString requestId = o.value(u"request_id"_s).toString();
    if (!requestId.isEmpty())
        v.detail += u", "_s + tr("request id %1").arg(requestId.left(100));

    if (result.status == 401 || status == u"UNAUTHORIZED") {
        v.outcome = ConnectionOutcome::BadCredentials;
    } else if (status == u"RATE_LIMIT_EXCEEDED" || result.status == 429 || result.status >= 500) {
        v.outcome = ConnectionOutcome::VendorError;
    } else if (shaped && (result.status == 400 || result.status == 200)) {
        v.outcome = ConnectionOutcome::Ok;   // past the key check, refused for the missing file
    }
    return v;
}

ConnectionProbe connectionProbe()
{
    ConnectionProbe p;
    p.vendorName = vendorName();
    p.endpointKey = u"deepfinch"_s;
    p.defaultEndpoint = kDefaultEndpoint;
    p.account = QString::fromLatin1(credentials::DeepFinch);
    p.requiredKeys = {u"api_id"_s, u"api_secret"_s};
    p.request = [](const VendorEndpoint &endpoint, CredentialStore &store, qint64) {
        const QString account = QString::fromLatin1(credentials::DeepFinch);
        return connectionCheckRequest(endpoint, store.read(account, u"api_id"_s), store.read(account, u"api_secret"_s));
    };
    p.verdict = &connectionCheckVerdict;
    return p;
}

} // namespace ra::deepfinch
