#pragma once

#include "tencentprovider.h"

#include <memory>

namespace ra {

struct OfdRun;

// tencent-ofd: VerifyOfdVatInvoiceOCR for OFD files (OfdFileBase64) and remote OFDs by URL
// (OfdFileUrl, fetched by Tencent). The API answers for one page at a time (OfdPageNumber,
// default 1), so a file is sent once per page (its pages counted locally, at most 20) and
// every page's answer is mapped; a page whose invoice has the same code and number as an
// earlier page's is that invoice's continuation (see tencent::combineOfdPages). A URL is
// recognised on one page (DocumentInput::page, default 1): the answer does not tell the page
// count and nothing is downloaded here to count them.
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

    // The pages of an OFD package (its first document); 0 when it cannot be read. Parses the
    // package in the calling process: the provider asks a worker (reimburse-worker runs this).
    static int countPages(const QByteArray &ofd);

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;

private:
    void pagesCounted(const std::shared_ptr<OfdRun> &run, int pageCount);
    void nextPage(const std::shared_ptr<OfdRun> &run);
};

} // namespace ra
