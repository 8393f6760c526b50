#include "typeinference.h"

#include "qr/qrpayload.h"

namespace ra {

void inferInvoiceType(Invoice &invoice)
{
    if (invoice.type != InvoiceType::Unknown)
        return;
    for (const QString &payload : std::as_const(invoice.qrcodes)) {
        if (const auto p = qr::parseInvoicePayload(payload)) {
            if (const auto t = typeFromQrKind(p->kind)) {
                invoice.type = *t;
                invoice.typeSource = QStringLiteral("qr:kind");
                return;
            }
        }
    }
    if (invoice.has(QStringLiteral("title"))) {
        if (const auto t = typeFromTitle(invoice.value(QStringLiteral("title")))) {
            invoice.type = *t;
            invoice.typeSource = QStringLiteral("title");
            return;
        }
    }
    if (invoice.has(QStringLiteral("code"))) {
        if (const auto t = typeFromInvoiceCode(invoice.value(QStringLiteral("code")))) {
            invoice.type = *t;
            invoice.typeSource = QStringLiteral("inferred:code");
            invoice.typeInferred = true;
            return;
        }
    }
    const QString number = invoice.value(QStringLiteral("number"));
    if (number.size() == 20) {
        if (const auto t = typeFromDigitalNumber(number)) {
            invoice.type = *t;
            invoice.typeSource = QStringLiteral("inferred:number");
            invoice.typeInferred = true;
        }
    }
}

} // namespace ra
