#pragma once

#include "recognitionprovider.h"

#include <QPointer>

namespace ra {

class ProviderRegistry;

// `--provider auto`: per file, tries ProviderRegistry::autoCandidates() in order and keeps the
// first result that has invoices; when none has, the first candidate's result (with its
// error) is returned. The document's `provider` says who answered. A URL goes only to the
// configured providers that take it by URL; when there is none it gets a `no_provider` error
// naming the providers that would.
class AutoProvider : public RecognitionProvider
{
    Q_OBJECT
public:
    explicit AutoProvider(ProviderRegistry *registry, QObject *parent = nullptr);
    ~AutoProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    double documentedRateLimit() const override { return 0; }
    bool isConfigured() const override { return true; }

    ProviderJob *recognize(const DocumentInput &input) override;

private:
    QPointer<ProviderRegistry> m_registry;
};

} // namespace ra
