#include "providercatalog.h"

#include <QtGlobal>

namespace ra {
namespace {

bool allSet(std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (qEnvironmentVariableIsEmpty(n))
            return false;
    return true;
}

} // namespace

QList<ProviderInfo> providerCatalog()
{
    const QString cloudNote = QStringLiteral("cloud adapter not yet in this build");
    const bool tencent = allSet({"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"});
    return {
        {QStringLiteral("local"), QStringLiteral("Offline: PDF text, OFD data, QR code"),
         {QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("ofd")}, true, true,
         QStringLiteral("no account needed; images: QR fields only")},
        {QStringLiteral("tencent-vat"), QStringLiteral("Tencent Cloud VatInvoiceOCR"),
         {QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("url")}, tencent, false, cloudNote},
        {QStringLiteral("tencent-ofd"), QStringLiteral("Tencent Cloud VerifyOfdVatInvoiceOCR"),
         {QStringLiteral("ofd"), QStringLiteral("url")}, tencent, false, cloudNote},
        {QStringLiteral("qiniu"), QStringLiteral("Qiniu multi-invoice OCR"),
         {QStringLiteral("image"), QStringLiteral("url")},
         allSet({"QINIU_ACCESS_KEY", "QINIU_SECRET_KEY", "QINIU_BUCKET", "QINIU_BUCKET_DOMAIN"}), false, cloudNote},
        {QStringLiteral("ekuaibao"), QStringLiteral("Ekuaibao (合思) invoice OCR"),
         {QStringLiteral("image"), QStringLiteral("pdf")}, allSet({"EKUAIBAO_APP_KEY", "EKUAIBAO_APP_SECURITY"}),
         false, cloudNote},
        {QStringLiteral("deepfinch"), QStringLiteral("DeepFinch VAT invoice OCR"),
         {QStringLiteral("image"), QStringLiteral("pdf"), QStringLiteral("url")},
         allSet({"DEEPFINCH_API_ID", "DEEPFINCH_API_SECRET"}), false, cloudNote},
    };
}

} // namespace ra
