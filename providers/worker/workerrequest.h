#pragma once

#include "pagerenderer.h"
#include "recognitionprogress.h"
#include "recognizeddocument.h"
#include "validation/validationcontext.h"

#include <QByteArray>
#include <QObject>

namespace ra {

// One document (or one page of it) given to a WorkerPool. Made by WorkerPool::recognize() or
// render(); `finished` is emitted exactly once, always from the event loop, with the result
// set: document() for a recognition (file, sha256, format and provider always filled in; on
// failure `error` set and no invoices), page() for a render (image, or errorCode and error).
// Deleted with deleteLater() after `finished` unless setAutoDelete(false).
class WorkerRequest : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Recognize, Render };

    // `sha256`: the bytes' hash if known (a Recognize request hashes them otherwise).
    WorkerRequest(Kind kind, const QByteArray &bytes, QObject *parent = nullptr, const QString &sha256 = {});
    // Deleting an unfinished request cancels it (without `finished`).
    ~WorkerRequest() override;

    Kind kind() const { return m_kind; }
    quint64 id() const { return m_id; }
    const QByteArray &bytes() const { return m_bytes; }

    // Recognition: the display name and what the rules need. Render: the page and resolution.
    QString name;
    ValidationContext validation;
    bool decodeQr = true;
    int pageIndex = 0;
    double dpi = 0;
    // An image (not a PDF or OFD page, which `dpi` sizes) is scaled by this before it is sent
    // (at most 1): a thumbnail needs no 24-megapixel photo copied through the pipe.
    double imageScale = 1.0;

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    const RecognizedDocument &document() const { return m_document; }
    const RenderedPage &page() const { return m_page; }
    // The last progress the worker reported (recognition only).
    const RecognitionProgress &progress() const { return m_progress; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Finishes it as cancelled (ErrorCode::Cancelled) unless it already finished. A
    // recognition in progress is stopped (its worker killed and replaced); a render in
    // progress is abandoned (its answer, when it comes, is dropped).
    void cancel();

    // For the pool. Each is ignored once the request has finished.
    void finishWithDocument(RecognizedDocument document);
    void finishWithPage(RenderedPage page);
    void finishWithError(const DocumentError &error);
    void reportProgress(const RecognitionProgress &progress);
    // Lets the bytes go once the worker has them.
    void releaseBytes() { m_bytes = QByteArray(); }

Q_SIGNALS:
    void finished(ra::WorkerRequest *request);
    // How far the worker has got (pages, OCR lines): as it reports it, never after `finished`.
    void progressed(ra::WorkerRequest *request, const ra::RecognitionProgress &progress);
    // cancel() was called while the request was queued or running (for the pool).
    void cancelRequested(ra::WorkerRequest *request);

private:
    void finish();

    Kind m_kind;
    quint64 m_id;
    QByteArray m_bytes;
    QString m_sha256;
    QString m_format;
    RecognizedDocument m_document;
    RenderedPage m_page;
    RecognitionProgress m_progress;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
};

} // namespace ra
