#include "connectioncheck.h"

#include "credentialstore.h"
#include "httpredaction.h"
#include "log.h"
#include "networkaccess.h"
#include "networkjob.h"
#include "deepfinch/deepfinchconnectioncheck.h"
#include "ekuaibao/ekuaibaoconnectioncheck.h"
#include "qiniu/qiniuconnectioncheck.h"
#include "tencent/tencentconnectioncheck.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace ra {

ConnectionCheck::ConnectionCheck(const QString &vendor, const ProviderContext &context, QObject *parent)
    : QObject(parent), m_vendor(vendor), m_probe(probe(vendor)), m_context(context)
{
}

ConnectionCheck::~ConnectionCheck()
{
    // The job is our child: deleting it aborts its reply. The network we own goes after it.
    delete m_job;
}

QStringList ConnectionCheck::vendors()
{
    return {QString::fromLatin1(credentials::Tencent), QString::fromLatin1(credentials::Qiniu),
            QString::fromLatin1(credentials::Ekuaibao), QString::fromLatin1(credentials::DeepFinch)};
}

ConnectionProbe ConnectionCheck::probe(const QString &vendor)
{
    if (vendor == QLatin1String(credentials::Tencent))
        return tencent::connectionProbe();
    if (vendor == QLatin1String(credentials::Qiniu))
        return qiniu::connectionProbe();
    if (vendor == QLatin1String(credentials::Ekuaibao))
        return ekuaibao::connectionProbe();
    if (vendor == QLatin1String(credentials::DeepFinch))
        return deepfinch::connectionProbe();
    return {};
}

void ConnectionCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_probe.vendorName.isEmpty() || !m_probe.request || !m_probe.verdict) {
        finishLater(ConnectionOutcome::UnexpectedAnswer, tr("There is no connection test for \"%1\".").arg(m_vendor));
        return;
    }
    CredentialStore *store = m_context.credentials;
    bool complete = store != nullptr;
    for (const QString &key : std::as_const(m_probe.requiredKeys)) {
        if (!store || store->read(m_probe.account, key).trimmed().isEmpty())
            complete = false;
    }
    if (!complete) {
        finishLater(ConnectionOutcome::MissingCredentials,
                    tr("Enter the keys for %1 first: nothing was sent.").arg(m_probe.vendorName));
        return;
    }
    const VendorEndpoint endpoint =
        VendorEndpoint::resolve(m_context.endpoint(m_probe.endpointKey), m_probe.defaultEndpoint);
    if (!endpoint.isValid()) {
        finishLater(ConnectionOutcome::EndpointRefused,
                    tr("The endpoint for %1 is refused: %2 Nothing was sent.").arg(m_probe.vendorName, endpoint.error()));
        return;
    }
    m_host = QString::fromLatin1(endpoint.hostHeader());

    // Built now, while the store is certainly alive; the job sends exactly these bytes once.
    const PreparedRequest prepared = m_probe.request(endpoint, *store, m_context.nowSecs());
    NetworkAccess *network = m_context.network;
    if (!network) {
        m_ownNetwork = std::make_unique<NetworkAccess>();
        network = m_ownNetwork.get();
    }
    m_job = new NetworkJob(network, [prepared](int) -> std::optional<PreparedRequest> { return prepared; }, this);
    RetryPolicy once;
    once.maxAttempts = 1;   // a person is waiting: say at once what happened
    m_job->setRetryPolicy(once);
    m_job->setRetryClassifier([](const HttpResult &, int) { return RetryDecision::stop(); });
    m_job->setTransferTimeout(m_timeoutMs);
    connect(m_job, &NetworkJob::finished, this, &ConnectionCheck::onJobFinished);
    log::get("providers.net")->info("connection test for {} at {}", m_vendor.toStdString(), m_host.toStdString());
    m_job->start();
}

void ConnectionCheck::abort()
{
    if (m_finished)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    finishLater(ConnectionOutcome::Aborted, tr("The connection test was cancelled."));
}

void ConnectionCheck::onJobFinished()
{
    if (m_finished || !m_job)
        return;
    const HttpResult &r = m_job->result();
    if (r.aborted) {
        finishNow(ConnectionOutcome::Aborted, tr("The connection test was cancelled."));
        return;
    }
    if (r.timedOut) {
        finishNow(ConnectionOutcome::Timeout,
                  tr("No answer from %1 within %2 s. Check the endpoint and the network connection.")
                      .arg(m_host)
                      .arg(m_timeoutMs / 1000.0));
        return;
    }
    if (r.transportFailed()) {
        QString why;
        switch (r.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            why = tr("the connection was refused (nothing answers at that address and port)");
            break;
        case QNetworkReply::HostNotFoundError:
            why = tr("the host name was not found");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            why = tr("a secure connection could not be established");
            break;
        case QNetworkReply::RemoteHostClosedError:
            why = tr("the server closed the connection without answering");
            break;
        default:
            why = net::redactText(r.networkErrorString);
            break;
        }
        finishNow(ConnectionOutcome::Unreachable,
                  tr("Cannot reach %1: %2. Check the endpoint and the network connection.").arg(m_host, why));
        return;
    }
    const ConnectionProbeVerdict verdict = m_probe.verdict(r);
    finishNow(verdict.outcome, describe(verdict));
}

QString ConnectionCheck::describe(const ConnectionProbeVerdict &v) const
{
    const QString detail = v.detail.isEmpty() ? tr("no details") : v.detail;
    switch (v.outcome) {
    case ConnectionOutcome::Ok:
        return tr("Connected to %1 at %2: the keys were accepted.").arg(m_probe.vendorName, m_host);
    case ConnectionOutcome::BadCredentials:
        return tr("%1 refused the keys (%2). Check that they were copied completely and belong to this service.")
            .arg(m_probe.vendorName, detail);
    case ConnectionOutcome::ClockSkew:
        return tr("%1 refused the request time (%2). Set this computer's clock right.").arg(m_probe.vendorName, detail);
    case ConnectionOutcome::VendorError:
        return tr("%1 answered with an error (%2).").arg(m_probe.vendorName, detail);
    case ConnectionOutcome::UnexpectedAnswer:
    default:
        return tr("%1 did not answer like %2 (%3). Check the endpoint.").arg(m_host, m_probe.vendorName, detail);
    }
}

QString ConnectionCheck::scrub(QString text) const
{
    // Vendors do not echo keys, but a message built from an answer is never trusted with them.
    if (CredentialStore *store = m_context.credentials) {
        for (const QString &key : std::as_const(m_probe.requiredKeys)) {
            const QString value = store->read(m_probe.account, key).trimmed();
            if (value.size() >= 4)
                text.replace(value, u"[redacted]"_s);
        }
    }
    return net::redactText(text);
}

void ConnectionCheck::finishLater(ConnectionOutcome outcome, const QString &message)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_outcome = outcome;
    m_message = scrub(message);
    QMetaObject::invokeMethod(this, [this]() {
        m_finishQueued = false;
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished(isOk(), m_message);
    }, Qt::QueuedConnection);
}

void ConnectionCheck::finishNow(ConnectionOutcome outcome, const QString &message)
{
    // Called from the job's finished signal, which already comes from the event loop.
    if (m_finished || m_finishQueued)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_message = scrub(message);
    Q_EMIT finished(isOk(), m_message);
}

} // namespace ra
