#include "fakevendorserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ra::test {
namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QByteArray withEcho(const QByteArray &body, const FakeVendorServer::Request &request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return body;   // only an object can carry more members
    QJsonObject answer = document.object();
    QJsonObject headers;
    QStringList values;
    for (const auto &[name, value] : request.headers) {
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        values << QString::fromUtf8(value);
    }
    answer.insert(QStringLiteral("echo"), headers);
    answer.insert(QStringLiteral("note"), values.join(QLatin1Char(' ')));
    answer.insert(QStringLiteral("query"), request.url.query(QUrl::FullyDecoded));
    answer.insert(QStringLiteral("body_start"), QString::fromUtf8(request.body.left(400)));
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FakeVendorServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

FakeVendorServer::FakeVendorServer(QObject *parent) : QAbstractHttpServer(parent)
{
    m_clock.start();
}

FakeVendorServer::~FakeVendorServer() = default;

bool FakeVendorServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeVendorServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

std::optional<QByteArray> FakeVendorServer::fetchRemote(const QString &url)
{
    m_fetched << url;
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        return std::nullopt;
    const auto it = m_published.constFind(url);
    if (it == m_published.constEnd())
        return std::nullopt;
    return *it;
}

void FakeVendorServer::injectFault(Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.push_back(fault);
}

void FakeVendorServer::setFaultForBodyContaining(const QByteArray &marker, Fault fault)
{
    m_bodyFaults.append({marker, fault});
}

void FakeVendorServer::clearFaults()
{
    m_faults.clear();
    m_bodyFaults.clear();
}

FakeVendorServer::Fault FakeVendorServer::nextFault(const Request &request)
{
    if (!m_faults.empty()) {
        const Fault f = m_faults.front();
        m_faults.pop_front();
        return f;
    }
    for (const auto &[marker, fault] : std::as_const(m_bodyFaults))
        if (request.body.contains(marker) || request.url.toEncoded().contains(marker))
            return fault;
    return Fault::None;
}

bool FakeVendorServer::overRateLimit(qint64 now)
{
    // Every arrival counts, refused or not, in the one-second window before it: the strict
    // reading of "N requests per second".
    while (!m_window.empty() && m_window.front() <= now - 1000)
        m_window.pop_front();
    m_window.push_back(now);
    return m_rateLimit > 0 && double(m_window.size()) > m_rateLimit;
}

bool FakeVendorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.headers = request.headers();
    r.body = request.body();
    r.receivedMs = nowMs();
    m_requests.append(r);
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_inProgress);

    Fault fault = nextFault(r);
    if (overRateLimit(r.receivedMs) && fault == Fault::None) {
        ++m_rateRefusals;
        fault = Fault::RateLimit;
    }
    Answer answer;
    switch (fault) {
    case Fault::Hang:
        --m_inProgress;
        return true;   // the socket stays open and silent; the client's timeout must fire
    case Fault::DropConnection:
        break;
    case Fault::None:
        answer = handle(r);
        if (m_echo)
            answer.body = withEcho(answer.body, r);
        break;
    case Fault::Truncated:
        answer = handle(r);
        if (answer.body.size() < 2)
            answer.body = QByteArrayLiteral("{\"truncated\": true, \"padding\": \"xxxxxxxx\"}");
        break;
    default:
        answer = faultAnswer(fault, r);
        break;
    }
    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, answer, fault]() {
        --m_inProgress;
        if (!guard)
            return;
        if (fault == Fault::DropConnection) {
            guard->abort();
            return;
        }
        respond(guard, answer, fault);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, this, send);
    else
        send();
    return true;
}

void FakeVendorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    Answer a;
    a.status = 404;
    a.body = "{}";
    respond(socket, a, Fault::None);
}

QByteArray FakeVendorServer::serialize(const Answer &answer, bool truncate)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += truncate ? answer.body.left(answer.body.size() / 2) : answer.body;
    return out;
}

void FakeVendorServer::respond(QTcpSocket *socket, const Answer &answer, Fault fault)
{
    const bool truncate = fault == Fault::Truncated;
    socket->write(serialize(answer, truncate));
    if (truncate) {
        socket->flush();
        socket->disconnectFromHost();   // fewer bytes than Content-Length promised
    }
}

} // namespace ra::test
