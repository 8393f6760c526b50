#include "autoprovider.h"

#include <QCoreApplication>

#include "documentinput.h"
#include "providerjob.h"
#include "providerregistry.h"

#include <QPointer>
#include <memory>

namespace ra {
namespace {

// Walks the candidates one after the other for one document.
struct AutoRun
{
    QList<QPointer<RecognitionProvider>> candidates;
    QPointer<ProviderJob> outer;
    QPointer<ProviderJob> current;
    std::optional<RecognizedDocument> fallback;   // first result, kept when none has invoices
    int next = 0;
    QStringList urlProviders;                     // for the message when a URL finds no candidate
};

void step(const std::shared_ptr<AutoRun> &run, const DocumentInput &input)
{
    if (!run->outer || run->outer->isFinished())
        return;
    while (run->next < run->candidates.size() && !run->candidates.at(run->next))
        ++run->next;
    if (run->next >= run->candidates.size()) {
        RecognizedDocument doc = run->fallback.value_or(RecognizedDocument());
        if (!run->fallback) {
            DocumentError e;
            e.code = QStringLiteral("no_provider");
            e.message = input.isRemote()
                            ? QStringLiteral("No configured provider takes this document by URL (%1): set the keys "
                                             "of one that accepts \"url\" (see reimburse-cli providers), or "
                                             "download the file and pass it instead.")
                                  .arg(run->urlProviders.isEmpty() ? QStringLiteral("none in this build")
                                                                   : run->urlProviders.join(QStringLiteral(", ")))
                            : QStringLiteral("No configured provider accepts this file.");
            doc.error = e;
        }
        run->outer->finishWithResult(std::move(doc));
        return;
    }
    RecognitionProvider *p = run->candidates.at(run->next++);
    ProviderJob *inner = p->recognize(input);
    run->current = inner;
    QObject::connect(inner, &ProviderJob::finished, run->outer, [run, input](ProviderJob *j) {
        RecognizedDocument r = j->result();
        if (!r.error && !r.invoices.isEmpty()) {
            run->outer->finishWithResult(std::move(r));
            return;
        }
        if (!run->fallback)
            run->fallback = std::move(r);
        step(run, input);
    });
}

} // namespace

AutoProvider::AutoProvider(ProviderRegistry *registry, QObject *parent)
    : RecognitionProvider(parent), m_registry(registry)
{
}

AutoProvider::~AutoProvider() = default;

QString AutoProvider::id() const
{
    return QStringLiteral("auto");
}

QString AutoProvider::displayName() const
{
    return QCoreApplication::translate("AutoProvider", "Automatic: local for PDF and OFD, a configured vendor for images");
}

ProviderCapabilities AutoProvider::capabilities() const
{
    // URLs go to a configured provider that takes them (never local); none: a per-document error.
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Ofd | ProviderCapability::Url;
}

ProviderJob *AutoProvider::recognize(const DocumentInput &input)
{
    auto *job = new ProviderJob(id(), input, this);
    auto run = std::make_shared<AutoRun>();
    run->outer = job;
    if (m_registry) {
        for (RecognitionProvider *p : m_registry->autoCandidates(input))
            run->candidates << p;
        if (input.isRemote())
            for (RecognitionProvider *p : m_registry->providers())
                if (p->acceptsUrl(input.format))
                    run->urlProviders << p->id();
    }
    connect(job, &ProviderJob::abortRequested, job, [run]() {
        if (run->current)
            run->current->abort();
    });
    step(run, input);
    return job;
}

} // namespace ra
