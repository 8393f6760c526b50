#pragma once

#include "documentformat.h"
#include "core/documentinput.h"
#include "recognitionprogress.h"
#include "recognizeddocument.h"
#include "claim/claimintake.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ra {

class ClaimDocument;
class InvoiceListModel;
class ProviderServices;
class RecognitionProvider;
class RecognitionQueue;

// Brings documents into the claim: expands folders and reads files on a worker thread, sends
// each document to its provider through a RecognitionQueue (progress, cancel, a bound on
// documents in flight), and adds what comes back to the claim on the GUI thread. Every file is
// in the claim (ClaimDocument intake) from the moment it is accepted, with its state: waiting,
// recognising, failed (with its error), cancelled; so it shows as a row, survives a crash and
// can be resumed or tried again. The rest of a batch carries on past any one failure.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // Which provider id ("local", "tencent-vat", "auto", ...) recognises a document of this
    // format. The main window answers from the toolbar and the per-type defaults.
    using ProviderChooser = std::function<QString(DocumentFormat format, bool isUrl)>;

    ImportController(ClaimDocument *claim, InvoiceListModel *list, QObject *parent = nullptr);
    ~ImportController() override;

    void setServices(ProviderServices *services);   // not owned; may change between batches
    void setProviderChooser(ProviderChooser chooser) { m_choose = std::move(chooser); }
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    // Files and folders (recursively).
    void importPaths(const QStringList &paths);
    // Local file URLs become paths; http(s) URLs go to a provider that fetches them itself,
    // else they are downloaded first.
    void importUrls(const QList<QUrl> &urls);
    // Bytes already in memory (a pasted image).
    void importBytes(const QByteArray &bytes, const QString &name);
    // Recognises an original of the claim again with `providerId`; the result arrives through
    // rerunFinished() and is recorded with the claim, the invoices are not changed.
    void rerun(const QString &sha256, const QString &providerId);
    // Sends intake entries (failed, cancelled, or left unfinished by an earlier run) to the
    // provider chosen now: from the bytes the claim keeps, else from the file they came from.
    void retry(qint64 intakeId);
    void resume(const QList<qint64> &intakeIds);
    // Every unfinished entry of the claim that this run is not working on.
    void resumeUnfinished();
    // Whether this run is working on the entry (waiting in its queue or being recognised).
    bool isActive(qint64 intakeId) const { return m_active.contains(intakeId); }

    bool isBusy() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

    // Cancels the recognition of one entry this run is working on (waiting or running: an OCR
    // in progress is stopped with its worker); the rest of the batch goes on.
    void cancelDocument(qint64 intakeId);

public slots:
    void cancel();

signals:
    void busyChanged(bool busy);
    void activeChanged();
    void progress(int done, int total, const QString &current);
    void finished(int added, int failed);   // one batch drained (or cancelled)
    void invoicesAdded(const QList<qint64> &invoiceIds);
    void rerunFinished(const QString &sha256, const ra::RecognizedDocument &document);

private:
    // Split by stage: importcontrollerinput.cpp takes documents in (paths, URLs, bytes) and
    // reads them; importcontroller.cpp queues them, follows their recognition and retries.
    struct Job
    {
        qint64 intakeId = 0;
        DocumentInput input;
    };
    struct ToRead
    {
        qint64 intakeId = 0;
        QString path;
        bool fromClaim = false;   // the bytes the claim keeps, not the path
    };

    void startCollect(const QStringList &paths);
    void startReading(const QList<ToRead> &items);
    void onRead(qint64 intakeId, const std::optional<DocumentInput> &input, const QString &code, const QString &message);
    void enqueue(qint64 intakeId, const DocumentInput &input);
    void fail(qint64 intakeId, const QString &code, const QString &message);
    void setState(qint64 intakeId, ClaimIntake::State state, const QString &provider = {});
    void setActive(qint64 intakeId, bool active);
    RecognitionProvider *providerFor(const DocumentInput &input, QString *why) const;
    RecognitionQueue *queue();
    void onDocumentStarted(int index);
    void onDocumentFinished(int index, const RecognizedDocument &document);
    void onDocumentProgress(int index, const RecognitionProgress &progress);
    void onQueueFinished();
    void download(qint64 intakeId, const QUrl &url);
    void updateBusy();
    void finishBatchIfIdle();
    static QString errorText(const DocumentError &error);
    // The file name of a path, for progress and rows (the path itself when it has none).
    static QString displayName(const QString &file);

    ClaimDocument *m_claim;
    InvoiceListModel *m_list;
    QPointer<ProviderServices> m_services;
    ProviderChooser m_choose;
    qint64 m_maxFileBytes = 200LL * 1024 * 1024;
    QPointer<RecognitionQueue> m_queue;
    QHash<int, Job> m_jobs;             // queue index → job of the current queue
    QSet<qint64> m_active;              // intake entries this run is working on
    int m_collecting = 0;               // folder walks and reads still running
    int m_downloads = 0;
    int m_done = 0;
    int m_total = 0;
    int m_added = 0;
    int m_failed = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace ra
