#include "localprovider.h"
#include "threadpriority.h"
#include "threadhandoff.h"

#include <QCoreApplication>

#include "documentinput.h"
#include "local/localrecognizer.h"
#include "providerjob.h"

#include <QPointer>
#include <atomic>
#include <memory>

namespace ra {

LocalProvider::LocalProvider(QObject *parent) : RecognitionProvider(parent)
{
    m_pool.setObjectName(QStringLiteral("local-recognizer"));
}

LocalProvider::~LocalProvider()
{
    // Running tasks post back to this object; they must be done before it goes.
    m_pool.clear();
    m_pool.waitForDone();
}

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
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(job, &ProviderJob::abortRequested, this, [cancel]() { cancel->store(true); });

    LocalRecognizer::Options options;
    options.validation = m_validation;
    options.decodeQr = m_decodeQr;
    QPointer<ProviderJob> guard(job);
    const QByteArray bytes = input.bytes;
    const QString name = input.file;
    m_pool.start(handoff([this, guard, cancel, bytes, name, options]() mutable {
        options.cancel = cancel.get();
        setBackgroundPriority(kRecognitionNice);   // recognition yields the CPU to the window
        RecognizedDocument doc = LocalRecognizer::recognizeBytes(bytes, name, options);
        // Back on the provider's thread; the job may have been aborted and deleted meanwhile.
        QMetaObject::invokeMethod(this, handoff([guard, doc = std::move(doc)]() mutable {
            if (guard)
                guard->finishWithResult(std::move(doc));
        }), Qt::QueuedConnection);
    }));
    return job;
}

} // namespace ra
