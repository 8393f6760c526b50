#pragma once

#include "tencentprovider.h"

#include <QThreadPool>
#include <memory>

namespace ra {

struct VatRun;

// tencent-vat: VatInvoiceOCR for images and PDFs (each PDF page rendered and sent as an image,
// so polygons fall on the displayed page), and for remote documents by URL (ImageUrl with
// IsPdf, fetched by Tencent; never downloaded here). One call per page; a page's failure fails
// the document with the vendor's code, message and request id.
class TencentVatProvider : public TencentProvider
{
    Q_OBJECT
public:
    explicit TencentVatProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~TencentVatProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QString optionsKey(const DocumentInput &input) const override;
    bool acceptsUrl(DocumentFormat format) const override;

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;

private:
    void nextPage(const std::shared_ptr<VatRun> &run);
    void nextUrlPage(const std::shared_ptr<VatRun> &run);
    void finish(const std::shared_ptr<VatRun> &run);

    QThreadPool m_pool;   // page rendering and encoding, off the event loop
};

} // namespace ra
