#include "importcontroller.h"

#include "claim/claimdocument.h"
#include "core/providerjob.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "core/recognitionqueue.h"
#include "inputcollector.h"
#include "invoicelistmodel.h"
#include "log.h"

#include <QFileInfo>
#include <QFuture>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

namespace {
constexpr qint64 kMaxDownloadBytes = 100LL * 1024 * 1024;

QString displayName(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    return name.isEmpty() ? file : name;
}
} // namespace

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
        connect(m_queue, &RecognitionQueue::finished, this, &ImportController::onQueueFinished);
    }
    return m_queue;
}

void ImportController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_cancel->store(false);
    startCollect(paths);
}

void ImportController::startCollect(const QStringList &paths)
{
    ++m_collecting;
    updateBusy();
    const qint64 maxBytes = m_maxFileBytes;
    const auto cancel = m_cancel;
    // Walking folders and reading files is I/O: all of it on a worker. Each file is handed
    // back as soon as it is read, so rows appear while a big folder is still being read.
    (void)QtConcurrent::run([this, paths, maxBytes, cancel] {
        const CollectedInputs collected = collectInputs(paths);
        QMetaObject::invokeMethod(this, [this, collected] {
            for (const RecognizedDocument &failure : collected.failures) {
                const int key = m_list->addPending(displayName(failure.file));
                ++m_total;
                fail(key, failure.error ? errorText(*failure.error) : tr("The file cannot be read."));
            }
        }, Qt::QueuedConnection);
        for (const QString &file : collected.files) {
            if (cancel->load()) {
                // Not read, but not forgotten either: the row says it was cancelled.
                QMetaObject::invokeMethod(this, [this, file] {
                    const int key = m_list->addPending(displayName(file));
                    m_retryPaths.insert(key, file);
                    ++m_total;
                    fail(key, tr("Cancelled before it was recognised."));
                }, Qt::QueuedConnection);
                continue;
            }
            QString code;
            QString message;
            std::optional<DocumentInput> input = DocumentInput::fromFile(file, &code, &message, maxBytes);
            QMetaObject::invokeMethod(this, [this, file, input, code, message] {
                const int key = m_list->addPending(displayName(file));
                m_retryPaths.insert(key, file);
                ++m_total;
                if (!input)
                    fail(key, errorText(DocumentError{code, message}));
                else
                    enqueue(key, *input);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] {
            --m_collecting;
            updateBusy();
            finishBatchIfIdle();
        }, Qt::QueuedConnection);
    });
}

void ImportController::importUrls(const QList<QUrl> &urls)
{
    m_cancel->store(false);
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
            continue;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme != u"http" && scheme != u"https") {
            const int key = m_list->addPending(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
            ++m_total;
            fail(key, tr("Only files and http(s) addresses can be imported."));
            continue;
        }
        DocumentInput input;
        input.url = url;
        input.file = url.toString(QUrl::RemoveUserInfo);
        QString why;
        if (RecognitionProvider *p = providerFor(input, &why); p && p->capabilities().testFlag(ProviderCapability::Url)) {
            const int key = m_list->addPending(url.fileName().isEmpty() ? url.host() : url.fileName());
            ++m_total;
            enqueue(key, input);
        } else {
            download(url);
        }
    }
    if (!paths.isEmpty())
        startCollect(paths);
    updateBusy();
}

void ImportController::download(const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const QString name = url.fileName().isEmpty() ? url.host() : url.fileName();
    const int key = m_list->addPending(name);
    ++m_total;
    ++m_downloads;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->get(request);
    m_replies << reply;
    m_list->setPendingRecognising(key);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, url] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        --m_downloads;
        if (reply->error() != QNetworkReply::NoError) {
            // The address without its query: signed download links carry tokens.
            const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            fail(key, reply->error() == QNetworkReply::OperationCanceledError && !m_cancel->load()
                          ? tr("%1 is larger than %2 MB.").arg(where).arg(kMaxDownloadBytes / (1024 * 1024))
                          : tr("Cannot download %1: %2").arg(where, reply->errorString()));
        } else {
            const QByteArray bytes = reply->readAll();
            if (bytes.isEmpty())
                fail(key, tr("The download was empty."));
            else
                enqueue(key, DocumentInput::fromBytes(bytes, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        }
        updateBusy();
        finishBatchIfIdle();
    });
    updateBusy();
}

void ImportController::importBytes(const QByteArray &bytes, const QString &name)
{
    m_cancel->store(false);
    const int key = m_list->addPending(name);
    ++m_total;
    enqueue(key, DocumentInput::fromBytes(bytes, name));
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

void ImportController::enqueue(int pendingKey, const DocumentInput &input)
{
    if (m_cancel->load()) {
        fail(pendingKey, tr("Cancelled before it was recognised."));
        return;
    }
    QString why;
    RecognitionProvider *provider = providerFor(input, &why);
    if (!provider) {
        fail(pendingKey, why);
        return;
    }
    RecognitionQueue *q = queue();
    const int index = q->add(provider, input);
    m_jobs.insert(index, Job{pendingKey, input});
    emit progress(m_done, m_total, displayName(input.file));
    if (!q->isRunning())
        q->start();
    updateBusy();
}

void ImportController::fail(int pendingKey, const QString &message)
{
    m_list->setPendingFailed(pendingKey, message);
    ++m_failed;
    ++m_done;
    emit progress(m_done, m_total, QString());
}

void ImportController::onDocumentStarted(int index)
{
    const auto it = m_jobs.constFind(index);
    if (it != m_jobs.cend()) {
        m_list->setPendingRecognising(it->pendingKey);
        emit progress(m_done, m_total, displayName(it->input.file));
    }
}

void ImportController::onDocumentFinished(int index, const RecognizedDocument &document)
{
    const Job job = m_jobs.take(index);
    if (!job.pendingKey)
        return;
    ++m_done;
    if (document.error) {
        m_list->setPendingFailed(job.pendingKey, errorText(*document.error));
        ++m_failed;
    } else {
        const QList<qint64> before = [this] {
            QList<qint64> ids;
            for (const ClaimInvoice &ci : m_claim->invoices())
                ids << ci.id;
            return ids;
        }();
        QByteArray bytes = job.input.bytes;
        const ClaimDocument::AddResult added = m_claim->addDocument(bytes, document, displayName(job.input.file));
        switch (added) {
        case ClaimDocument::AddResult::Added: {
            m_list->removePending(job.pendingKey);
            m_retryPaths.remove(job.pendingKey);
            ++m_added;
            QList<qint64> fresh;
            for (const ClaimInvoice &ci : m_claim->invoices())
                if (!before.contains(ci.id))
                    fresh << ci.id;
            if (!fresh.isEmpty())
                emit invoicesAdded(fresh);
            break;
        }
        case ClaimDocument::AddResult::AlreadyInClaim:
            m_list->setPendingFailed(job.pendingKey, tr("This file is already in the claim."));
            ++m_failed;
            break;
        case ClaimDocument::AddResult::Failed:
            m_list->setPendingFailed(job.pendingKey, tr("Could not add it to the claim: %1").arg(m_claim->errorString()));
            ++m_failed;
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

void ImportController::retry(int pendingKey)
{
    const QString path = m_retryPaths.value(pendingKey);
    if (path.isEmpty())
        return;
    m_list->removePending(pendingKey);
    m_retryPaths.remove(pendingKey);
    importPaths({path});
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
    (void)QtConcurrent::run([this, reader, sha256, name, target] {
        const QByteArray bytes = reader(sha256);
        QMetaObject::invokeMethod(this, [this, bytes, sha256, name, target] {
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
        }, Qt::QueuedConnection);
    });
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
