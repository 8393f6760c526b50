#pragma once

#include "invoice.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// VerifyOfdVatInvoiceOCR's Response → one normalized invoice, as a pure function: Type code,
// identity, parties, amounts, GoodsInfos as items, AirTicketInfo (flights and fares) only for
// Type 040 and RailwayTicketInfo (train trip; its Fare offered as the total) only for Type 030 —
// the answer fills both blocks whatever the type. No polygons: the vendor gives none. Same
// leniency and strictness as the VAT mapper.
namespace ra::tencent {

Invoice mapVerifyOfdVatInvoiceOcr(const QJsonObject &response, int page = 1, QStringList *warnings = nullptr);

// The invoices of a multi-page OFD from its pages' answers (one call per page, in page order).
// A page whose invoice has the same number (and code) as an earlier page's is a continuation
// of that invoice: its line items, flights and trips not already there are appended and its
// other values offered (a disagreement becomes an alternative); it is not a second invoice.
// Pages with another number, or without one, are invoices of their own.
QList<Invoice> combineOfdPages(const QList<Invoice> &pages);

} // namespace ra::tencent
