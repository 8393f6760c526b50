#pragma once

#include "recognitionprovider.h"
#include "recognizeddocument.h"
#include "validation/validationcontext.h"

#include <QThreadPool>

namespace ra {

// The offline provider as a RecognitionProvider: runs LocalRecognizer (thread-safe) on a
// thread pool of its own, so the event loop stays free; abort sets the recogniser's cancel
// flag. Destroying the provider cancels and waits for its running documents.
class LocalProvider : public RecognitionProvider
{
    Q_OBJECT
public:
    explicit LocalProvider(QObject *parent = nullptr);
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

private:
    ValidationContext m_validation;
    bool m_decodeQr = true;
    QThreadPool m_pool;
};

} // namespace ra
