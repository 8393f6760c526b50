// Writing recognised documents as JSON (the writers of invoicejson.h); invoicejsonreader.cpp
// reads them back.
#include "invoicejson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// Pixel coordinates to two decimals: more is noise from a transform, and it keeps the
// output diffable.
double round2(double v)
{
    if (!std::isfinite(v))
        return 0.0;
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QJsonArray pointToJson(double x, double y)
{
    return QJsonArray{round2(x), round2(y)};
}

QJsonArray polygonToJson(const QPolygonF &polygon)
{
    QJsonArray a;
    for (const QPointF &p : polygon)
        a.append(pointToJson(p.x(), p.y()));
    return a;
}

QJsonValue valueToJson(const QString &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (value == u"true")
        return true;
    if (value == u"false")
        return false;
    return value;
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject fieldMapToJson(const FieldMap &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (!it->isNull())
            o.insert(it.key(), toJson(*it));
    return o;
}

QJsonArray fieldMapsToJson(const QList<FieldMap> &maps)
{
    QJsonArray a;
    for (const FieldMap &m : maps)
        a.append(fieldMapToJson(m));
    return a;
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    o.insert(u"rule"_s, f.rule);
    o.insert(u"severity"_s, severityKey(f.severity));
    o.insert(u"message"_s, f.message);
    o.insert(u"message_zh"_s, f.messageZh);
    o.insert(u"fields"_s, stringsToJson(f.fields));
    return o;
}


} // namespace

QJsonObject toJson(const Field &field)
{
    QJsonObject o;
    o.insert(u"value"_s, valueToJson(field.value));
    if (!field.polygon.isEmpty())
        o.insert(u"polygon"_s, polygonToJson(field.polygon));
    if (field.page != 0)
        o.insert(u"page"_s, field.page);
    o.insert(u"source"_s, field.source);
    o.insert(u"edited"_s, field.edited);
    if (field.edited)
        o.insert(u"machine_value"_s, field.machineValue.isNull() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(field.machineValue));
    if (field.edited && !field.machineSource.isEmpty())
        o.insert(u"machine_source"_s, field.machineSource);
    if (field.uncertain)
        o.insert(u"uncertain"_s, true);
    return o;
}

QJsonObject toJson(const Invoice &invoice)
{
    QJsonObject o;
    o.insert(u"page"_s, invoice.page);
    if (!invoice.region.isEmpty())
        o.insert(u"region"_s, polygonToJson(invoice.region));
    o.insert(u"orientation"_s, invoice.orientation);
    if (!invoice.pageSize.isEmpty())
        o.insert(u"page_size"_s, pointToJson(invoice.pageSize.width(), invoice.pageSize.height()));
    o.insert(u"type"_s, invoiceTypeKey(invoice.type));
    if (!invoice.typeSource.isEmpty())
        o.insert(u"type_source"_s, invoice.typeSource);
    if (invoice.typeInferred)
        o.insert(u"type_inferred"_s, true);
    if (invoice.reviewed)
        o.insert(u"reviewed"_s, true);

    QJsonObject fields = fieldMapToJson(invoice.fields);
    for (auto it = invoice.alternatives.cbegin(); it != invoice.alternatives.cend(); ++it) {
        if (it->isEmpty())
            continue;
        // Alternatives hang off the field they compete with; a key without a value of its own
        // still gets a field object, with a null value.
        QJsonObject f = fields.contains(it.key()) ? fields.value(it.key()).toObject() : toJson(Field());
        QJsonArray alts;
        for (const Field &alt : *it)
            alts.append(toJson(alt));
        f.insert(u"alternatives"_s, alts);
        fields.insert(it.key(), f);
    }
    o.insert(u"fields"_s, fields);
    o.insert(u"items"_s, fieldMapsToJson(invoice.items));
    if (!invoice.flights.isEmpty())
        o.insert(u"flights"_s, fieldMapsToJson(invoice.flights));
    if (!invoice.trips.isEmpty())
        o.insert(u"trips"_s, fieldMapsToJson(invoice.trips));
    if (!invoice.qrcodes.isEmpty())
        o.insert(u"qrcode"_s, stringsToJson(invoice.qrcodes));
    if (!invoice.barcodes.isEmpty())
        o.insert(u"barcode"_s, stringsToJson(invoice.barcodes));
    if (!invoice.candidates.isEmpty()) {
        QJsonObject c;
        for (auto it = invoice.candidates.cbegin(); it != invoice.candidates.cend(); ++it)
            c.insert(it.key(), stringsToJson(*it));
        o.insert(u"candidates"_s, c);
    }
    QJsonArray findings;
    for (const Finding &f : invoice.findings)
        findings.append(findingToJson(f));
    o.insert(u"findings"_s, findings);
    return o;
}

QJsonObject toJson(const RecognizedDocument &document)
{
    QJsonObject o;
    o.insert(u"file"_s, document.file);
    o.insert(u"sha256"_s, document.sha256);
    o.insert(u"format"_s, document.format);
    o.insert(u"pages"_s, document.pages);
    o.insert(u"provider"_s, document.provider);
    if (document.error) {
        o.insert(u"error"_s, QJsonObject{{u"code"_s, document.error->code},
                                         {u"message"_s, document.error->message}});
    } else {
        o.insert(u"error"_s, QJsonValue(QJsonValue::Null));
    }
    QJsonArray invoices;
    for (const Invoice &inv : document.invoices)
        invoices.append(toJson(inv));
    o.insert(u"invoices"_s, invoices);
    return o;
}

QByteArray documentsToJson(const QList<RecognizedDocument> &documents, QJsonDocument::JsonFormat format)
{
    QJsonArray a;
    for (const RecognizedDocument &d : documents)
        a.append(toJson(d));
    return QJsonDocument(QJsonObject{{u"documents"_s, a}}).toJson(format);
}


} // namespace ra
