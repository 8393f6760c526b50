#pragma once

#include "invoice.h"

#include <QList>

namespace ra {

// Whether a PDF page is worth rendering to look for an invoice QR code that its embedded
// images did not give: not when everything its text says it holds is a kind that carries
// none (a ride-hailing itinerary). Rendering costs ~290 ms a page against ~10 ms for the text
// (issue #12); a page whose text says nothing (a scan, a font without a text map) is rendered.
bool pageMayCarryInvoiceQr(const QList<Invoice> &pageInvoices);

} // namespace ra
