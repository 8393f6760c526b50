#include "ekuaibaoapi.h"

#include "secretvalues.h"

#include "core/clouderror.h"
#include "core/multipartbody.h"
#include "core/ratelimiter.h" // complete type for networkjob.h's QPointer
#include "core/networkjob.h"
#include "vendor/vendorhttp.h"
#include "vendor/vendorvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::ekuaibao {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("EkuaibaoProvider", s);
}

constexpr qint64 kDefaultLifetimeMs = 2 * 3600 * 1000;

PreparedRequest jsonPost(const QUrl &url, const QByteArray &body)
{
    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(url);
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    p.body = body;
    return p;
}

QJsonObject valueObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"value").toObject();
}

} // namespace

QString vendorName()
{
    return tr("Ekuaibao");
}

PreparedRequest tokenRequest(const VendorEndpoint &endpoint, const QString &appKey, const QString &appSecurity)
{
    const QJsonObject o{{u"appKey"_s, appKey}, {u"appSecurity"_s, appSecurity}};
    return jsonPost(endpoint.resolved(u"/api/openapi/v1/auth/getAccessToken"_s),
                    QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<AccessToken> parseToken(const QByteArray &body, qint64 nowMs)
{
    const QJsonObject v = valueObject(body);
    AccessToken t;
    t.token = vendor::scalarText(v.value(u"accessToken")).trimmed();
    if (t.token.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 expire = vendor::scalarText(v.value(u"expireTime")).toLongLong(&ok);
    t.expiresAtMs = ok && expire > nowMs ? expire : nowMs + kDefaultLifetimeMs;
    t.obtainedAtMs = nowMs;
    // A token is a credential: masked in every log line and stored response from now on.
    secrets::remember(t.token);
    return t;
}

QUrl apiUrl(const VendorEndpoint &endpoint, const QString &path, const QString &accessToken)
{
    QUrl url = endpoint.resolved(path);
    // Fully percent-encoded: a ':' or '+' in the token must arrive as sent.
    url.setQuery(QString::fromLatin1("accessToken=" + QUrl::toPercentEncoding(accessToken)), QUrl::StrictMode);
    return url;
}

PreparedRequest uploadRequest(const VendorEndpoint &endpoint, const QString &accessToken, const QString &fileName,
                              const QByteArray &mimeType, const QByteArray &data, const QByteArray &boundary)
{
    MultipartBody form = boundary.isEmpty() ? MultipartBody() : MultipartBody(boundary);
    form.addField(u"name"_s, fileName);
    form.addFile(u"file"_s, fileName, mimeType, data);
    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(apiUrl(endpoint, u"/api/openapi/v2/attachment/upload"_s, accessToken));
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, form.contentType());
    p.body = form.body();
    return p;
}

std::optional<UploadedFile> parseUpload(const QByteArray &body)
{
    const QJsonObject v = valueObject(body);
    UploadedFile f;
    f.fileId = vendor::scalarText(v.value(u"fileId")).trimmed();
    f.key = vendor::scalarText(v.value(u"key")).trimmed();
    if (f.fileId.isEmpty() || f.key.isEmpty())
        return std::nullopt;
    return f;
}

QString safeFileName(const QString &name, const QString &extension)
{
    static const QString forbidden = u"?\\/*<>:\"|"_s;
    QString base;
    for (const QChar c : name) {
        if (!forbidden.contains(c) && c.unicode() >= 0x20)
            base += c;
    }
    base = base.trimmed();
    if (base.isEmpty())
        base = u"invoice"_s;
    const QString suffix = u'.' + extension;
    if (!base.endsWith(suffix, Qt::CaseInsensitive))
        base += suffix;
    return base;
}

PreparedRequest downloadUrlsRequest(const VendorEndpoint &endpoint, const QString &accessToken,
                                    const UploadedFile &file, int expirationSeconds)
{
    const QJsonArray a{QJsonObject{{u"id"_s, file.fileId}, {u"key"_s, file.key},
                                   {u"expiration"_s, std::clamp(expirationSeconds, 60, kDownloadUrlSeconds)}}};
    return jsonPost(apiUrl(endpoint, u"/api/openapi/v2/attachment/downloadurls"_s, accessToken),
                    QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString parseDownloadUrl(const QByteArray &body, const QString &fileId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray items = doc.array();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        items = o.value(u"items").isArray() ? o.value(u"items").toArray() : o.value(u"value").toArray();
    }
    for (const QJsonValue &v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        const QString id = vendor::scalarText(o.value(u"id")).trimmed();
        const QString url = vendor::scalarText(o.value(u"url")).trimmed();
        if ((id == fileId || items.size() == 1) && !url.isEmpty())
            return url;
    }
    return {};
}

bool isAttachmentServiceUrl(const QUrl &url, const VendorEndpoint &endpoint)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
        return false;
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    for (const QString &domain : {u"ekuaibao.com"_s, u"hosecloud.com"_s})
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    return endpoint.isValid() && host == endpoint.url().host().toLower();
}

PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QString &accessToken, const QString &fileUrl)
{
    const QJsonObject o{{u"fileUrl"_s, fileUrl}};
    return jsonPost(apiUrl(endpoint, u"/api/openapi/v2/invoice/processImageByFileUrl"_s, accessToken),
                    QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Verdict verdict(const HttpResult &result)
{
    if (result.status == 200)
        return Verdict::Ok;
    if (result.status == 401 || result.status == 403)
        return Verdict::TokenRejected;
    return Verdict::Failed;
}

RetryDecision classify(const HttpResult &result, int attempt, bool tokenIsFresh, bool isOcr)
{
    const RetryDecision d = NetworkJob::defaultClassifier(result, attempt);
    if (d.retry)
        return d;
    if (result.status == 403 && tokenIsFresh)
        return RetryDecision::again(u"HTTP 403 right after login"_s, 1500, 3);
    if (isOcr && result.status == 400)
        return RetryDecision::again(u"HTTP 400 (the OCR supplier may be failing)"_s, 2000, 2);
    return RetryDecision::stop();
}

DocumentError toDocumentError(const HttpResult &result, const QString &what)
{
    if (result.transportFailed() || result.aborted)
        return vendor::transportError(result, vendorName(), what);
    const QString requestId = vendor::requestIdOf(result);
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    QString vendorCode = vendor::scalarText(body.value(u"errorCode")).trimmed();
    if (vendorCode.isEmpty() || vendorCode == QString::number(result.status))
        vendorCode = u"HTTP "_s + QString::number(result.status);
    QString message = vendor::errorMessageFromBody(result.body);
    QString code = QString::fromLatin1(ErrorCode::Http);
    switch (result.status) {
    case 200:
        code = QString::fromLatin1(ErrorCode::BadResponse);
        vendorCode.clear();
        message = tr("the answer is not what the API documents (malformed or truncated JSON)");
        break;
    case 401:
    case 403:
        code = QString::fromLatin1(ErrorCode::AuthFailed);
        if (message.isEmpty())
            message = tr("the app key or app security was refused, or the token expired "
                         "(check EKUAIBAO_APP_KEY and EKUAIBAO_APP_SECURITY, and that the OCR feature is enabled)");
        break;
    case 400:
        code = QString::fromLatin1(ErrorCode::VendorRejected);
        break;
    case 412:
        code = QString::fromLatin1(ErrorCode::VendorError);
        break;
    case 413:
        code = QString::fromLatin1(ErrorCode::InputTooLarge);
        break;
    case 429:
        code = QString::fromLatin1(ErrorCode::RateLimited);
        break;
    default:
        if (result.status >= 500)
            code = QString::fromLatin1(ErrorCode::VendorError);
    }
    if (message.isEmpty())
        message = tr("HTTP status %1").arg(result.status);
    return cloud::vendorError(code, vendorName(), vendorCode, what + u": "_s + message, requestId);
}

} // namespace ra::ekuaibao
