#include "qiniurequests.h"

#include "core/multipartbody.h"
#include "qiniuauth.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace ra::qiniu {

QString objectKey(const QByteArray &imageBytes, const QString &extension)
{
    return u"reimburse/"_s
           + QString::fromLatin1(QCryptographicHash::hash(imageBytes, QCryptographicHash::Sha256).toHex())
           + u'.' + extension;
}

QByteArray objectUrl(const QString &bucketDomain, const QString &key)
{
    QString domain = bucketDomain.trimmed();
    while (domain.endsWith(u'/'))
        domain.chop(1);
    if (!domain.contains(u"://"_s))
        domain.prepend(u"https://"_s);
    QByteArray path;
    const QStringList segments = key.split(u'/');
    for (const QString &s : segments) {
        if (!path.isEmpty())
            path += '/';
        path += QUrl::toPercentEncoding(s);
    }
    return QUrl(domain).toEncoded() + '/' + path;
}

QByteArray encodeUrlParameter(const QByteArray &imageUrl)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(imageUrl));
}

QByteArray requestTarget(const QUrl &url)
{
    // What QHttpNetworkRequest writes on the request line (no proxy): path and query, encoded,
    // "/" for an empty path.
    QUrl copy = url;
    if (copy.path().isEmpty())
        copy.setPath(u"/"_s);
    return copy.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment
                          | QUrl::FullyEncoded);
}

PreparedRequest ocrRequest(const VendorEndpoint &endpoint, const QByteArray &imageUrl,
                           const QByteArray &accessKey, const QByteArray &secretKey, const QDateTime &now,
                           const QByteArray &contentType)
{
    QUrl url = endpoint.resolved(u"/invoice/multiple"_s);
    url.setQuery(QString::fromLatin1("url=" + encodeUrlParameter(imageUrl)), QUrl::StrictMode);

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

PreparedRequest uploadRequest(const VendorEndpoint &endpoint, const QByteArray &uploadToken,
                              const QString &key, const QString &fileName, const QByteArray &mimeType,
                              const QByteArray &data, const QByteArray &boundary)
{
    MultipartBody form = boundary.isEmpty() ? MultipartBody() : MultipartBody(boundary);
    form.addField(u"token"_s, QString::fromLatin1(uploadToken));
    form.addField(u"key"_s, key);
    form.addFile(u"file"_s, fileName, mimeType, data);

    PreparedRequest p;
    p.verb = "POST";
    p.request.setUrl(endpoint.resolved(u"/"_s));
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, form.contentType());
    p.body = form.body();
    return p;
}

} // namespace ra::qiniu
