#pragma once

#include <QList>
#include <QMap>
#include <QPolygonF>
#include <QString>

namespace ra {

// One normalized value with where it was found. `value` is already normalized:
// money as a decimal string with two places ("103834.00"), dates ISO ("2021-06-11"),
// booleans "true"/"false". A null `value` means "absent"; an absent key is never
// written as an empty string (normalized-invoice.md).
struct Field
{
    QString value;
    QPolygonF polygon;      // 4 points clockwise from top-left, page-image pixels; empty if none
    int page = 0;           // 1-based page the polygon belongs to; 0 when unknown
    QString source;         // "qr", "pdf:text", "ofd:original_invoice.xml/InvoiceNo", "user", ...
    bool edited = false;    // a person changed it; machineValue keeps what the machine said
    QString machineValue;
    QString machineSource;  // where machineValue came from (the source before the first edit)
    bool uncertain = false; // the provider was unsure (inferred, low confidence): show it marked

    bool isNull() const { return value.isNull(); }
    friend bool operator==(const Field &, const Field &) = default;
};

using FieldMap = QMap<QString, Field>;

inline Field makeField(const QString &value, const QString &source, const QPolygonF &polygon = {},
                       int page = 0)
{
    Field f;
    f.value = value;
    f.source = source;
    f.polygon = polygon;
    f.page = page;
    return f;
}

} // namespace ra
