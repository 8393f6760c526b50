#include "qrhunt.h"

#include "invoicetype.h"

#include <algorithm>

namespace ra {

bool pageMayCarryInvoiceQr(const QList<Invoice> &pageInvoices)
{
    if (pageInvoices.isEmpty())
        return true;
    return !std::all_of(pageInvoices.cbegin(), pageInvoices.cend(),
                        [](const Invoice &inv) { return carriesNoQrCode(inv.type); });
}

} // namespace ra
