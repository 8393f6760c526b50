#include "importcontroller.h"

#include "claim/claimdocument.h"
#include "core/providerjob.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "core/recognitionqueue.h"
#include "invoicelistmodel.h"
#include "threadhandoff.h"

#include <QFileInfo>
#include <QFuture>
#include <QMetaObject>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

QString ImportController::displayName(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    return name.isEmpty() ? file : name;
}

ImportController::ImportController(ClaimDocument *claim, InvoiceListModel *list, QObject *parent)
    : QObject(parent), m_claim(claim), m_list(list)
{
}

ImportController::~ImportController()
{
    m_cancel->store(true);
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies))
        if (reply)
            reply->abort();
    // Workers reading files post back to this object: wait for them before it goes.
    QThreadPool::globalInstance()->waitForDone();
}

void ImportController::setServices(ProviderServices *services)
{
    m_services = services;
}

bool ImportController::isBusy() const
{
    return m_collecting > 0 || m_downloads > 0 || (m_queue && m_queue->isRunning());
}

void ImportController::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

RecognitionQueue *ImportController::queue()
{
    if (!m_queue || (!m_queue->isRunning() && m_queue->done() == m_queue->total() && m_queue->total() > 0)) {
        if (m_queue)
            m_queue->deleteLater();
        m_jobs.clear();
        m_queue = new RecognitionQueue(this);
        connect(m_queue, &RecognitionQueue::documentStarted, this, &ImportController::onDocumentStarted);
        connect(m_queue, &RecognitionQueue::documentFinished, this, &ImportController::onDocumentFinished);
        connect(m_queue, &RecognitionQueue::documentProgress, this, &ImportController::onDocumentProgress);
        connect(m_queue, &RecognitionQueue::finished, this, &ImportController::onQueueFinished);
    }
    return m_queue;
}

void ImportController::setActive(qint64 intakeId, bool active)
{
    const bool changed = active ? !m_active.contains(intakeId) : m_active.contains(intakeId);
    if (!changed)
        return;
    if (active)
        m_active.insert(intakeId);
    else
        m_active.remove(intakeId);
    emit activeChanged();
}

void ImportController::setState(qint64 intakeId, ClaimIntake::State state, const QString &provider)
{
    const ClaimIntake *e = m_claim->data().intakeEntry(intakeId);
    if (!e)
        return;
    ClaimIntake next = *e;
    next.state = state;
    if (!provider.isEmpty())
        next.provider = provider;
    if (state != ClaimIntake::State::Failed) {
        next.errorCode.clear();
        next.errorMessage.clear();
    }
    m_claim->updateIntake(next);
}

RecognitionProvider *ImportController::providerFor(const DocumentInput &input, QString *why) const
{
    if (!m_services) {
        *why = tr("No recognition provider is available.");
        return nullptr;
    }
    const QString id = m_choose ? m_choose(input.format, !input.url.isEmpty()) : u"local"_s;
    RecognitionProvider *provider = m_services->provider(id);
    if (!provider) {
        *why = tr("The provider “%1” is not available in this build.").arg(id);
        return nullptr;
    }
    return provider;
}

void ImportController::enqueue(qint64 intakeId, const DocumentInput &input)
{
    if (m_cancel->load()) {
        ++m_done;
        setActive(intakeId, false);
        setState(intakeId, ClaimIntake::State::Cancelled);
        emit progress(m_done, m_total, QString());
        return;
    }
    QString why;
    RecognitionProvider *provider = providerFor(input, &why);
    if (!provider) {
        ++m_done;
        fail(intakeId, u"unavailable"_s, why);
        emit progress(m_done, m_total, QString());
        return;
    }
    setActive(intakeId, true);
    setState(intakeId, ClaimIntake::State::Waiting, provider->id());
    RecognitionQueue *q = queue();
    const int index = q->add(provider, input);
    m_jobs.insert(index, Job{intakeId, input});
    emit progress(m_done, m_total, displayName(input.file));
    if (!q->isRunning())
        q->start();
    updateBusy();
}

void ImportController::fail(qint64 intakeId, const QString &code, const QString &message)
{
    setActive(intakeId, false);
    if (const ClaimIntake *e = m_claim->data().intakeEntry(intakeId)) {
        ClaimIntake next = *e;
        next.state = ClaimIntake::State::Failed;
        next.errorCode = code;
        next.errorMessage = message;
        m_claim->updateIntake(next);
    }
    ++m_failed;
}

void ImportController::onDocumentStarted(int index)
{
    const auto it = m_jobs.constFind(index);
    if (it != m_jobs.cend()) {
        setState(it->intakeId, ClaimIntake::State::Recognising);
        emit progress(m_done, m_total, displayName(it->input.file));
    }
}

void ImportController::onDocumentProgress(int index, const RecognitionProgress &progress)
{
    const auto it = m_jobs.constFind(index);
    if (it != m_jobs.cend())
        m_list->setProgress(it->intakeId, progress);
}

void ImportController::cancelDocument(qint64 intakeId)
{
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        if (it->intakeId == intakeId && m_queue) {
            m_queue->cancelDocument(it.key());
            return;
        }
}

void ImportController::onDocumentFinished(int index, const RecognizedDocument &document)
{
    const Job job = m_jobs.take(index);
    if (!job.intakeId)
        return;
    m_list->clearProgress(job.intakeId);
    ++m_done;
    if (!m_claim->data().intakeEntry(job.intakeId)) {
        setActive(job.intakeId, false);   // dismissed meanwhile, or another claim was opened
    } else if (document.error && document.error->code == QString::fromLatin1(ErrorCode::Cancelled)) {
        setActive(job.intakeId, false);
        setState(job.intakeId, ClaimIntake::State::Cancelled);
    } else if (document.error) {
        fail(job.intakeId, document.error->code, errorText(*document.error));
    } else {
        const qsizetype before = m_claim->invoices().size();
        const qint64 lastId = before ? m_claim->invoices().constLast().id : 0;
        const ClaimDocument::AddResult added =
            m_claim->addDocument(job.input.bytes, document, displayName(job.input.file), job.intakeId);
        switch (added) {
        case ClaimDocument::AddResult::Added: {
            setActive(job.intakeId, false);
            ++m_added;
            // Invoice ids grow with the claim: the new ones are those past the last one before.
            QList<qint64> fresh;
            for (const ClaimInvoice &ci : m_claim->invoices())
                if (ci.id > lastId)
                    fresh << ci.id;
            if (!fresh.isEmpty())
                emit invoicesAdded(fresh);
            break;
        }
        case ClaimDocument::AddResult::AlreadyInClaim:
            fail(job.intakeId, u"already_in_claim"_s, tr("This file is already in the claim."));
            break;
        case ClaimDocument::AddResult::Failed:
            fail(job.intakeId, u"claim_error"_s, tr("Could not add it to the claim: %1").arg(m_claim->errorString()));
            break;
        }
    }
    emit progress(m_done, m_total, QString());
}

void ImportController::onQueueFinished()
{
    // The queue keeps every input's bytes and every result: let it go with its batch.
    if (m_queue && m_jobs.isEmpty()) {
        m_queue->deleteLater();
        m_queue = nullptr;
    }
    updateBusy();
    finishBatchIfIdle();
}

void ImportController::finishBatchIfIdle()
{
    if (isBusy() || m_total == 0)
        return;
    emit finished(m_added, m_failed);
    m_done = m_total = m_added = m_failed = 0;
    emit progress(0, 0, QString());
}

void ImportController::cancel()
{
    m_cancel->store(true);
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies))
        if (reply)
            reply->abort();
    if (m_queue)
        m_queue->cancel();
    updateBusy();
}

void ImportController::retry(qint64 intakeId)
{
    resume({intakeId});
}

void ImportController::resumeUnfinished()
{
    QList<qint64> ids;
    for (const ClaimIntake &e : m_claim->intake())
        if (e.isUnfinished() && !m_active.contains(e.id))
            ids.append(e.id);
    resume(ids);
}

void ImportController::resume(const QList<qint64> &intakeIds)
{
    m_cancel->store(false);
    QList<ToRead> toRead;
    for (qint64 id : intakeIds) {
        const ClaimIntake *e = m_claim->data().intakeEntry(id);
        if (!e || m_active.contains(id))
            continue;
        if (e->hasBytes) {
            toRead.append(ToRead{id, e->name, true});
        } else if (!e->sourcePath.isEmpty()) {
            toRead.append(ToRead{id, e->sourcePath, false});
        } else if (!e->url.isEmpty()) {
            // Only the address without its query was kept: try it as it is.
            setState(id, ClaimIntake::State::Waiting);
            importUrls({QUrl(e->url)});
            m_claim->removeIntake(id);
            continue;
        } else {
            ++m_total;
            ++m_done;
            fail(id, QString::fromLatin1(ErrorCode::Unreadable),
                 tr("Nothing of this file was kept; import it again."));
            continue;
        }
        setActive(id, true);
        setState(id, ClaimIntake::State::Waiting);
    }
    startReading(toRead);
    updateBusy();
    finishBatchIfIdle();
}

void ImportController::rerun(const QString &sha256, const QString &providerId)
{
    RecognitionProvider *provider = m_services ? m_services->provider(providerId) : nullptr;
    const ClaimOriginal *o = m_claim->data().original(sha256);
    if (!provider || !o) {
        RecognizedDocument failed;
        failed.sha256 = sha256;
        failed.provider = providerId;
        failed.error = DocumentError{u"unavailable"_s, tr("The provider “%1” is not available.").arg(providerId)};
        emit rerunFinished(sha256, failed);
        return;
    }
    const auto reader = m_claim->originalReader();
    const QString name = o->name;
    QPointer<RecognitionProvider> target(provider);
    // Reading the original from the claim file is I/O: on a worker, then back here to start.
    (void)QtConcurrent::run(handoff([this, reader, sha256, name, target] {
        const QByteArray bytes = reader(sha256);
        QMetaObject::invokeMethod(this, handoff([this, bytes, sha256, name, target] {
            if (!target) {
                return;
            }
            ProviderJob *job = target->recognize(DocumentInput::fromBytes(bytes, name));
            connect(job, &ProviderJob::finished, this, [this, sha256](ProviderJob *j) {
                const RecognizedDocument result = j->result();
                if (!result.error)
                    m_claim->recordRecognition(result);
                emit rerunFinished(sha256, result);
            });
        }), Qt::QueuedConnection);
    }));
}

QString ImportController::errorText(const DocumentError &error)
{
    // Local errors get a translated sentence; a vendor's own message is kept as it is, with
    // its code and request id so a person can quote them to the vendor.
    static const QHash<QString, const char *> known = {
        {QString::fromLatin1(ErrorCode::Unreadable), QT_TR_NOOP("The file cannot be read.")},
        {QString::fromLatin1(ErrorCode::Empty), QT_TR_NOOP("The file is empty.")},
        {QString::fromLatin1(ErrorCode::TooLarge), QT_TR_NOOP("The file is too large.")},
        {QString::fromLatin1(ErrorCode::UnknownFormat), QT_TR_NOOP("This is not a PDF, OFD or image file.")},
        {QString::fromLatin1(ErrorCode::PdfCorrupt), QT_TR_NOOP("The PDF is damaged.")},
        {QString::fromLatin1(ErrorCode::PdfEncrypted), QT_TR_NOOP("The PDF is password-protected; open it, print it to a new PDF and import that.")},
        {QString::fromLatin1(ErrorCode::ImageCorrupt), QT_TR_NOOP("The image is damaged.")},
        {QString::fromLatin1(ErrorCode::ImageTooLarge), QT_TR_NOOP("The image has too many pixels to open safely.")},
        {QString::fromLatin1(ErrorCode::OfdCorrupt), QT_TR_NOOP("The OFD file is damaged.")},
        {QString::fromLatin1(ErrorCode::OfdUnsafe), QT_TR_NOOP("The OFD file was refused as unsafe (it looks like a zip bomb or escapes its folder).")},
        {QString::fromLatin1(ErrorCode::XmlMalformed), QT_TR_NOOP("The file's XML is malformed.")},
        {QString::fromLatin1(ErrorCode::NoInvoice), QT_TR_NOOP("No invoice was found in this file.")},
        {QString::fromLatin1(ErrorCode::Cancelled), QT_TR_NOOP("Cancelled.")},
    };
    QString text;
    if (const auto it = known.constFind(error.code); it != known.cend()) {
        text = tr(it.value());
        // The details (which object is broken) are in the provider's own words.
        if (!error.message.isEmpty() && error.code != QString::fromLatin1(ErrorCode::Cancelled))
            text += u' ' + tr("(%1)").arg(error.message);
    } else {
        text = error.message.isEmpty() ? error.code : error.message;
    }
    if (!error.vendorCode.isEmpty())
        text += u' ' + tr("Vendor code: %1.").arg(error.vendorCode);
    if (!error.requestId.isEmpty())
        text += u' ' + tr("Request id: %1.").arg(error.requestId);
    return text;
}

} // namespace ra
