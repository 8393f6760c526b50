#include "tencentofdprovider.h"

#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "tencentapi.h"
#include "tencentofdmapper.h"

namespace ra {

TencentOfdProvider::TencentOfdProvider(const ProviderContext &context, QObject *parent)
    : TencentProvider(context, parent)
{
}

TencentOfdProvider::~TencentOfdProvider() = default;

QString TencentOfdProvider::id() const
{
    return QStringLiteral("tencent-ofd");
}

QString TencentOfdProvider::displayName() const
{
    return QStringLiteral("Tencent Cloud VerifyOfdVatInvoiceOCR");
}

ProviderCapabilities TencentOfdProvider::capabilities() const
{
    return ProviderCapability::Ofd;
}

QString TencentOfdProvider::optionsKey(const DocumentInput &input) const
{
    return QStringLiteral("action=%1;page=%2").arg(QLatin1String(tencent::kOfdAction)).arg(qMax(1, input.page));
}

void TencentOfdProvider::start(ProviderJob *job)
{
    if (!checkEndpoint(job))
        return;
    const DocumentInput &input = job->input();
    const QByteArray base64 = input.bytes.toBase64();
    // No OFD limit is documented; the image limit is the safe assumption.
    if (base64.size() > tencent::kMaxBase64Bytes) {
        job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::InputTooLarge),
                                          QStringLiteral("The OFD file is larger than Tencent Cloud accepts (%1 MB after Base64).")
                                              .arg(tencent::kMaxBase64Bytes / (1024 * 1024))));
        return;
    }
    const int page = qMax(1, input.page);
    call(job, QString::fromLatin1(tencent::kOfdAction), tencent::ofdBody(base64, page),
         [this, job, page](const HttpResult &result) {
             if (failed(job, result, {}))
                 return;
             job->setCacheContext({{QStringLiteral("page"), page}});
             job->finishWithResult(remap(job->input(), {result.body}, job->cacheContext()));
         });
}

RecognizedDocument TencentOfdProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                             const QJsonObject &context) const
{
    Q_UNUSED(input);
    RecognizedDocument doc;
    doc.rawResponses = responses;
    const int page = context.value(QStringLiteral("page")).toInt(1);
    for (const QByteArray &raw : responses) {
        const Invoice inv = tencent::mapVerifyOfdVatInvoiceOcr(tencent::parseEnvelope(raw).response, page);
        if (!inv.fields.isEmpty() || !inv.items.isEmpty())
            doc.invoices << inv;
    }
    doc.pages = doc.invoices.isEmpty() ? 0 : 1;
    if (doc.invoices.isEmpty())
        doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                                 QStringLiteral("Tencent Cloud found no invoice data in this OFD file."));
    return doc;
}

} // namespace ra
