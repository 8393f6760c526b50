#pragma once

#include <QString>

namespace ra {

// The translation of `text` for a file's own tr() helper (a free function that calls
// QCoreApplication::translate with the file's context). lupdate files each tr("…") call by
// where it stands: inside a member function under that class ("ra::OfdRenderer"), inside a
// free function under the namespace ("ra"). The helper cannot tell which, so it looks in its
// context first and then in "ra". Without this, every message of a free function (a damaged
// PDF, an image too large) stayed English in the Chinese desk.
QString translatedText(const char *context, const char *text);

} // namespace ra
