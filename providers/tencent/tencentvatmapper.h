#pragma once

#include "invoice.h"

#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QStringList>

// VatInvoiceOCR's Response → normalized invoices, as a pure function. VatInvoiceInfos are
// mapped by their Chinese Name; line-item rows (货物或应税劳务、服务名称, 规格型号, 单位, 数量, 单价,
// 金额, 税率, 税额) are grouped into items by row, or taken from Items when present; Angle gives
// the orientation. Lenient about shapes ("" = absent, numbers as strings or numbers), strict
// about money, dates and flags: a value that does not parse is left out, never guessed, and said
// on the invoice as a `vendor_value_invalid` warning finding (field key — `items[i].amount` for a
// line item's cell —, raw text, vendor label), as the other adapters do; `warnings` gets a line
// without the value.
namespace ra::tencent {

struct VatMapContext
{
    int page = 1;               // 1-based page of the document the image shows
    double scale = 1.0;         // vendor image px × scale = page image px (image was downscaled)
    QSizeF pageSize;            // page image size the polygons refer to
};

// Usually one invoice; none when the response holds no invoice data.
QList<Invoice> mapVatInvoiceOcr(const QJsonObject &response, const VatMapContext &context,
                                QStringList *warnings = nullptr);

} // namespace ra::tencent
