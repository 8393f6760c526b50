#pragma once

#include "invoice.h"
#include "qr/qrpayload.h"

#include <QPolygonF>

namespace ra {

// Turns a decoded invoice QR payload into fields with source "qr" and offers them to the
// invoice: where the text layer or OFD data already gave a value, a different QR value is
// kept as an alternative (and reported by the qr_mismatch rule), never silently dropped.
// `polygon` is the QR code's outline on the page image: the place the values were read from.
void offerQrFields(Invoice &invoice, const QString &rawPayload, const qr::InvoicePayload &payload,
                   const QPolygonF &polygon, int page);

} // namespace ra
