#pragma once

#include "invoicetype.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

// A type's short label for narrow places (the invoice list's rows): "VAT special" for
// 增值税专用发票, "Taxi" for 出租车发票. The full name (invoiceTypeNameZh/En) goes in tooltips.
class InvoiceTypeLabel
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceTypeLabel)
public:
    static QString shortName(InvoiceType type);   // translated
};

} // namespace ra
