#include "providerregistry.h"

#include "documentinput.h"
#include "recognitionprovider.h"

namespace ra {

ProviderRegistry::ProviderRegistry(QObject *parent) : QObject(parent) {}

ProviderRegistry::~ProviderRegistry() = default;

bool ProviderRegistry::add(RecognitionProvider *provider)
{
    if (!provider || this->provider(provider->id())) {
        delete provider;
        return false;
    }
    provider->setParent(this);
    m_providers << provider;
    return true;
}

RecognitionProvider *ProviderRegistry::provider(const QString &id) const
{
    for (RecognitionProvider *p : m_providers)
        if (p->id() == id)
            return p;
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList out;
    for (RecognitionProvider *p : m_providers)
        out << p->id();
    return out;
}

QList<ProviderInfo> ProviderRegistry::catalog() const
{
    QList<ProviderInfo> out;
    for (RecognitionProvider *p : m_providers)
        out << p->info();
    return out;
}

QList<RecognitionProvider *> ProviderRegistry::autoCandidates(const DocumentInput &input) const
{
    if (input.isRemote()) {
        // A URL: only a vendor that fetches it itself; the local provider downloads nothing.
        QList<RecognitionProvider *> out;
        for (RecognitionProvider *p : m_providers)
            if (!p->capabilities().testFlag(ProviderCapability::Offline) && p->isConfigured()
                && p->acceptsUrl(input.format))
                out << p;
        return out;
    }
    RecognitionProvider *local = nullptr;
    QList<RecognitionProvider *> cloud;
    for (RecognitionProvider *p : m_providers) {
        if (p->capabilities().testFlag(ProviderCapability::Offline)) {
            if (!local)
                local = p;
        } else if (p->isConfigured() && p->accepts(input.format)) {
            cloud << p;
        }
    }
    QList<RecognitionProvider *> out;
    const bool structured = input.format == DocumentFormat::Pdf || input.format == DocumentFormat::Ofd;
    // PDF and OFD carry the invoice's own data, which the local provider reads exactly and for
    // free; images hold only a QR code for it, so a configured vendor reads them better.
    if (structured || !isImageFormat(input.format)) {
        if (local)
            out << local;
        out << cloud;
    } else {
        out << cloud;
        if (local)
            out << local;
    }
    return out;
}

} // namespace ra
