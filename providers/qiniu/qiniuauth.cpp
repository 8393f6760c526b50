#include "qiniuauth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <algorithm>

namespace ra::qiniu {
namespace {

constexpr auto kBase64 = QByteArray::Base64UrlEncoding; // padding kept, as the SDKs do

// Go's textproto.CanonicalMIMEHeaderKey: "x-qiniu-date" → "X-Qiniu-Date". The SDKs sign
// the canonical form whatever case the header was set in.
QByteArray canonicalHeaderName(const QByteArray &name)
{
    QByteArray out = name.toLower();
    bool upper = true;
    for (char &c : out) {
        if (upper && c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        upper = (c == '-');
    }
    return out;
}

QByteArray jsonString(const QString &s)
{
    // A one-element array is the simplest way to get Qt's JSON string escaping.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

QByteArray signingString(const SignedRequest &request)
{
    QByteArray s = request.method + ' ' + request.pathAndQuery + '\n';
    s += "Host: " + request.host + '\n';
    if (!request.contentType.isEmpty())
        s += "Content-Type: " + request.contentType + '\n';

    static const QByteArray prefix = "X-Qiniu-";
    HeaderList qiniuHeaders;
    for (const auto &[name, value] : request.headers) {
        const QByteArray canonical = canonicalHeaderName(name.trimmed());
        // Only names longer than the bare prefix take part (SDK rule).
        if (canonical.size() > prefix.size() && canonical.startsWith(prefix))
            qiniuHeaders.append({canonical, value.trimmed()});
    }
    std::stable_sort(qiniuHeaders.begin(), qiniuHeaders.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[name, value] : std::as_const(qiniuHeaders))
        s += name + ": " + value + '\n';
    s += '\n';

    // The body is signed only when it is not opaque bytes (form or JSON).
    if (!request.contentType.isEmpty() && request.contentType != "application/octet-stream")
        s += request.body;
    return s;
}

QByteArray encodedSign(const QByteArray &secretKey, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, secretKey, QCryptographicHash::Sha1).toBase64(kBase64);
}

QByteArray managementAuthorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                   const SignedRequest &request)
{
    return "Qiniu " + accessKey + ':' + encodedSign(secretKey, signingString(request));
}

QByteArray qiniuDate(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray putPolicy(const QString &bucket, const QString &key, qint64 deadline, int deleteAfterDays)
{
    const QString scope = key.isEmpty() ? bucket : bucket + u':' + key;
    QByteArray json = "{\"scope\":" + jsonString(scope) + ",\"deadline\":" + QByteArray::number(deadline);
    if (deleteAfterDays > 0)
        json += ",\"deleteAfterDays\":" + QByteArray::number(deleteAfterDays);
    json += '}';
    return json;
}

QByteArray uploadToken(const QByteArray &accessKey, const QByteArray &secretKey, const QByteArray &policyJson)
{
    const QByteArray encodedPolicy = policyJson.toBase64(kBase64);
    return accessKey + ':' + encodedSign(secretKey, encodedPolicy) + ':' + encodedPolicy;
}

QByteArray privateDownloadUrl(const QByteArray &url, qint64 deadline, const QByteArray &accessKey,
                              const QByteArray &secretKey)
{
    const QByteArray withDeadline = url + (url.contains('?') ? "&e=" : "?e=") + QByteArray::number(deadline);
    return withDeadline + "&token=" + accessKey + ':' + encodedSign(secretKey, withDeadline);
}

} // namespace ra::qiniu
