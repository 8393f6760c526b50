#pragma once

#include "documentinput.h"
#include "recognitionprogress.h"
#include "recognizeddocument.h"

#include <QJsonObject>
#include <QObject>

namespace ra {

// One document on its way through one provider. Explicit lifecycle: running → finished, with
// the result (or error) set exactly once; abort() finishes it as cancelled unless it already
// finished. `finished` is emitted exactly once and always from the event loop, so a caller
// can connect after recognize() returned. Later finish attempts are ignored (and logged).
class ProviderJob : public QObject
{
    Q_OBJECT
public:
    ProviderJob(const QString &providerId, const DocumentInput &input, QObject *parent = nullptr);
    ~ProviderJob() override;

    QString providerId() const { return m_providerId; }
    const DocumentInput &input() const { return m_input; }

    bool isFinished() const { return m_finished; }
    bool isAborted() const { return m_aborted; }
    bool isFromCache() const { return m_fromCache; }
    // Valid once finished: file, sha256, format and provider are always filled in; on
    // failure `error` is set and `invoices` is empty.
    const RecognizedDocument &result() const { return m_result; }

    // Deleted with deleteLater() after `finished` (default true).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Stops the work (emits abortRequested for whoever does it) and finishes with
    // ErrorCode::Cancelled. No effect once finished.
    void abort();

    // For the provider that runs the job. Each returns false (and changes nothing) when the
    // job already has its result.
    bool finishWithResult(RecognizedDocument document);
    bool finishWithError(const DocumentError &error, const QList<QByteArray> &rawResponses = {});
    void setFromCache(bool fromCache) { m_fromCache = fromCache; }
    // How far the work has got (the local provider's pages and OCR lines); ignored once finished.
    void reportProgress(const RecognitionProgress &progress);

    // What a provider needs besides the raw responses to map them again from the cache
    // (e.g. the scale between the image sent and the page shown). Must hold no secret.
    void setCacheContext(const QJsonObject &context) { m_cacheContext = context; }
    QJsonObject cacheContext() const { return m_cacheContext; }

Q_SIGNALS:
    void abortRequested();
    void finished(ra::ProviderJob *job);
    void progressed(ra::ProviderJob *job, const ra::RecognitionProgress &progress);

private:
    bool finish(RecognizedDocument document);
    static void redactSecrets(RecognizedDocument &document);
    void emitFinished();

    QString m_providerId;
    DocumentInput m_input;
    RecognizedDocument m_result;
    QJsonObject m_cacheContext;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_fromCache = false;
    bool m_autoDelete = true;
};

} // namespace ra
