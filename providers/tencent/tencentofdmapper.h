#pragma once

#include "invoice.h"

#include <QJsonObject>
#include <QStringList>

// VerifyOfdVatInvoiceOCR's Response → one normalized invoice, as a pure function: Type code,
// identity, parties, amounts, GoodsInfos as items, AirTicketInfo (flights and fares) and
// RailwayTicketInfo (train trip). No polygons: the vendor gives none. Same leniency and
// strictness as the VAT mapper.
namespace ra::tencent {

Invoice mapVerifyOfdVatInvoiceOcr(const QJsonObject &response, int page = 1, QStringList *warnings = nullptr);

} // namespace ra::tencent
