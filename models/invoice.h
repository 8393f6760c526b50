#pragma once

#include "field.h"
#include "finding.h"
#include "invoicetype.h"

#include <QList>
#include <QMap>
#include <QPolygonF>
#include <QSizeF>
#include <QStringList>

namespace ra {

// One recognised invoice: the unit a person reviews (a photo with three taxi receipts is
// three invoices). Field keys are those of normalized-invoice.md.
struct Invoice
{
    int page = 1;                     // 1-based page of the document
    QPolygonF region;                 // the invoice's outline on that page; empty = whole page
    int orientation = 0;              // degrees the content is rotated on the page (0/90/180/270)
    QSizeF pageSize;                  // pixel size of the page image the polygons refer to
    InvoiceType type = InvoiceType::Unknown;
    QString typeSource;               // "qr:kind", "pdf:title", "inferred:code", vendor key ...
    bool typeInferred = false;        // type was inferred (no provider said it): shown marked
    bool reviewed = false;            // a person checked every value against the page (the review desk)

    FieldMap fields;
    QList<FieldMap> items;            // line items: name, spec, unit, quantity, unit_price, ...
    QList<FieldMap> flights;
    QList<FieldMap> trips;
    QStringList qrcodes;
    QStringList barcodes;
    QMap<QString, QStringList> candidates;  // alternatives a vendor offered, per field key
    QMap<QString, QList<Field>> alternatives; // values other sources gave for the same key
    FindingList findings;

    QString value(const QString &key) const { return fields.value(key).value; }
    bool has(const QString &key) const { return !fields.value(key).value.isNull(); }
    void set(const QString &key, const Field &f) { fields.insert(key, f); }

    // Adds a value from another source: the first source to answer is kept as the value,
    // a different value from a later source is kept in `alternatives`.
    void offer(const QString &key, const Field &f);

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace ra
