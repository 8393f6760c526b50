#include "workerrequest.h"

#include "documentformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMetaObject>
#include <atomic>

namespace ra {
namespace {

quint64 nextId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

WorkerRequest::WorkerRequest(Kind kind, const QByteArray &bytes, QObject *parent, const QString &sha256)
    : QObject(parent), m_kind(kind), m_id(nextId()), m_bytes(bytes), m_sha256(sha256)
{
    if (kind == Kind::Recognize) {
        // What a failed document still reports: told here, not by the worker that failed.
        if (m_sha256.isEmpty())
            m_sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        m_format = formatKey(sniffFormat(bytes));
    }
}

WorkerRequest::~WorkerRequest()
{
    if (!m_finished)
        Q_EMIT cancelRequested(this);
}

void WorkerRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested(this);
    finishWithError(DocumentError{QString::fromLatin1(ErrorCode::Cancelled),
                                  QCoreApplication::translate("WorkerPool", "Recognition was cancelled.")});
}

void WorkerRequest::finishWithDocument(RecognizedDocument document)
{
    if (m_finished)
        return;
    // The worker says what it read; which file it was and who read it are ours to say.
    document.file = name;
    document.provider = QStringLiteral("local");
    document.sha256 = m_sha256;
    if (document.error)
        document.invoices.clear();
    m_document = std::move(document);
    finish();
}

void WorkerRequest::finishWithPage(RenderedPage page)
{
    if (m_finished)
        return;
    m_page = std::move(page);
    finish();
}

void WorkerRequest::finishWithError(const DocumentError &error)
{
    if (m_finished)
        return;
    if (m_kind == Kind::Recognize) {
        RecognizedDocument doc;
        doc.file = name;
        doc.provider = QStringLiteral("local");
        doc.sha256 = m_sha256;
        doc.format = m_format;
        doc.error = error;
        m_document = doc;
    } else {
        m_page.errorCode = error.code;
        m_page.error = error.message;
    }
    finish();
}

void WorkerRequest::reportProgress(const RecognitionProgress &progress)
{
    if (m_finished || progress == m_progress)
        return;
    m_progress = progress;
    Q_EMIT progressed(this, progress);
}

void WorkerRequest::finish()
{
    m_finished = true;
    m_bytes = QByteArray();
    // Always from the event loop, so a caller can connect after the call that made it.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            Q_EMIT finished(this);
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace ra
