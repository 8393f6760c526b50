// libFuzzer target for the vendor mappers (JSON in): every cloud provider's answer is read by a
// mapper that must turn any body (malformed JSON, wrong types, huge numbers, deep nesting,
// polygons with too few or absurd points) into invoices, findings or a clear error, never a
// crash or an exception. The same bytes go to each: DeepFinch, Qiniu (and the RuiQi entries it
// shares with Ekuaibao), Ekuaibao, Tencent VatInvoiceOCR and VerifyOfdVatInvoiceOCR.
// Build and run: docs/security.md ("Fuzzing"), scripts/fuzz.sh.

#include "deepfinch/deepfinchmapper.h"
#include "ekuaibao/ekuaibaomapper.h"
#include "qiniu/qiniumapper.h"
#include "tencent/tencentofdmapper.h"
#include "tencent/tencentvatmapper.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTransform>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_LOGGING_RULES", "*=false");
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QSizeF page(1240, 1754);
    const QTransform scale = QTransform::fromScale(1.5, 1.5);

    ra::deepfinch::PageContext df;
    df.pageSize = page;
    df.toPage = scale;
    (void)ra::deepfinch::mapOcrBody(body, QStringLiteral("req"), df);

    ra::ruiqi::EntryContext entry;
    entry.vendor = QStringLiteral("qiniu");
    entry.pageSize = page;
    entry.toPage = scale;
    (void)ra::qiniu::mapOcrBody(body, QStringLiteral("req"), entry);
    entry.vendor = QStringLiteral("ekuaibao");
    entry.codes = ra::ruiqi::CodeTable::Ekuaibao;
    (void)ra::ekuaibao::mapOcrBody(body, QStringLiteral("req"), entry);

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    ra::tencent::VatMapContext vat;
    vat.pageSize = page;
    vat.scale = 0.5;
    QStringList warnings;
    (void)ra::tencent::mapVatInvoiceOcr(json, vat, &warnings);
    (void)ra::tencent::mapVerifyOfdVatInvoiceOcr(json, 1, &warnings);
    // The same members one level down, as they arrive inside {"Response": …}.
    (void)ra::tencent::mapVatInvoiceOcr(json.value(QStringLiteral("Response")).toObject(), vat, &warnings);
    return 0;
}
