#include "recognitionprovider.h"

namespace ra {

RecognitionProvider::RecognitionProvider(QObject *parent) : QObject(parent) {}

RecognitionProvider::~RecognitionProvider() = default;

bool RecognitionProvider::accepts(DocumentFormat format) const
{
    const ProviderCapabilities caps = capabilities();
    if (format == DocumentFormat::Pdf)
        return caps.testFlag(ProviderCapability::Pdf);
    if (format == DocumentFormat::Ofd)
        return caps.testFlag(ProviderCapability::Ofd);
    if (isImageFormat(format))
        return caps.testFlag(ProviderCapability::Image);
    return false;
}

bool RecognitionProvider::acceptsUrl(DocumentFormat format) const
{
    if (!capabilities().testFlag(ProviderCapability::Url))
        return false;
    return format == DocumentFormat::Unknown || accepts(format);
}

QStringList RecognitionProvider::acceptedInputs() const
{
    const ProviderCapabilities caps = capabilities();
    QStringList out;
    if (caps.testFlag(ProviderCapability::Image))
        out << QStringLiteral("image");
    if (caps.testFlag(ProviderCapability::Pdf))
        out << QStringLiteral("pdf");
    if (caps.testFlag(ProviderCapability::Ofd))
        out << QStringLiteral("ofd");
    if (caps.testFlag(ProviderCapability::Url))
        out << QStringLiteral("url");
    return out;
}

ProviderInfo RecognitionProvider::info() const
{
    ProviderInfo i;
    i.id = id();
    i.name = displayName();
    i.accepts = acceptedInputs();
    i.configured = isConfigured();
    i.available = true;
    i.note = note();
    return i;
}

} // namespace ra
