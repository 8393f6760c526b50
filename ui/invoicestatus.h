#pragma once

#include "invoice.h"

#include <QIcon>
#include <QString>

namespace ra {

// Where a row of the invoice list stands. Invoices are NeedsReview until a person marks them
// reviewed; documents still being recognised or that failed are rows too, so nothing a person
// dropped in disappears.
// Cancelled: the person stopped it before it was recognised; Interrupted: it was waiting or
// being recognised when the app stopped (a crash, a quit), so nothing works on it now.
enum class InvoiceStatus { Queued, Recognising, NeedsReview, Reviewed, Error, Cancelled, Interrupted };

namespace invoicestatus {

InvoiceStatus of(const Invoice &invoice);
QString name(InvoiceStatus status);       // translated
QIcon icon(InvoiceStatus status);
// Findings worth a person's attention (warnings and errors).
int findingCount(const Invoice &invoice);
// Claimed twice in this claim or in another one (the duplicate ledger).
bool isDuplicate(const Invoice &invoice);

} // namespace invoicestatus
} // namespace ra
