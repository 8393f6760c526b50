#pragma once

#include "invoice.h"

#include <QJsonValue>
#include <QPolygonF>
#include <QString>
#include <optional>

// Lenient reading of vendor JSON leaves, strict normalization of what they mean. Shared by the
// Qiniu, Ekuaibao and DeepFinch mappers: the vendors disagree on "1" vs 1, numbers as strings
// or numbers and "" for absent, but money and dates must be exact or left out.
namespace ra::vendor {

// How a leaf is normalized (normalized-invoice.md value formats).
enum class Kind {
    Text,     // folded, trimmed
    Code,     // codes and numbers: folded, blanks and a printed "No" prefix stripped
    Money,    // ra::money::parseFen → formatFen; numbers only with at most two decimals
    Date,     // ra::dates::parseDate → ISO
    Time,     // ra::dates::parseTime → HH:MM
    Flag,     // 1/0, "1"/"0", true/false, 是/否 → "true"/"false"
    TaxRate,  // "13%" as printed; 0.13, "0.13" and "13" → "13%"; words (免税) kept
    Lines,    // comma-separated lines (密码区) → joined by '\n'
};

// A JSON scalar as text: strings unchanged, integral numbers without decimals, other numbers
// in their shortest exact form, booleans "1"/"0". Null, arrays and objects → a null QString.
QString scalarText(const QJsonValue &v);

// Money of a JSON leaf in fen. A number is accepted only when it has at most two decimals.
std::optional<qint64> moneyFen(const QJsonValue &v);

struct Normalized
{
    QString value;        // null when absent or invalid
    bool invalid = false; // present, but not a valid value of its kind (raw kept in `raw`)
    QString raw;
};

Normalized normalize(const QJsonValue &v, Kind kind);

// Normalizes `v` and stores it under `key` in `target` (the invoice's fields or a line item);
// "" and null leave the key absent. An invalid money/date/time/flag is left out and reported
// on `invoice` as a `vendor_value_invalid` warning naming the raw text, so a person sees it.
// Returns true when a value was stored.
bool put(Invoice &invoice, FieldMap &target, const QString &key, const QJsonValue &v, Kind kind,
         const QString &source, const QPolygonF &polygon = {}, int page = 0);

inline bool put(Invoice &invoice, const QString &key, const QJsonValue &v, Kind kind,
                const QString &source, const QPolygonF &polygon = {}, int page = 0)
{
    return put(invoice, invoice.fields, key, v, kind, source, polygon, page);
}

// The finding `put` adds: rule "vendor_value_invalid", warning, about `key`.
Finding invalidValueFinding(const QString &key, const QString &raw, Kind kind, const QString &source);

// [x1, y1, x2, y2] (numbers or numeric strings) → the four corners clockwise from top-left.
// Anything else → empty polygon.
QPolygonF rectPolygon(const QJsonValue &v);

// Eight numbers (x,y × 4, the vendor's corner order kept) → polygon; four numbers → rectangle;
// "" or anything else → empty.
QPolygonF pointsPolygon(const QJsonValue &v);

// Degrees as 0/90/180/270 (nearest quarter turn, clockwise). Non-numbers → 0.
int quarterTurn(const QJsonValue &v);

// Error text from a vendor body that is not a normal response: the first of message-like
// members of a JSON object, else the body as text (shortened, one line). Never echoes more
// than a few hundred characters.
QString errorMessageFromBody(const QByteArray &body);

} // namespace ra::vendor
