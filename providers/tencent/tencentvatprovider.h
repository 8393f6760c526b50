#pragma once

#include "tencentimageprep.h"
#include "tencentprovider.h"

#include <memory>

namespace ra {

struct VatRun;

// tencent-vat: VatInvoiceOCR for images and PDFs (each PDF page rendered and sent as an image,
// so polygons fall on the displayed page), and for remote documents by URL (ImageUrl with
// IsPdf, fetched by Tencent; never downloaded here). One call per page, each within 7 MB after
// Base64; a page refused as too large is shrunk and sent again. A failed page of a document
// whose other pages were read gets its own error (failedPageInvoice) and the rest are kept; a
// document nothing could be read from fails with its first page's code, message and request id.
// Pages are rendered, decoded and encoded in reimburse-worker processes (pageWorkers()): a
// document that hangs or crashes them fails with timeout, crashed or too_complex, unsent.
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
    void sendPage(const std::shared_ptr<VatRun> &run, const tencent::PreparedPage &page);
    void nextUrlPage(const std::shared_ptr<VatRun> &run);
    void pageRead(const std::shared_ptr<VatRun> &run, const QByteArray &body, const QJsonObject &ctx);
    void pageFailed(const std::shared_ptr<VatRun> &run, const DocumentError &error, const QByteArray &body,
                    const QJsonObject &ctx);
    void finish(const std::shared_ptr<VatRun> &run);
};

} // namespace ra
