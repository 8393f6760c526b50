#pragma once

#include "invoice.h"

#include <QList>
#include <QString>

namespace ra {

// The ride-hailing platform a text names: an itinerary's title or an invoice's seller
// ("滴滴出行" for 滴滴 or 小桔, "曹操出行" for 曹操 or 吉利优行, "T3出行" for T3 or 领行 …), or an
// empty string when it names none.
QString ridePlatformOf(const QString &text);

// The platform of an invoice or itinerary: its `platform` field, else what its title and
// seller name.
QString ridePlatformOf(const Invoice &invoice);

// Which invoice of a claim each supporting document (isSupportingDocument: ride-hailing
// itineraries) belongs to: the invoice of the same platform and the same total. When no
// invoice of that platform has the amount, the one invoice of that amount whose seller names
// no platform at all is taken, marked uncertain (高德 passes on invoices of the operators it
// books). An itinerary two invoices could belong to, or none, stays unlinked. Each invoice
// takes at most one itinerary; documents are taken in claim order.
struct SupportingLink
{
    int document = -1;     // index of the supporting document in the list given
    int invoice = -1;      // index of the invoice it belongs to
    bool uncertain = false;
};
QList<SupportingLink> linkSupportingDocuments(const QList<Invoice> &invoices);

} // namespace ra
