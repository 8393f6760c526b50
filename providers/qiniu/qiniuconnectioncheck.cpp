#include "qiniuconnectioncheck.h"

#include "core/credentialstore.h"
#include "qiniuauth.h"
#include "qiniurequests.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::qiniu {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ra::ConnectionCheck", s);
}

} // namespace

PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QByteArray &accessKey,
                                       const QByteArray &secretKey, const QDateTime &now)
{
    const QUrl url = endpoint.resolved(u"/invoice/multiple"_s);   // no url=: the missing parameter
    const QByteArray contentType = kOcrContentType;
    const QByteArray date = qiniuDate(now);
    SignedRequest s;
    s.method = "POST";
    s.pathAndQuery = requestTarget(url);
    s.host = endpoint.hostHeader();
    s.contentType = contentType;
    s.headers = {{"X-Qiniu-Date", date}};

    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(url);
    p.request.setRawHeader("Host", s.host);
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    p.request.setRawHeader("X-Qiniu-Date", date);
    p.request.setRawHeader("Authorization", managementAuthorization(accessKey, secretKey, s));
    return p;
}

ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result)
{
    ConnectionProbeVerdict v;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &err);
    const bool json = err.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject o = doc.object();
    QString text = o.value(u"error"_s).toString();
    if (text.isEmpty())
        text = o.value(u"message"_s).toString();
    v.detail = tr("HTTP status %1").arg(result.status);
    if (o.contains(u"code"_s))
        v.detail += u", "_s + tr("code %1").arg(o.value(u"code"_s).toVariant().toString());
    if (!text.isEmpty())
        v.detail += u": "_s + text.left(300);
    const QByteArray reqid = result.header("X-Reqid");
    if (!reqid.isEmpty())
        v.detail += u", "_s + tr("request id %1").arg(QString::fromLatin1(reqid.left(100)));

    if (result.status == 401) {
        v.outcome = ConnectionOutcome::BadCredentials;
    } else if (result.status == 403) {
        v.outcome = text.contains(u"time"_s, Qt::CaseInsensitive) || text.contains(u"skew"_s, Qt::CaseInsensitive)
            ? ConnectionOutcome::ClockSkew
            : ConnectionOutcome::VendorError;
    } else if ((result.status == 200 || result.status == 400) && json) {
        v.outcome = ConnectionOutcome::Ok;   // past the token check, refused for the missing url
    } else if (result.status == 429 || result.status >= 500) {
        v.outcome = ConnectionOutcome::VendorError;
    }
    return v;
}

ConnectionProbe connectionProbe()
{
    ConnectionProbe p;
    p.vendorName = tr("Qiniu");
    p.endpointKey = u"qiniu"_s;
    p.defaultEndpoint = kDefaultOcrEndpoint;
    p.account = QString::fromLatin1(credentials::Qiniu);
    p.requiredKeys = {u"access_key"_s, u"secret_key"_s};
    p.request = [](const VendorEndpoint &endpoint, CredentialStore &store, qint64 now) {
        const QString account = QString::fromLatin1(credentials::Qiniu);
        return connectionCheckRequest(endpoint, store.read(account, u"access_key"_s).toUtf8(),
                                      store.read(account, u"secret_key"_s).toUtf8(),
                                      QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()));
    };
    p.verdict = &connectionCheckVerdict;
    return p;
}

} // namespace ra::qiniu
