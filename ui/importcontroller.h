#pragma once

#include "documentformat.h"
#include "core/documentinput.h"
#include "recognizeddocument.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
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
// documents in flight), and adds what comes back to the claim on the GUI thread. Every
// document shows as a row of the list from the moment it is dropped; one that fails keeps its
// row with an error a person can act on, and the rest of the batch carries on.
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
    // Tries a failed document row again with the provider chosen now.
    void retry(int pendingKey);

    bool isBusy() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

public slots:
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(int done, int total, const QString &current);
    void finished(int added, int failed);   // one batch drained (or cancelled)
    void invoicesAdded(const QList<qint64> &invoiceIds);
    void rerunFinished(const QString &sha256, const ra::RecognizedDocument &document);

private:
    struct Job
    {
        int pendingKey = 0;
        DocumentInput input;
    };

    void startCollect(const QStringList &paths);
    void enqueue(int pendingKey, const DocumentInput &input);
    void fail(int pendingKey, const QString &message);
    RecognitionProvider *providerFor(const DocumentInput &input, QString *why) const;
    RecognitionQueue *queue();
    void onDocumentStarted(int index);
    void onDocumentFinished(int index, const RecognizedDocument &document);
    void onQueueFinished();
    void download(const QUrl &url);
    void updateBusy();
    void finishBatchIfIdle();
    static QString errorText(const DocumentError &error);

    ClaimDocument *m_claim;
    InvoiceListModel *m_list;
    QPointer<ProviderServices> m_services;
    ProviderChooser m_choose;
    qint64 m_maxFileBytes = 200LL * 1024 * 1024;
    QPointer<RecognitionQueue> m_queue;
    QHash<int, Job> m_jobs;             // queue index → job of the current queue
    QHash<int, QString> m_retryPaths;   // pending key → path, for retry()
    int m_collecting = 0;               // folder walks still running
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
