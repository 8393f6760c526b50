#pragma once

#include "providercatalog.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ra {

class RecognitionProvider;
struct DocumentInput;
struct ProviderContext;

// Every provider of this build in a stable order (local first, then the cloud vendors), looked
// up by id for `--provider ID`, listed for `reimburse-cli providers`, and chosen per file for
// `--provider auto`.
class ProviderRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ProviderRegistry(QObject *parent = nullptr);
    ~ProviderRegistry() override;

    // Takes ownership. A second provider with an id already present is refused (false).
    bool add(RecognitionProvider *provider);
    RecognitionProvider *provider(const QString &id) const;
    QList<RecognitionProvider *> providers() const { return m_providers; }
    QStringList ids() const;
    QList<ProviderInfo> catalog() const;

    // `--provider auto` for one file, best first, only configured providers that accept its
    // format: OFD and PDF → local first (it reads the embedded data exactly), then cloud ones;
    // images → configured cloud providers first, then local (which only reads QR codes);
    // a remote document (URL) → the configured providers that take it by URL, in registry
    // order (never local).
    QList<RecognitionProvider *> autoCandidates(const DocumentInput &input) const;

    // Local and every cloud adapter of this build, built with `context`.
    static void registerBuiltins(ProviderRegistry &registry, const ProviderContext &context);

private:
    QList<RecognitionProvider *> m_providers;
};

} // namespace ra
