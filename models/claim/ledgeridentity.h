#pragma once

#include "invoice.h"

#include <QString>

namespace ra::claim {

// The identity under which the duplicate ledger remembers an invoice across claims:
// invoiceIdentity() ("number:<20 digits>" or "code:<code>/<number>") when the invoice has one;
// for tickets without a number "seller:<tax id>/<date>/<total in fen>"; empty when the invoice
// cannot be told apart from others (then it is never flagged).
QString ledgerIdentity(const Invoice &invoice);

} // namespace ra::claim
