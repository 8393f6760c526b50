#include "qiniufakeserver.h"

#include "qiniu/qiniuauth.h"
#include "qiniufakemultipart.h"

#include <QBuffer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::test {
namespace {

constexpr qint64 kMaxImageBytes = 8LL * 1024 * 1024;
constexpr qint64 kMaxSkewSecs = 15 * 60;

QByteArray sniffImage(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return "jpeg";
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return "png";
    return {};
}

} // namespace

QiniuFakeServer::QiniuFakeServer(const QString &accessKey, const QString &secretKey, const QString &bucket,
                                 QObject *parent)
    : FakeVendorServer(parent), m_ak(accessKey.toUtf8()), m_sk(secretKey.toUtf8()), m_bucket(bucket)
{
}

QiniuFakeServer::~QiniuFakeServer() = default;

QString QiniuFakeServer::bucketDomain() const
{
    return baseUrl().toString() + u"/kodo"_s;
}

void QiniuFakeServer::faultOn(Call call, Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_callFaults.append({call, fault});
}

int QiniuFakeServer::callsOf(Call call) const
{
    return m_calls.value(int(call));
}

qint64 QiniuFakeServer::now() const
{
    return m_serverTime ? m_serverTime() : QDateTime::currentSecsSinceEpoch();
}

QiniuFakeServer::Call QiniuFakeServer::callOf(const QUrl &url, const QByteArray &method)
{
    if (url.path().startsWith(u"/invoice/"))
        return Call::Ocr;
    if (method == "GET" || url.path().startsWith(u"/kodo/"))
        return Call::Download;
    return Call::Upload;
}

bool QiniuFakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET"_ba : "POST"_ba;
    const Call call = callOf(request.url(), method);
    m_calls[int(call)] += 1;
    // A fault aimed at this kind of call is handed to the base for exactly this request.
    for (qsizetype i = 0; i < m_callFaults.size(); ++i) {
        if (m_callFaults.at(i).first == call) {
            injectFault(m_callFaults.takeAt(i).second, 1);
            break;
        }
    }
    return FakeVendorServer::handleRequest(request, socket);
}

FakeVendorServer::Answer QiniuFakeServer::json(int status, const QJsonObject &body)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    a.headers = {{"X-Reqid", "fake-qiniu-" + QByteArray::number(++m_sequence)}};
    return a;
}

FakeVendorServer::Answer QiniuFakeServer::handle(const Request &request)
{
    switch (callOf(request.url, request.method)) {
    case Call::Upload:
        return handleUpload(request);
    case Call::Download:
        return handleDownload(request);
    case Call::Ocr:
        return handleOcr(request);
    }
    return json(404, {});
}

FakeVendorServer::Answer QiniuFakeServer::handleUpload(const Request &request)
{
    const auto form = parseMultipartForm(request.header("Content-Type"), request.body);
    if (!form) {
        noteRejected();
        return json(400, {{u"error"_s, u"invalid multipart form"_s}});
    }
    // The file part must come last (Kodo reads the fields before the data).
    if (form->parts.isEmpty() || form->parts.last().name != "file") {
        noteRejected();
        return json(400, {{u"error"_s, u"file must be the last part"_s}});
    }
    const QList<QByteArray> token = form->field("token").split(':');
    if (token.size() != 3 || token.at(0) != m_ak || token.at(1) != qiniu::encodedSign(m_sk, token.at(2))) {
        noteRejected();
        return json(401, {{u"error"_s, u"bad token"_s}});
    }
    const QJsonObject policy =
        QJsonDocument::fromJson(QByteArray::fromBase64(token.at(2), QByteArray::Base64UrlEncoding)).object();
    const QString key = QString::fromUtf8(form->field("key"));
    const QString scope = policy.value(u"scope"_s).toString();
    if (policy.value(u"deadline"_s).toInteger() < now()) {
        noteRejected();
        return json(401, {{u"error"_s, u"token out of date"_s}});
    }
    if (scope != m_bucket && scope != m_bucket + u':' + key) {
        noteRejected();
        return json(401, {{u"error"_s, u"scope does not match the key or bucket"_s}});
    }
    if (key.isEmpty()) {
        noteRejected();
        return json(400, {{u"error"_s, u"key missing"_s}});
    }
    m_objects.insert(key, form->part("file")->data);
    ++m_uploads;
    return json(200, {{u"hash"_s, QString(u"Fake"_s + QString::number(qHash(form->part("file")->data)))}, {u"key"_s, key}});
}

std::optional<QString> QiniuFakeServer::objectKeyFromUrl(const QByteArray &url, QString *problem) const
{
    const QUrl u = QUrl::fromEncoded(url, QUrl::StrictMode);
    const QString prefix = u"/kodo/"_s;
    const QUrl domain(bucketDomain());
    if (!u.isValid() || u.host() != domain.host() || u.port() != domain.port() || !u.path().startsWith(prefix)) {
        *problem = u"not this bucket's domain"_s;
        return std::nullopt;
    }
    if (m_private) {
        // Kodo's private download check: token = AK:sign(URL up to and including e=…).
        const qsizetype tokenPos = url.lastIndexOf("&token=");
        const QUrlQuery q(u);
        const qint64 deadline = q.queryItemValue(u"e"_s).toLongLong();
        if (tokenPos < 0 || deadline < now()) {
            *problem = u"private bucket: missing or expired download token"_s;
            return std::nullopt;
        }
        const QByteArray expected = m_ak + ':' + qiniu::encodedSign(m_sk, url.left(tokenPos));
        if (url.mid(tokenPos + 7) != expected) {
            *problem = u"private bucket: bad download token"_s;
            return std::nullopt;
        }
    }
    return u.path(QUrl::FullyDecoded).mid(prefix.size());
}

FakeVendorServer::Answer QiniuFakeServer::handleDownload(const Request &request)
{
    QString problem;
    const auto key = objectKeyFromUrl(
        baseUrl().toEncoded() + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), &problem);
    if (!key || !m_objects.contains(*key)) {
        noteRejected();
        return json(key ? 404 : 401, {{u"error"_s, key ? u"no such file or directory"_s : problem}});
    }
    Answer a;
    a.body = m_objects.value(*key);
    a.contentType = sniffImage(a.body) == "png" ? "image/png" : "image/jpeg";
    return a;
}

FakeVendorServer::Answer QiniuFakeServer::handleOcr(const Request &request)
{
    // The management token, recomputed over what arrived.
    const QByteArray auth = request.header("Authorization");
    const QByteArray contentType = request.header("Content-Type");
    const QByteArray date = request.header("X-Qiniu-Date");
    qiniu::SignedRequest s;
    s.method = request.method;
    s.pathAndQuery = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    s.host = request.header("Host");
    s.contentType = contentType;
    s.headers = request.headers;
    s.body = request.body;
    if (request.method != "POST" || contentType.isEmpty() || !auth.startsWith("Qiniu ")
        || auth != qiniu::managementAuthorization(m_ak, m_sk, s)) {
        noteRejected();
        return json(401, {{u"error"_s, u"bad token"_s}});
    }
    if (!date.isEmpty()) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(date), u"yyyyMMdd'T'HHmmss'Z'"_s);
        QDateTime utc = t;
        utc.setTimeZone(QTimeZone::utc());
        if (!t.isValid() || std::abs(utc.toSecsSinceEpoch() - now()) > kMaxSkewSecs) {
            noteRejected();
            return json(403, {{u"error"_s, u"request time is too skewed"_s}});
        }
    }
    const QUrlQuery query(request.url);
    const QStringList urls = query.allQueryItemValues(u"url"_s, QUrl::FullyDecoded);
    if (query.queryItems().size() != 1 || urls.size() != 1 || !request.body.isEmpty()) {
        noteRejected();
        return json(200, {{u"result"_s, 0}, {u"code"_s, 10003}, {u"message"_s, u"Invalid parameter"_s}});
    }
    m_lastOcrUrl = urls.first();
    // The bucket's own objects (after a Kodo upload), else any URL on the internet (publish()).
    QString problem;
    const auto key = objectKeyFromUrl(urls.first().toUtf8(), &problem);
    std::optional<QByteArray> fetched;
    if (key && m_objects.contains(*key))
        fetched = m_objects.value(*key);
    else if (!key && !urls.first().startsWith(bucketDomain()))
        fetched = fetchRemote(urls.first());
    if (!fetched) {
        noteRejected();
        return json(200, {{u"result"_s, 0}, {u"code"_s, 10400}, {u"message"_s, u"download image file failed"_s}});
    }
    const QByteArray image = *fetched;
    if (sniffImage(image).isEmpty() || image.size() > kMaxImageBytes) {
        noteRejected();
        return json(200, {{u"result"_s, 0}, {u"code"_s, 10006}, {u"message"_s, u"Invalid image"_s}});
    }
    ++m_ocrCalls;
    const QJsonArray results = m_responder ? m_responder(image) : defaultResults(image);
    const QJsonObject data{{u"version"_s, u"4.8_20180226"_s}, {u"result"_s, 1}, {u"message"_s, u"success"_s},
                           {u"identify_results"_s, results}, {u"extra"_s, QJsonObject()}};
    return json(200, {{u"result"_s, 1}, {u"response"_s, QJsonObject{{u"data"_s, data}}}});
}

QJsonArray QiniuFakeServer::defaultResults(const QByteArray &image)
{
    QBuffer buffer;
    buffer.setData(image);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    QString number = reader.text(u"number"_s);
    if (number.isEmpty())
        number = u"15064112"_s;
    const QJsonObject details{{u"code"_s, u"6300161320"_s}, {u"number"_s, number},
                              {u"date"_s, u"2017年03月28日"_s}, {u"pretax_amount"_s, u"2648.54"_s},
                              {u"tax"_s, u"450.25"_s}, {u"total"_s, u"3098.79"_s},
                              {u"seller"_s, u"某某有限公司"_s}, {u"company_seal"_s, u"1"_s}};
    const QJsonArray region{int(size.width() * 0.05), int(size.height() * 0.05), int(size.width() * 0.95),
                            int(size.height() * 0.95)};
    return QJsonArray{QJsonObject{{u"type"_s, u"10101"_s}, {u"orientation"_s, 0}, {u"region"_s, region},
                                  {u"details"_s, details},
                                  {u"extra"_s, QJsonObject{{u"number_order_error"_s, QJsonArray{u"15064115"_s}}}}}};
}

FakeVendorServer::Answer QiniuFakeServer::faultAnswer(Fault fault, const Request &request)
{
    Q_UNUSED(request);
    switch (fault) {
    case Fault::RateLimit:
        return json(429, {{u"error"_s, u"too many requests"_s}});
    case Fault::AuthFailure:
        return json(401, {{u"error"_s, u"bad token"_s}});
    case Fault::ExpiredToken:
        return json(403, {{u"error"_s, u"request time is too skewed"_s}});
    case Fault::InternalError:
        return json(200, {{u"result"_s, 0}, {u"code"_s, 10000}, {u"message"_s, u"Internal error"_s}});
    case Fault::InvalidRequest:
        return json(200, {{u"result"_s, 0}, {u"code"_s, 10003}, {u"message"_s, u"Invalid parameter"_s}});
    case Fault::Malformed: {
        Answer a = json(200, {});
        a.body = "{\"result\":1,\"response\":{\"data\":{\"identify_results\":[{\"type\":";
        return a;
    }
    case Fault::ServerError:
    default: {
        Answer a = json(503, {});
        a.body = "<html><body>503 Service Unavailable</body></html>";
        a.contentType = "text/html";
        return a;
    }
    }
}

} // namespace ra::test
