#pragma once

#include <QString>

namespace ra::ofdfields {

// The element names OFD invoices use for their data (original_invoice.xml, the tag files of
// CustomTags, the 数电 XML invoice), mapped to normalized-invoice.md keys. Names are local
// (no prefix) and matched case-insensitively. Null when the element is not a field.
QString invoiceKeyForElement(const QString &localName);
QString itemKeyForElement(const QString &localName);
// Elements that hold one line item (GoodsInfo, IssuItemInformation).
bool isItemContainer(const QString &localName);

// OFD.xml DocInfo CustomData names ("发票代码", "销售方地址、 电话") → keys; null if unknown.
QString invoiceKeyForCustomData(const QString &name);

// The normalized value for a key (money "123.45", ISO dates, codes without blanks, folded
// text); null when the raw text is empty or cannot be normalized (`rejected` then says so).
QString normalizeInvoiceValue(const QString &key, const QString &raw, bool *rejected = nullptr);
QString normalizeItemValue(const QString &key, const QString &raw, bool *rejected = nullptr);

} // namespace ra::ofdfields
