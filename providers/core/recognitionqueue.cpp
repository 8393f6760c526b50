#include "recognitionqueue.h"

#include "providerjob.h"
#include "recognitionprovider.h"

#include <QMetaObject>
#include <algorithm>

namespace ra {

namespace {

RecognizedDocument withIdentity(RecognizedDocument doc, const DocumentInput &input, const QString &provider)
{
    if (doc.file.isEmpty())
        doc.file = input.file;
    if (doc.sha256.isEmpty())
        doc.sha256 = input.sha256;
    if (doc.format.isEmpty())
        doc.format = formatKey(input.format);
    if (doc.provider.isEmpty())
        doc.provider = provider;
    return doc;
}

RecognizedDocument cancelledDocument(const DocumentInput &input, const QString &provider)
{
    RecognizedDocument doc;
    DocumentError e;
    e.code = QString::fromLatin1(ErrorCode::Cancelled);
    e.message = QStringLiteral("Recognition was cancelled before this document was done.");
    doc.error = e;
    return withIdentity(doc, input, provider);
}

} // namespace

RecognitionQueue::RecognitionQueue(QObject *parent) : QObject(parent) {}

RecognitionQueue::~RecognitionQueue()
{
    for (Entry &e : m_entries)
        if (e.job && !e.job->isFinished())
            e.job->abort();
}

void RecognitionQueue::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
    if (m_running)
        pump();
}

int RecognitionQueue::add(RecognitionProvider *provider, const DocumentInput &input)
{
    Entry e;
    e.provider = provider;
    e.input = input;
    e.result = withIdentity(RecognizedDocument(), input, provider ? provider->id() : QString());
    m_entries << e;
    const int index = int(m_entries.size()) - 1;
    if (m_cancelled) {
        markDone(index, cancelledDocument(input, e.result.provider));
    } else if (m_running) {
        m_finishedEmitted = false;
        pump();
    }
    return index;
}

int RecognitionQueue::addFinished(const RecognizedDocument &document)
{
    Entry e;
    e.result = document;
    e.done = true;
    e.started = true;
    m_entries << e;
    ++m_done;
    return int(m_entries.size()) - 1;
}

void RecognitionQueue::start()
{
    if (m_running || m_cancelled)
        return;
    m_running = true;
    m_finishedEmitted = false;
    Q_EMIT progress(m_done, total());
    pump();
    // Also when everything was already done: `finished` comes from the event loop.
    QMetaObject::invokeMethod(this, &RecognitionQueue::checkFinished, Qt::QueuedConnection);
}

void RecognitionQueue::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && m_next < m_entries.size()) {
        const int index = m_next++;
        Entry &e = m_entries[index];
        if (e.done || e.started)
            continue;
        e.started = true;
        if (!e.provider) {
            DocumentError err;
            err.code = QStringLiteral("no_provider");
            err.message = QStringLiteral("The provider for this document is not available.");
            RecognizedDocument doc = e.result;
            doc.error = err;
            markDone(index, doc);
            continue;
        }
        ProviderJob *job = e.provider->recognize(e.input);
        e.job = job;
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        connect(job, &ProviderJob::finished, this, [this, index](ProviderJob *j) { onJobFinished(index, j); });
        connect(job, &ProviderJob::progressed, this,
                [this, index](ProviderJob *, const RecognitionProgress &p) { Q_EMIT documentProgress(index, p); });
        Q_EMIT documentStarted(index);
    }
}

void RecognitionQueue::onJobFinished(int index, ProviderJob *job)
{
    --m_inFlight;
    Entry &e = m_entries[index];
    e.job = nullptr;
    markDone(index, withIdentity(job->result(), e.input, job->providerId()));
    pump();
    checkFinished();
}

void RecognitionQueue::markDone(int index, const RecognizedDocument &document)
{
    Entry &e = m_entries[index];
    if (e.done)
        return;
    e.done = true;
    e.result = document;
    ++m_done;
    Q_EMIT documentFinished(index, document);
    Q_EMIT progress(m_done, total());
}

void RecognitionQueue::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_next = int(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.done)
            continue;   // finished results are kept as they are
        if (e.job) {
            e.job->abort();   // finishes as cancelled; onJobFinished records it
        } else {
            markDone(i, cancelledDocument(e.input, e.result.provider));
        }
    }
    if (!m_running) {
        m_running = true;   // so that `finished` is emitted once for a queue never started
    }
    QMetaObject::invokeMethod(this, &RecognitionQueue::checkFinished, Qt::QueuedConnection);
}

void RecognitionQueue::cancelDocument(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    Entry &e = m_entries[index];
    if (e.done)
        return;
    if (e.job) {
        e.job->abort(); // onJobFinished records it and starts the next
        return;
    }
    e.started = true; // pump() passes over it
    markDone(index, cancelledDocument(e.input, e.result.provider));
    QMetaObject::invokeMethod(this, &RecognitionQueue::checkFinished, Qt::QueuedConnection);
}

void RecognitionQueue::checkFinished()
{
    if (!m_running || m_finishedEmitted || m_done < total() || m_inFlight > 0)
        return;
    m_finishedEmitted = true;
    m_running = false;
    Q_EMIT finished();
}

QList<RecognizedDocument> RecognitionQueue::results() const
{
    QList<RecognizedDocument> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out << e.result;
    return out;
}

RecognizedDocument RecognitionQueue::result(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).result : RecognizedDocument();
}

} // namespace ra
