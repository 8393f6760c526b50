#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace ra::money {

// Money is an integer count of fen (分). No floating point anywhere near an amount.

// Parses "¥1,234.5", "￥-318.00", "１２３.４５", "(小写)¥53.40", "-0.5" → fen. Accepts at most
// two decimals (a third non-zero decimal is refused, not rounded). nullopt for anything else.
std::optional<qint64> parseFen(const QString &text);

// 12345 → "123.45", -31800 → "-318.00".
QString formatFen(qint64 fen);

} // namespace ra::money
