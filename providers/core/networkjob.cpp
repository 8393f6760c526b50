#include "networkjob.h"

#include "httpredaction.h"
#include "log.h"
#include "networkaccess.h"
#include "ratelimiter.h"

#include <QMetaObject>
#include <algorithm>
#include <limits>

namespace ra {

NetworkJob::NetworkJob(NetworkAccess *network, RequestFactory factory, QObject *parent)
    : QObject(parent), m_network(network), m_factory(std::move(factory))
{
    m_delayTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_delayTimer, &QTimer::timeout, this, &NetworkJob::waitForSlot);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    if (m_limiter && m_ticket)
        m_limiter->cancel(m_ticket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::start()
{
    if (m_started)
        return;
    m_started = true;
    scheduleAttempt(0);
}

void NetworkJob::scheduleAttempt(int delayMs)
{
    if (delayMs > 0)
        m_delayTimer.start(delayMs);
    else
        waitForSlot();
}

void NetworkJob::waitForSlot()
{
    if (m_finished)
        return;
    if (!m_limiter) {
        sendAttempt();
        return;
    }
    m_ticket = m_limiter->acquire([this]() {
        m_ticket = 0;
        sendAttempt();
    });
}

void NetworkJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    const bool aborted = m_result.aborted;
    m_result = HttpResult();
    m_result.aborted = aborted;
    m_result.attempts = m_attempt;

    const std::optional<PreparedRequest> prepared = m_factory ? m_factory(m_attempt) : std::nullopt;
    if (!prepared || !m_network) {
        m_result.networkError = QNetworkReply::ProtocolUnknownError;
        m_result.networkErrorString = m_failureMessage.isEmpty()
            ? QStringLiteral("The request could not be built.") : m_failureMessage;
        finish();
        return;
    }
    QNetworkRequest request = prepared->request;
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = nullptr;
    if (prepared->verb == "GET")
        reply = m_network->get(request);
    else if (prepared->verb == "POST")
        reply = m_network->post(request, prepared->body);
    else if (prepared->verb == "PUT")
        reply = m_network->put(request, prepared->body);
    else
        reply = m_network->sendCustomRequest(request, prepared->verb, prepared->body);
    m_reply = reply;
    m_result.clientRequestId = QString::fromLatin1(reply->request().rawHeader(NetworkAccess::requestIdHeader()));
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    // A transfer timeout, not a total one: any progress restarts it, so a large upload on a
    // slow line is not cut while a silent server is.
    auto restart = [this](qint64, qint64) { m_timeoutTimer.start(m_timeoutMs); };
    connect(reply, &QNetworkReply::uploadProgress, this, restart);
    connect(reply, &QNetworkReply::downloadProgress, this, restart);
    m_timeoutTimer.start(m_timeoutMs);
}

void NetworkJob::onTimeout()
{
    if (!m_reply)
        return;
    m_result.timedOut = true;
    m_reply->abort();   // finished follows synchronously; onReplyFinished sees timedOut
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();

    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.body = reply->isOpen() ? reply->readAll() : QByteArray();   // closed after an abort
    m_result.headers = reply->rawHeaderPairs();
    m_result.networkError = reply->error();
    m_result.networkErrorString = net::redactText(reply->errorString());
    if (m_result.timedOut) {
        m_result.status = 0;
        m_result.networkError = QNetworkReply::TimeoutError;
        m_result.networkErrorString = QStringLiteral("No answer within %1 s.").arg(m_timeoutMs / 1000.0);
    }
    if (m_result.aborted) {
        finish();
        return;
    }

    const RetryDecision decision = m_classifier ? m_classifier(m_result, m_attempt)
                                                : defaultClassifier(m_result, m_attempt);
    int limit = m_policy.maxAttempts;
    if (decision.maxAttempts > 0)
        limit = std::min(limit, decision.maxAttempts);
    if (decision.retry && m_attempt < limit) {
        const int delay = std::max(m_policy.delayBeforeAttempt(m_attempt + 1), decision.minDelayMs);
        log::get("providers.net")->info("retrying after {} ({} of {} attempts) in {} ms",
                                        net::redactText(decision.reason).toStdString(), m_attempt, limit, delay);
        Q_EMIT retrying(m_attempt + 1, delay, decision.reason);
        scheduleAttempt(delay);
        return;
    }
    finish();
}

void NetworkJob::abort()
{
    if (m_finished)
        return;
    m_result.aborted = true;
    m_delayTimer.stop();
    m_timeoutTimer.stop();
    if (m_limiter && m_ticket) {
        m_limiter->cancel(m_ticket);
        m_ticket = 0;
    }
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_result.status = 0;
    m_result.networkError = QNetworkReply::OperationCanceledError;
    m_result.networkErrorString = QStringLiteral("Cancelled.");
    finish();
}

void NetworkJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(this, [this]() {
        Q_EMIT finished(this);
        if (m_autoDelete)
            deleteLater();
    }, Qt::QueuedConnection);
}

RetryDecision NetworkJob::defaultClassifier(const HttpResult &result, int)
{
    if (result.aborted)
        return RetryDecision::stop();
    // Qt's network-layer (1–99) and proxy (101–199) errors: the exchange broke, even when a
    // status line had arrived (a body cut short).
    const int e = int(result.networkError);
    if (result.transportFailed() || (e > 0 && e < 200))
        return RetryDecision::again(result.timedOut ? QStringLiteral("timeout")
                                                    : QStringLiteral("transport error: ") + result.networkErrorString);
    if (result.status == 429 || result.status >= 500)
        return RetryDecision::again(QStringLiteral("HTTP %1").arg(result.status));
    return RetryDecision::stop();
}

} // namespace ra
