#pragma once

#include "vendor/vendorhttp.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QTransform>

// DeepFinch's result → one invoice (pure; also maps cached responses again). Every leaf is a
// {txt, region} object: `region` is "" (no position) or eight numbers, the corners of the text
// in the image sent, mapped to the page image with `toPage`. DeepFinch names no type: it is
// inferred from the code and number (ra::inferInvoiceType), which marks it as inferred.
namespace ra::deepfinch {

// The finding about amount_info.tax_amount_total's meaning (see deepfinchmapper.cpp): info when
// the answer shows it is the tax amount although the seed calls it 价税合计, warning when it fits
// neither reading.
inline constexpr char kTaxAmountTotalRule[] = "vendor_field_meaning";

struct PageContext
{
    int page = 1;
    QSizeF pageSize;
    QTransform toPage;
};

vendor::PageOutcome mapOcrBody(const QByteArray &body, const QString &requestId, const PageContext &context);

} // namespace ra::deepfinch
