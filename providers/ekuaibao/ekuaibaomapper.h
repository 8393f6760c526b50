#pragma once

#include "ruiqi/ruiqimapper.h"
#include "vendor/vendorhttp.h"

#include <QByteArray>
#include <QString>

// processImageByFileUrl's answer → invoices (pure; also maps cached responses again).
namespace ra::ekuaibao {

// {"value": {"platform", "invoices": [{type, orientation, region, details}], "isExpressImage"}}.
// Every entry of `invoices` is one invoice with its region; type codes by the Ekuaibao table
// (10100 + electronic_mark 1 → VAT electronic special). Fields' source: "ekuaibao:details.<key>".
// An answer without value.invoices is a BadResponse error naming `requestId`.
vendor::PageOutcome mapOcrBody(const QByteArray &body, const QString &requestId, ruiqi::EntryContext context);

} // namespace ra::ekuaibao
