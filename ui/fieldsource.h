#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

// A field's provenance as a person reads it: "qr:total" → "QR code", "pdf:text" → "PDF text",
// "ofd:original_invoice.xml/InvoiceNo" → "OFD data", "tencent-vat:发票号码" → "Tencent Cloud",
// "qiniu:details.total" → "Qiniu", "ocr" → "Printed text (OCR)", "ocr:sum" → "Sum of the other
// amounts (OCR)", "user" → "You". The raw string stays for tooltips (audit).
class FieldSource
{
    Q_DECLARE_TR_FUNCTIONS(FieldSource)
public:
    static QString displayName(const QString &source);
    static bool isUser(const QString &source);
};

} // namespace ra
