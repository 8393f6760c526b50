#pragma once

#include "core/cloudprovider.h"

namespace ra {

// deepfinch: 深源恒际 增值税发票识别 (/ocr/value_add_tax_invoice). Each page is sent as a
// multipart `file` (JPEG/PNG within 5 MB and 6000 px: PDF pages rendered, other images
// re-encoded or scaled, polygons mapped back) with the X-DF-API-ID / X-DF-API-SECRET headers.
// Every field comes with its own polygon; the type is inferred (DeepFinch names none).
// A remote document (a JPEG/PNG URL) goes as the multipart `url` field instead, fetched by
// DeepFinch (within its 5 s); nothing is downloaded here.
class DeepFinchProvider : public CloudProvider
{
    Q_OBJECT
public:
    explicit DeepFinchProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~DeepFinchProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    bool acceptsUrl(DocumentFormat format) const override;
    double documentedRateLimit() const override;
    QString vendorName() const override;
    QString credentialAccount() const override;
    QStringList requiredCredentialKeys() const override;

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;

private:
    friend class DeepFinchRun;
};

} // namespace ra
