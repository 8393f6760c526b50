#include "claim/ledgeridentity.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"
#include "validation/validator.h"

using namespace Qt::StringLiterals;

namespace ra::claim {

QString ledgerIdentity(const Invoice &invoice)
{
    if (QString id = invoiceIdentity(invoice); !id.isEmpty())
        return id;
    // Normalized pieces, so the same ticket read by two sources (or typed by a person) meets itself.
    const QString seller = text::compact(invoice.value(u"seller_tax_id"_s)).toUpper();
    const auto date = dates::parseDate(invoice.value(u"date"_s));
    const auto total = money::parseFen(invoice.value(u"total"_s));
    if (seller.isEmpty() || !date || !total)
        return {};
    return u"seller:%1/%2/%3"_s.arg(seller, dates::formatDate(*date)).arg(*total);
}

} // namespace ra::claim
