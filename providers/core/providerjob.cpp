#include "providerjob.h"

#include "httpredaction.h"
#include "log.h"
#include "secretvalues.h"

#include <QMetaObject>

namespace ra {

ProviderJob::ProviderJob(const QString &providerId, const DocumentInput &input, QObject *parent)
    : QObject(parent), m_providerId(providerId), m_input(input)
{
}

ProviderJob::~ProviderJob() = default;

void ProviderJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    Q_EMIT abortRequested();
    DocumentError e;
    e.code = QString::fromLatin1(ErrorCode::Cancelled);
    e.message = QStringLiteral("Recognition was cancelled.");
    finishWithError(e);
}

bool ProviderJob::finishWithResult(RecognizedDocument document)
{
    return finish(std::move(document));
}

void ProviderJob::reportProgress(const RecognitionProgress &progress)
{
    if (!m_finished)
        Q_EMIT progressed(this, progress);
}

bool ProviderJob::finishWithError(const DocumentError &error, const QList<QByteArray> &rawResponses)
{
    RecognizedDocument doc;
    doc.error = error;
    doc.rawResponses = rawResponses;
    return finish(std::move(doc));
}

void ProviderJob::redactSecrets(RecognizedDocument &document)
{
    // What a vendor answered is kept (the claim's raw responses, the cache) and shown: a
    // credential or token it echoed back, under any name, is masked before anyone sees it.
    for (QByteArray &raw : document.rawResponses)
        raw = net::redactBody(raw);
    if (document.error) {
        document.error->message = net::redactText(document.error->message);
        document.error->vendorCode = secrets::mask(document.error->vendorCode);
        document.error->requestId = secrets::mask(document.error->requestId);
    }
    if (secrets::isEmpty())
        return;
    for (Invoice &invoice : document.invoices)
        for (auto it = invoice.fields.begin(); it != invoice.fields.end(); ++it) {
            it->value = secrets::mask(it->value);
            it->machineValue = secrets::mask(it->machineValue);
        }
}

bool ProviderJob::finish(RecognizedDocument document)
{
    if (m_finished) {
        // A second outcome (a late reply after abort, a bug) never replaces the first.
        log::get("providers.job")->debug("{}: result already set, later outcome ignored",
                                         m_providerId.toStdString());
        return false;
    }
    m_finished = true;
    redactSecrets(document);
    document.file = m_input.file;
    document.sha256 = m_input.sha256;
    if (document.format.isEmpty())
        document.format = formatKey(m_input.format);
    if (document.provider.isEmpty())   // `auto` passes on who answered
        document.provider = m_providerId;
    if (document.error)
        document.invoices.clear();
    m_result = std::move(document);
    // Always from the event loop, so whoever called recognize() can still connect.
    QMetaObject::invokeMethod(this, &ProviderJob::emitFinished, Qt::QueuedConnection);
    return true;
}

void ProviderJob::emitFinished()
{
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace ra
