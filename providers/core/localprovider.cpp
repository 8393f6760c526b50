#include "localprovider.h"

#include "documentinput.h"
#include "providerjob.h"
#include "threadpriority.h"
#include "worker/workerpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace ra {

namespace {

WorkerPoolOptions providerOptions(int jobSlots)
{
    WorkerPoolOptions options = WorkerPoolOptions::fromEnvironment(jobSlots > 0 ? jobSlots : QThread::idealThreadCount());
    options.niceValue = kRecognitionNice; // recognition yields the CPU to the window
    return options;
}

} // namespace

LocalProvider::LocalProvider(QObject *parent, int jobSlots)
    : RecognitionProvider(parent), m_workers(new WorkerPool(providerOptions(jobSlots), this))
{
}

LocalProvider::~LocalProvider() = default;

QString LocalProvider::id() const
{
    return QStringLiteral("local");
}

QString LocalProvider::displayName() const
{
    return QCoreApplication::translate("LocalProvider", "Offline: PDF text, OFD data, QR code");
}

ProviderCapabilities LocalProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Ofd
           | ProviderCapability::FieldPolygons | ProviderCapability::Offline;
}

QString LocalProvider::note() const
{
    return QCoreApplication::translate("LocalProvider", "no account needed; images: QR fields only");
}

DocumentError LocalProvider::urlRefused()
{
    DocumentError e;
    e.code = QStringLiteral("unsupported_input");
    e.message = QStringLiteral("The local provider reads files only and downloads nothing: save the document "
                               "and pass the file, or use a provider that accepts \"url\" "
                               "(see reimburse-cli providers).");
    return e;
}

ProviderJob *LocalProvider::recognize(const DocumentInput &input)
{
    auto *job = new ProviderJob(id(), input, this);
    if (input.isRemote()) {
        job->finishWithError(urlRefused());
        return job;
    }
    WorkerRequest *request = m_workers->recognize(input.bytes, input.file, m_validation, m_decodeQr, input.sha256);
    connect(job, &ProviderJob::abortRequested, request, &WorkerRequest::cancel);
    connect(request, &WorkerRequest::progressed, job,
            [job](WorkerRequest *, const RecognitionProgress &p) { job->reportProgress(p); });
    QPointer<ProviderJob> guard(job);
    connect(request, &WorkerRequest::finished, this, [guard](WorkerRequest *r) {
        // The job may have been aborted (and deleted) meanwhile.
        if (guard && !guard->isFinished())
            guard->finishWithResult(r->document());
    });
    return job;
}

} // namespace ra
