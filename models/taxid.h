#pragma once

#include <QChar>
#include <QString>
#include <optional>

namespace ra::taxid {

// GB 32100-2015 统一社会信用代码 (USCC).
enum class Check { Valid, BadCheckCharacter, BadCharacters, NotUscc /* other length: warn only */ };

Check checkUscc(const QString &id);
// The 18th character for the first 17 (for generating fictitious companies in tests/samples).
std::optional<QChar> usccCheckCharacter(const QString &first17);

} // namespace ra::taxid
