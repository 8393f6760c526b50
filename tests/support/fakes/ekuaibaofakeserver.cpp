#include "ekuaibaofakeserver.h"

#include "qiniufakemultipart.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::test {
namespace {

constexpr qint64 kMaxUpload = 30LL * 1024 * 1024;

bool isImageOrPdf(const QByteArray &b)
{
    return b.startsWith("\xFF\xD8\xFF") || b.startsWith("\x89PNG\r\n\x1A\n") || b.startsWith("%PDF-");
}

} // namespace

EkuaibaoFakeServer::EkuaibaoFakeServer(const QString &appKey, const QString &appSecurity, QObject *parent)
    : FakeVendorServer(parent), m_appKey(appKey), m_appSecurity(appSecurity)
{
    setRateLimit(1.0); // "本接口限制 QPS=1"
}

EkuaibaoFakeServer::~EkuaibaoFakeServer() = default;

void EkuaibaoFakeServer::faultOn(Call call, Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_callFaults.append({call, fault});
}

int EkuaibaoFakeServer::callsOf(Call call) const
{
    return m_calls.value(int(call));
}

qint64 EkuaibaoFakeServer::epochMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

EkuaibaoFakeServer::Call EkuaibaoFakeServer::callOf(const QString &path)
{
    if (path.endsWith(u"/auth/getAccessToken"))
        return Call::Token;
    if (path.endsWith(u"/attachment/upload"))
        return Call::Upload;
    if (path.endsWith(u"/attachment/downloadurls"))
        return Call::DownloadUrls;
    if (path.endsWith(u"/invoice/processImageByFileUrl"))
        return Call::Ocr;
    return Call::Other;
}

bool EkuaibaoFakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Call call = callOf(request.url().path());
    m_calls[int(call)] += 1;
    for (qsizetype i = 0; i < m_callFaults.size(); ++i) {
        if (m_callFaults.at(i).first == call) {
            injectFault(m_callFaults.takeAt(i).second, 1);
            break;
        }
    }
    return FakeVendorServer::handleRequest(request, socket);
}

FakeVendorServer::Answer EkuaibaoFakeServer::error(int status, const QString &message)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(QJsonObject{{u"errorCode"_s, status}, {u"errorMessage"_s, message},
                                       {u"errorDetails"_s, QJsonValue()}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeVendorServer::Answer EkuaibaoFakeServer::value(const QJsonValue &v)
{
    Answer a;
    a.body = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(QJsonObject{{u"value"_s, v}}).toJson(QJsonDocument::Compact);
    return a;
}

QString EkuaibaoFakeServer::checkToken(const Request &request, int *status) const
{
    const QString token = QUrlQuery(request.url).queryItemValue(u"accessToken"_s, QUrl::FullyDecoded);
    const auto it = m_tokens.constFind(token);
    const qint64 now = epochMs();
    *status = 403;
    if (token.isEmpty() || it == m_tokens.constEnd() || it->expiresMs <= now)
        return u"未授权"_s;
    if (now - it->issuedMs < m_warmupMs)
        return u"未授权"_s; // the vendor's new token is not active yet
    *status = 200;
    return {};
}

FakeVendorServer::Answer EkuaibaoFakeServer::handle(const Request &request)
{
    const Call call = callOf(request.url.path());
    if (request.method != "POST" || call == Call::Other) {
        noteRejected();
        return error(404, u"not found"_s);
    }
    if (call == Call::Token) {
        const QUrlQuery q(request.url);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (q.hasQueryItem(u"appKey"_s) || q.hasQueryItem(u"appSecurity"_s)
            || body.value(u"appKey"_s).toString() != m_appKey
            || body.value(u"appSecurity"_s).toString() != m_appSecurity) {
            noteRejected();
            return error(403, u"密钥无效"_s);
        }
        ++m_logins;
        const int sequence = ++m_sequence;
        const QString token = u"ID01fake%1:T%2"_s.arg(sequence).arg(
            QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(epochMs() + sequence),
                                                         QCryptographicHash::Sha1).toHex().left(12)));
        const qint64 now = epochMs();
        m_tokens.insert(token, {now, now + m_tokenLifetimeMs});
        m_issued << token;
        return value(QJsonObject{{u"accessToken"_s, token}, {u"refreshToken"_s, QString(u"r-"_s + token)},
                                 {u"expireTime"_s, now + m_tokenLifetimeMs},
                                 {u"corporationId"_s, u"fakeCorp00"_s}});
    }

    int status = 200;
    const QString tokenProblem = checkToken(request, &status);
    if (status != 200) {
        noteRejected();
        return error(status, tokenProblem);
    }

    if (call == Call::Upload) {
        const auto form = parseMultipartForm(request.header("Content-Type"), request.body);
        if (!form || !form->part("file") || !form->part("name")) {
            noteRejected();
            return error(412, u"空指针异常"_s);
        }
        const QString name = QString::fromUtf8(form->field("name"));
        static const QString forbidden = u"?\\/*<>:\"|"_s;
        bool bad = name.isEmpty() || !name.contains(u'.');
        for (const QChar c : name)
            bad = bad || forbidden.contains(c);
        if (bad) {
            noteRejected();
            return error(400, u"文件名不合法"_s);
        }
        const QByteArray data = form->part("file")->data;
        if (data.size() > kMaxUpload) {
            noteRejected();
            return error(412, u"上传附件大小不可超过30Mb"_s);
        }
        const QString fileId = u"fid%1"_s.arg(++m_sequence);
        const QString key = u"openapi%1-%2"_s.arg(m_sequence).arg(name);
        m_files.insert(fileId, {key, name, data});
        return value(QJsonObject{{u"key"_s, key}, {u"fileId"_s, fileId}, {u"fileName"_s, name},
                                 {u"empty"_s, data.isEmpty()}});
    }

    if (call == Call::DownloadUrls) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isArray()) {
            noteRejected();
            return error(412, u"JSON请求参数不正确"_s);
        }
        QJsonArray out;
        const QJsonArray items = doc.array();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(u"id"_s).toString();
            const int expiration = o.value(u"expiration"_s).toInt(600);
            const auto f = m_files.constFind(id);
            if (f == m_files.constEnd() || f->key != o.value(u"key"_s).toString() || expiration <= 0
                || expiration > 1800)
                continue;
            const qint64 expires = epochMs() + qint64(expiration) * 1000;
            const QString url = baseUrl().toString() + u"/files/"_s + QString::fromLatin1(QUrl::toPercentEncoding(f->key))
                                + u"?Expires=%1&OSSAccessKeyId=STS.fake&Signature=%2%3D&security-token=CAIS%2Bfake"_s
                                      .arg(expires / 1000)
                                      .arg(++m_sequence);
            m_urls.insert(url, {id, expires});
            out.append(QJsonObject{{u"id"_s, id}, {u"key"_s, f->key}, {u"url"_s, url}, {u"thumbUrl"_s, url}});
        }
        return value(out);
    }

    // processImageByFileUrl
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString fileUrl = body.value(u"fileUrl"_s).toString();
    if (fileUrl.isEmpty()) {
        noteRejected();
        return error(412, u"JSON请求参数不正确"_s);
    }
    // A URL from downloadurls (unexpired), else any URL on the internet (publish()).
    const auto u = m_urls.constFind(fileUrl);
    std::optional<QByteArray> fetched;
    if (u != m_urls.constEnd()) {
        if (u->second > epochMs())
            fetched = m_files.value(u->first).data;
    } else {
        fetched = fetchRemote(fileUrl);
    }
    if (!fetched || !isImageOrPdf(*fetched)) {
        noteRejected();
        return error(400, u"第三方出现问题请稍后再试"_s);
    }
    ++m_ocrCalls;
    const QByteArray file = *fetched;
    const QJsonArray invoices = m_responder ? m_responder(file) : defaultInvoices(file);
    return value(QJsonObject{{u"platform"_s, u"ruiqi"_s}, {u"invoices"_s, invoices}, {u"isExpressImage"_s, false}});
}

QJsonArray EkuaibaoFakeServer::defaultInvoices(const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size().isValid() ? reader.size() : QSize(1840, 1000);
    QString number = reader.text(u"number"_s);
    if (number.isEmpty())
        number = u"33492912"_s;
    const QJsonObject details{
        {u"code"_s, u"1100194130"_s}, {u"number"_s, number}, {u"date"_s, u"2021年06月11日"_s},
        {u"pretax_amount"_s, u"95598.73"_s}, {u"total"_s, u"103834.00"_s}, {u"tax"_s, u"8235.27"_s},
        {u"check_code"_s, u""_s}, {u"seller"_s, u"北京当代商城有限责任公司"_s}, {u"company_seal"_s, 1},
        {u"block_chain"_s, 0}, {u"electronic_mark"_s, 0}, {u"title"_s, u"北京增值税专用发票"_s},
        {u"total_cn"_s, u"壹拾万叁仟捌佰叁拾肆圆整"_s}};
    const QJsonArray region{64.0, 0.0, double(size.width() - 64), double(size.height() - 59)};
    return QJsonArray{QJsonObject{{u"type"_s, u"10100"_s}, {u"orientation"_s, 0.0}, {u"region"_s, region},
                                  {u"details"_s, details}}};
}

FakeVendorServer::Answer EkuaibaoFakeServer::faultAnswer(Fault fault, const Request &request)
{
    switch (fault) {
    case Fault::RateLimit:
        return error(429, u"请求过于频繁"_s);
    case Fault::AuthFailure:
        return error(403, u"密钥无效"_s);
    case Fault::ExpiredToken: {
        // The token really expires: the client must log in again.
        m_tokens.remove(QUrlQuery(request.url).queryItemValue(u"accessToken"_s, QUrl::FullyDecoded));
        return error(403, u"未授权"_s);
    }
    case Fault::InternalError:
        return error(400, u"第三方出现问题请稍后再试"_s);
    case Fault::Malformed: {
        Answer a;
        a.body = "{\"value\":{\"platform\":\"ruiqi\",\"invoices\":[{\"type\":\"10100\",";
        return a;
    }
    case Fault::ServerError:
    default: {
        Answer a = error(503, u"Service Unavailable"_s);
        return a;
    }
    }
}

} // namespace ra::test
