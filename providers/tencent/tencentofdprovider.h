#pragma once

#include "tencentprovider.h"

namespace ra {

// tencent-ofd: VerifyOfdVatInvoiceOCR for OFD files (OfdFileBase64), one call per page.
class TencentOfdProvider : public TencentProvider
{
    Q_OBJECT
public:
    explicit TencentOfdProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~TencentOfdProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QString optionsKey(const DocumentInput &input) const override;

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;
};

} // namespace ra
