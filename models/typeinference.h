#pragma once

#include "invoice.h"

namespace ra {

// Fills Invoice::type when no source said it: from the QR kind, then the printed title, then
// the invoice code's structure, then the 20-digit number. A type from the title or QR counts
// as stated; one from the code or number is marked inferred (Invoice::typeInferred) so the
// person sees it was a guess.
void inferInvoiceType(Invoice &invoice);

} // namespace ra
