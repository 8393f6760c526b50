#pragma once

#include "documentformat.h"
#include "provider.h"
#include "providercatalog.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace ra {

class ProviderJob;
struct DocumentInput;

// One way of turning a document into invoices: `local` or a cloud vendor's API. Everything the
// CLI (`providers`, `--provider ID|auto`) and the GUI need to know about a provider is here;
// vendor specifics live behind recognize().
class RecognitionProvider : public QObject
{
    Q_OBJECT
public:
    explicit RecognitionProvider(QObject *parent = nullptr);
    ~RecognitionProvider() override;

    virtual QString id() const = 0;             // "local", "tencent-vat", ... (stable, used on the CLI)
    virtual QString displayName() const = 0;    // shown to people
    virtual ProviderCapabilities capabilities() const = 0;
    // The vendor's documented request rate (requests per second) this provider keeps to;
    // 0 when there is none (local) or it is not documented.
    virtual double documentedRateLimit() const = 0;
    // Ready to be used: credentials present (never says which values).
    virtual bool isConfigured() const = 0;
    virtual QString note() const { return {}; }

    // Starts recognising `input`. Never returns null and never blocks: even a refusal (not
    // configured, unsupported format) arrives as a job that finishes with an error. The job
    // emits ProviderJob::finished exactly once, always from the event loop (never inside this
    // call), and deletes itself afterwards unless setAutoDelete(false) was called.
    virtual ProviderJob *recognize(const DocumentInput &input) = 0;

    bool accepts(DocumentFormat format) const;  // from capabilities()
    // Takes a remote document by URL (fetched by the vendor, never downloaded here) whose
    // path suggests `format` (Unknown: no extension to go by). Default: ProviderCapability::Url
    // and, when the format is known, accepts(format). Adapters whose URL parameter takes less
    // than their file path (Qiniu: JPEG/PNG only) narrow it.
    virtual bool acceptsUrl(DocumentFormat format) const;
    QStringList acceptedInputs() const;         // "image", "pdf", "ofd", "url"
    ProviderInfo info() const;                  // for `reimburse-cli providers`
};

} // namespace ra
