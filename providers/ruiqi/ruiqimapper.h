#pragma once

#include "invoice.h"

#include <QJsonObject>
#include <QSizeF>
#include <QString>
#include <QTransform>

// The invoice entries of the "ruiqi" recognition platform, which both Qiniu's
// /invoice/multiple (identify_results[]) and Ekuaibao's processImageByFileUrl (invoices[])
// return: {type, orientation, region [x1,y1,x2,y2], details {snake_case keys}, extra {…}}.
// Pure functions: JSON in, normalized invoice out.
namespace ra::ruiqi {

enum class CodeTable { Qiniu, Ekuaibao };

struct EntryContext
{
    QString vendor;              // source prefix: "qiniu" → "qiniu:details.total"
    CodeTable codes = CodeTable::Qiniu;
    int page = 1;                // 1-based page of the document the image showed
    QSizeF pageSize;             // pixels of the page image the viewer shows
    QTransform toPage;           // pixels of the image sent → pixels of the page image
};

// One entry → one invoice: type (vendor code, else inferred; unknown codes kept in
// `vendor_type`), region, orientation, the details fields, extra candidates and QR/bar codes.
Invoice mapEntry(const QJsonObject &entry, const EntryContext &context);

// The normalized key a details key maps to for an invoice of `type` (empty: not mapped).
// Exposed for the tests and the field documentation.
QString fieldKeyFor(const QString &detailsKey, InvoiceType type);

} // namespace ra::ruiqi
