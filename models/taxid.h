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
// An 18-character resident ID number (GB 11643, MOD 11-2 check, valid birth date): individuals
// and 个体户 use it as their 纳税人识别号, so it is "not a USCC", not "a broken USCC".
bool isResidentIdNumber(const QString &id);

} // namespace ra::taxid
