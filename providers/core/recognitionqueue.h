#pragma once

#include "documentinput.h"
#include "recognitionprogress.h"
#include "recognizeddocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ra {

class ProviderJob;
class RecognitionProvider;

// Runs many documents across providers with a bound on documents in flight (rate limits are
// the providers' own), reports progress, and cancels. Results keep the order documents were
// added in; cancelling keeps every result that had finished, and the others carry
// ErrorCode::Cancelled. A document's failure never affects the others.
class RecognitionQueue : public QObject
{
    Q_OBJECT
public:
    explicit RecognitionQueue(QObject *parent = nullptr);
    ~RecognitionQueue() override;

    void setMaxInFlight(int n);                // >= 1; default 4
    int maxInFlight() const { return m_maxInFlight; }

    // Index of the document in results(). Adding while running is fine.
    int add(RecognitionProvider *provider, const DocumentInput &input);
    // A document that already failed before any provider (unreadable file): kept in order.
    int addFinished(const RecognizedDocument &document);

    void start();
    void cancel();
    // Cancels one document: a running one is aborted (the local provider kills its worker, an
    // OCR in progress with it), a waiting one finishes as cancelled at once. The others go on.
    void cancelDocument(int index);

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_entries.size()); }
    int done() const { return m_done; }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }

    QList<RecognizedDocument> results() const;
    RecognizedDocument result(int index) const;

Q_SIGNALS:
    void documentStarted(int index);
    void documentFinished(int index, const ra::RecognizedDocument &document);
    // A running document's provider told how far it has got (the local provider does).
    void documentProgress(int index, const ra::RecognitionProgress &progress);
    void progress(int done, int total);
    void finished();                           // once all are done (or cancelled)

private:
    struct Entry
    {
        QPointer<RecognitionProvider> provider;
        DocumentInput input;
        RecognizedDocument result;
        QPointer<ProviderJob> job;
        bool started = false;
        bool done = false;
    };
    void pump();
    void onJobFinished(int index, ProviderJob *job);
    void markDone(int index, const RecognizedDocument &document);
    void checkFinished();

    QList<Entry> m_entries;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_done = 0;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishedEmitted = false;
};

} // namespace ra
