#pragma once

#include "recognitionprovider.h"
#include "recognizeddocument.h"
#include "validation/validationcontext.h"

namespace ra {

class WorkerPool;

// The offline provider as a RecognitionProvider: runs LocalRecognizer in reimburse-worker
// processes (a WorkerPool of its own, one worker per job slot), so nothing a document does to
// a parser can hang, exhaust or crash the caller (docs/worker-process.md); abort stops the
// document's worker. Destroying the provider kills its workers without waiting.
class LocalProvider : public RecognitionProvider
{
    Q_OBJECT
public:
    // `jobSlots`: worker processes at most (0: one per core).
    explicit LocalProvider(QObject *parent = nullptr, int jobSlots = 0);
    ~LocalProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    double documentedRateLimit() const override { return 0; }
    bool isConfigured() const override { return true; }
    QString note() const override;

    void setValidationContext(const ValidationContext &context) { m_validation = context; }
    void setDecodeQr(bool decode) { m_decodeQr = decode; }

    // A remote document (URL) is refused with UnsupportedInput: the local provider reads
    // files only and never downloads anything.
    ProviderJob *recognize(const DocumentInput &input) override;
    // The error a URL gets from the local provider (also used by the CLI's local path).
    static DocumentError urlRefused();

    // The pool the provider's documents run in (e.g. to render pages in the same workers).
    WorkerPool *workerPool() const { return m_workers; }

private:
    ValidationContext m_validation;
    bool m_decodeQr = true;
    WorkerPool *m_workers = nullptr;
};

} // namespace ra
