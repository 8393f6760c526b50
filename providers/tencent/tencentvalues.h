#pragma once

#include "field.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

// Value normalization shared by the two Tencent mappers: lenient about JSON shapes, strict
// about money and dates. Each returns nullopt for "absent" ("" / null / unparsable) and, for
// a value present but not acceptable, adds a warning naming the vendor key (never the value:
// it may be personal data).
namespace ra::tencent::values {

// A JSON string, number or boolean as text; null/object/array → null QString.
QString text(const QJsonValue &v);

std::optional<QString> plain(const QString &raw);                 // folded text; "" → nullopt
std::optional<QString> digits(const QString &raw);               // code/number: prefix and blanks stripped
std::optional<QString> money(const QString &raw, const QString &key, QStringList *warnings);
std::optional<QString> date(const QString &raw, const QString &key, QStringList *warnings);
std::optional<QString> time(const QString &raw, const QString &key, QStringList *warnings);
std::optional<QString> flag(const QString &raw, const QString &key, QStringList *warnings);
// "6%", "免税", fractions ("0.06" → "6%") and bare percentages ("13", "9.0" → "13%", "9%").
std::optional<QString> taxRate(const QString &raw);
// Quantities and unit prices: a plain decimal ("1", "-4", "25.4716981"), kept as written.
std::optional<QString> decimal(const QString &raw, const QString &key, QStringList *warnings);

} // namespace ra::tencent::values
