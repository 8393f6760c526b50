#include "networkaccess.h"

#include "httpredaction.h"
#include "log.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>
#include <memory>

namespace ra {
namespace {

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return "?";
}

} // namespace

NetworkAccess::NetworkAccess(QObject *parent) : QNetworkAccessManager(parent)
{
    // Never follow a redirect to another host: a vendor endpoint must not forward our
    // signed request (and its secrets) elsewhere.
    setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

NetworkAccess::~NetworkAccess() = default;

QByteArray NetworkAccess::userAgent()
{
    static const QByteArray ua = QByteArrayLiteral("reimburse/0.1.0 (Qt ") + QByteArray(qVersion()) + "; "
                                 + QSysInfo::kernelType().toLatin1() + ")";
    return ua;
}

QByteArray NetworkAccess::requestIdHeader()
{
    return QByteArrayLiteral("X-Request-ID");
}

QString NetworkAccess::vendorRequestId(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    for (const auto &h : headers) {
        const QByteArray n = h.first.toLower();
        if (n == "x-reqid" || n == "x-tc-requestid" || n == "x-request-id" || n == "request-id")
            return QString::fromLatin1(h.second.left(100));
    }
    static const QRegularExpression re(
        QStringLiteral(R"re("(?:RequestId|request_id|requestId)"\s*:\s*"([^"\\]{1,100})")re"));
    const auto m = re.match(QString::fromUtf8(body.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1) : QString();
}

QNetworkReply *NetworkAccess::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    const QByteArray ourId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader(requestIdHeader(), ourId);
    m_requests.ref();

    const QByteArray verb = verbOf(op, request);
    const std::string host = request.url().host().toStdString();
    // Secrets out, then personal identifiers that may sit in a file name of a query.
    const std::string path = log::redact(net::redactUrl(request.url()).toStdString());
    auto logger = log::get("providers.net");
    if (logger->should_log(spdlog::level::debug)) {
        for (const QByteArray &name : request.rawHeaderList())
            logger->debug("{} {} header {}: {}", verb.constData(), host, name.constData(),
                          net::redactHeader(name, request.rawHeader(name)).constData());
    }

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    // Connected before anyone else can connect, so the line is written before the reply is read;
    // peek() leaves the body for the job.
    connect(reply, &QNetworkReply::finished, reply, [reply, timer, verb, host, path, ourId]() {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString vendorId = vendorRequestId(reply->rawHeaderPairs(),
                                                 reply->isOpen() ? reply->peek(64 * 1024) : QByteArray());
        const std::string statusText = status > 0 ? std::to_string(status)
                                                  : "no answer (" + net::redactText(reply->errorString()).toStdString() + ")";
        log::get("providers.net")->info("{} {} {} -> {} in {} ms, vendor request id {}, our id {}",
                                        verb.constData(), host, path, statusText, timer->elapsed(),
                                        vendorId.isEmpty() ? std::string("-") : vendorId.toStdString(),
                                        ourId.constData());
    });
    return reply;
}

} // namespace ra
