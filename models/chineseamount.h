#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace ra::money {

// Parses a 大写 amount back to fen: 圆/元, 整/正, optional 零, traditional forms (貳 陸 億 萬 圓),
// a leading ⊗/ⓧ/⨂ mark, 负 for negative amounts ("⊗壹仟零伍拾圆整", "负伍拾元零伍分").
// nullopt when the text is not a well-formed amount.
std::optional<qint64> parseChineseUpper(const QString &text);

// The 大写 amount without the mark printed before it (⊗, ⓧ, ⨂, an X): the mark is how the
// amount is printed, not part of it, so it is not stored ("⊗ 壹仟圆整" → "壹仟圆整").
QString stripAmountMark(const QString &words);

// Renders fen as 大写 in the invoice style (圆, 整 when no 角/分), e.g. 1060000 → 壹万零陆佰圆整.
QString toChineseUpper(qint64 fen);

} // namespace ra::money
