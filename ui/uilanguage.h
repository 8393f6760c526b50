#pragma once

#include <QString>

namespace ra::uilanguage {

// Whether the desk speaks Chinese: decides between the zh and en texts the models carry
// (invoice type names, finding messages) which Qt's translator cannot reach.
bool isChinese();
// "zh_CN" or "en": the language the translator was installed for (set at start-up).
void setCurrent(const QString &language);
QString current();

} // namespace ra::uilanguage
