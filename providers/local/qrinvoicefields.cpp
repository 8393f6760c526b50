#include "qrinvoicefields.h"

#include "dates.h"
#include "money.h"

namespace ra {

void offerQrFields(Invoice &invoice, const QString &rawPayload, const qr::InvoicePayload &payload,
                   const QPolygonF &polygon, int page)
{
    if (!invoice.qrcodes.contains(rawPayload))
        invoice.qrcodes.append(rawPayload);
    const auto field = [&](const QString &value, const QString &key) {
        return makeField(value, QStringLiteral("qr:") + key, polygon, page);
    };
    if (!payload.code.isEmpty())
        invoice.offer(QStringLiteral("code"), field(payload.code, QStringLiteral("code")));
    if (!payload.number.isEmpty())
        invoice.offer(QStringLiteral("number"), field(payload.number, QStringLiteral("number")));
    if (payload.date.isValid())
        invoice.offer(QStringLiteral("date"), field(dates::formatDate(payload.date), QStringLiteral("date")));
    if (!payload.checkCode.isEmpty())
        invoice.offer(QStringLiteral("check_code"), field(payload.checkCode, QStringLiteral("check_code")));
    // The QR amount is the pre-tax amount on older kinds and the tax-inclusive total on 数电
    // kinds (confirmed on all 41 QR codes of the real fixtures, invoice-standards.md c.1).
    const QString amountKey = payload.amountIsTaxInclusive() ? QStringLiteral("total")
                                                             : QStringLiteral("pretax_amount");
    invoice.offer(amountKey, field(money::formatFen(payload.amountFen), QStringLiteral("amount")));
}

} // namespace ra
