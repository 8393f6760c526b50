#include "importcontroller.h"

// Bringing documents in: folders walked and files read on a worker, URLs downloaded, pasted
// bytes taken as they are; each becomes an intake entry of the claim, then a queued job.

#include "claim/claimdocument.h"
#include "core/recognitionprovider.h"
#include "inputcollector.h"
#include "log.h"
#include "threadhandoff.h"

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

} // namespace

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
    // Walking folders is I/O: on a worker. What it finds enters the claim at once, as waiting
    // entries, before a single file is read: a crash from here on loses none of them.
    (void)QtConcurrent::run(handoff([this, paths] {
        const CollectedInputs collected = collectInputs(paths);
        QMetaObject::invokeMethod(this, handoff([this, collected] {
            QList<ClaimIntake> entries;
            for (const RecognizedDocument &failure : collected.failures) {
                ClaimIntake e;
                e.name = displayName(failure.file);
                e.sourcePath = failure.file;
                e.state = ClaimIntake::State::Failed;
                e.errorCode = failure.error ? failure.error->code : QString::fromLatin1(ErrorCode::Unreadable);
                e.errorMessage = failure.error ? errorText(*failure.error) : tr("The file cannot be read.");
                entries.append(e);
            }
            for (const QString &file : collected.files) {
                ClaimIntake e;
                e.name = displayName(file);
                e.sourcePath = QFileInfo(file).absoluteFilePath();
                entries.append(e);
            }
            const QList<qint64> ids = m_claim->addIntakes(entries);
            m_total += int(collected.failures.size());
            m_failed += int(collected.failures.size());
            m_done += int(collected.failures.size());
            QList<ToRead> toRead;
            for (qsizetype i = collected.failures.size(); i < ids.size(); ++i) {
                toRead.append(ToRead{ids.at(i), collected.files.at(i - collected.failures.size()), false});
                setActive(ids.at(i), true);
            }
            if (ids.size() != entries.size())
                log::get("ui")->error("the claim did not take the files given");
            startReading(toRead);
            --m_collecting;
            updateBusy();
            finishBatchIfIdle();
        }), Qt::QueuedConnection);
    }));
}

void ImportController::startReading(const QList<ToRead> &items)
{
    if (items.isEmpty())
        return;
    m_total += int(items.size());
    ++m_collecting;
    updateBusy();
    emit progress(m_done, m_total, QString());
    const qint64 maxBytes = m_maxFileBytes;
    const auto cancel = m_cancel;
    // Reading files is I/O: on a worker, one file at a time, each handed back as it is read, so
    // rows turn into recognition jobs while a big folder is still being read.
    const auto reader = m_claim->intakeReader();
    (void)QtConcurrent::run(handoff([this, items, maxBytes, cancel, reader] {
        for (const ToRead &item : items) {
            if (cancel->load()) {
                // Not read, but not forgotten either: the row says it was cancelled.
                QMetaObject::invokeMethod(this, handoff([this, item] {
                    setActive(item.intakeId, false);
                    setState(item.intakeId, ClaimIntake::State::Cancelled);
                    ++m_done;
                    emit progress(m_done, m_total, QString());
                }), Qt::QueuedConnection);
                continue;
            }
            QString code;
            QString message;
            std::optional<DocumentInput> input;
            if (item.fromClaim) {
                const QByteArray bytes = reader(item.intakeId);
                if (!bytes.isEmpty())
                    input = DocumentInput::fromBytes(bytes, item.path);
                else {
                    code = QString::fromLatin1(ErrorCode::Unreadable);
                    message = tr("The copy kept in the claim cannot be read.");
                }
            } else {
                input = DocumentInput::fromFile(item.path, &code, &message, maxBytes);
            }
            QMetaObject::invokeMethod(this, handoff([this, item, input, code, message] {
                onRead(item.intakeId, input, code, message);
            }), Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, handoff([this] {
            --m_collecting;
            updateBusy();
            finishBatchIfIdle();
        }), Qt::QueuedConnection);
    }));
}

void ImportController::onRead(qint64 intakeId, const std::optional<DocumentInput> &input, const QString &code,
                              const QString &message)
{
    if (!m_claim->data().intakeEntry(intakeId)) {
        // Dismissed, or another claim was opened meanwhile.
        setActive(intakeId, false);
        ++m_done;
        emit progress(m_done, m_total, QString());
        return;
    }
    if (!input) {
        ++m_done;
        fail(intakeId, code, errorText(DocumentError{code, message}));
        emit progress(m_done, m_total, QString());
        return;
    }
    const ClaimIntake *e = m_claim->data().intakeEntry(intakeId);
    ClaimIntake next = *e;
    next.sha256 = input->sha256;
    next.format = formatKey(input->format);
    next.size = input->bytes.size();
    m_claim->updateIntake(next);
    enqueue(intakeId, *input);
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
        const QString shown = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        const QString scheme = url.scheme().toLower();
        ClaimIntake e;
        e.name = url.fileName().isEmpty() ? url.host() : url.fileName();
        if (e.name.isEmpty())
            e.name = shown;
        if (scheme != u"http" && scheme != u"https") {
            e.state = ClaimIntake::State::Failed;
            e.errorCode = u"unsupported_input"_s;
            e.errorMessage = tr("Only files and http(s) addresses can be imported.");
            m_claim->addIntake(e);
            continue;
        }
        // Signed download links carry tokens in their query: the claim keeps the address without it
        // only for display; the full one lives as long as this run.
        e.url = shown;
        const qint64 id = m_claim->addIntake(e);
        if (!id)
            continue;
        ++m_total;
        setActive(id, true);
        DocumentInput input;
        input.url = url;
        input.file = url.toString(QUrl::RemoveUserInfo);
        QString why;
        if (RecognitionProvider *p = providerFor(input, &why); p && p->capabilities().testFlag(ProviderCapability::Url))
            enqueue(id, input);
        else
            download(id, url);
    }
    if (!paths.isEmpty())
        startCollect(paths);
    updateBusy();
}

void ImportController::download(qint64 intakeId, const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    ++m_downloads;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->get(request);
    m_replies << reply;
    setState(intakeId, ClaimIntake::State::Recognising);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, intakeId, url] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        --m_downloads;
        if (reply->error() != QNetworkReply::NoError) {
            // The address without its query: signed download links carry tokens.
            const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            ++m_done;
            if (reply->error() == QNetworkReply::OperationCanceledError && m_cancel->load()) {
                setActive(intakeId, false);
                setState(intakeId, ClaimIntake::State::Cancelled);
            } else {
                fail(intakeId, u"download_failed"_s,
                     reply->error() == QNetworkReply::OperationCanceledError
                         ? tr("%1 is larger than %2 MB.").arg(where).arg(kMaxDownloadBytes / (1024 * 1024))
                         : tr("Cannot download %1: %2").arg(where, reply->errorString()));
            }
        } else {
            const QByteArray bytes = reply->readAll();
            if (bytes.isEmpty()) {
                ++m_done;
                fail(intakeId, QString::fromLatin1(ErrorCode::Empty), tr("The download was empty."));
            } else {
                const DocumentInput input = DocumentInput::fromBytes(bytes, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
                if (const ClaimIntake *e = m_claim->data().intakeEntry(intakeId)) {
                    ClaimIntake next = *e;
                    next.sha256 = input.sha256;
                    next.format = formatKey(input.format);
                    next.size = bytes.size();
                    m_claim->updateIntake(next, bytes);   // nothing outside holds these bytes
                }
                enqueue(intakeId, input);
            }
        }
        emit progress(m_done, m_total, QString());
        updateBusy();
        finishBatchIfIdle();
    });
    updateBusy();
}

void ImportController::importBytes(const QByteArray &bytes, const QString &name)
{
    m_cancel->store(false);
    const DocumentInput input = DocumentInput::fromBytes(bytes, name);
    ClaimIntake e;
    e.name = name;
    e.sha256 = input.sha256;
    e.format = formatKey(input.format);
    e.size = bytes.size();
    // Pasted bytes exist nowhere else: the claim keeps them until they are recognised.
    const qint64 id = m_claim->addIntake(e, bytes);
    if (!id)
        return;
    ++m_total;
    setActive(id, true);
    enqueue(id, input);
}


} // namespace ra
