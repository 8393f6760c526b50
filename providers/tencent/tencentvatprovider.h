#pragma once

#include "core/cloudprovider.h"

namespace ra {

// tencent-vat: VatInvoiceOCR for images and PDFs (each PDF page rendered and sent as an image,
// so polygons fall on the displayed page). One call per page; a page's failure fails the
// document with the vendor's code, message and request id.
class TencentVatProvider : public CloudProvider
{
    Q_OBJECT
public:
    explicit TencentVatProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~TencentVatProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    double documentedRateLimit() const override;
    QString vendorName() const override;
    QString credentialAccount() const override;
    QStringList requiredCredentialKeys() const override;
    QString optionsKey(const DocumentInput &input) const override;

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;
};

} // namespace ra
