#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ra {

// The JSON form of recognised documents: the shape of `reimburse-cli recognize --format json`
// (normalized-invoice.md, extensions in docs/fields.md). Writing and reading round-trip
// exactly, provided polygon coordinates have at most two decimals (the writer rounds them to
// two) and no field in a map has a null value (a null value is an absent field: not written).
//
// Writer rules: absent things are left out rather than written empty (region, page_size,
// type_source, type_inferred when false, flights, trips, qrcode, barcode, candidates; a
// field's polygon, page 0, machine_value unless edited, uncertain when false, alternatives
// when there are none). A value "true"/"false" is written as a JSON boolean.
QJsonObject toJson(const Field &field);
QJsonObject toJson(const Invoice &invoice);
QJsonObject toJson(const RecognizedDocument &document);
QByteArray documentsToJson(const QList<RecognizedDocument> &documents,
                           QJsonDocument::JsonFormat format = QJsonDocument::Indented);

// Readers are lenient about missing optional keys (defaults as in the structs) and ignore
// keys they do not know, but strict about types: a present key of the wrong JSON type fails
// the whole read. On failure they return nullopt and, when `error` is given, say where and
// what was wrong ("documents[0].invoices[1].fields.total.value: expected a string, got a number").
std::optional<Field> fieldFromJson(const QJsonObject &object, QString *error = nullptr);
std::optional<Invoice> invoiceFromJson(const QJsonObject &object, QString *error = nullptr);
std::optional<RecognizedDocument> documentFromJson(const QJsonObject &object, QString *error = nullptr);
std::optional<QList<RecognizedDocument>> documentsFromJson(const QByteArray &json, QString *error = nullptr);

} // namespace ra
