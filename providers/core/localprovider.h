#pragma once

#include "recognitionprovider.h"
#include "validation/validationcontext.h"

namespace ra {

// The offline provider as a RecognitionProvider: runs LocalRecognizer on the global thread
// pool (it is thread-safe), so the event loop stays free; abort sets its cancel flag.
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

    ProviderJob *recognize(const DocumentInput &input) override;

private:
    ValidationContext m_validation;
    bool m_decodeQr = true;
};

} // namespace ra
