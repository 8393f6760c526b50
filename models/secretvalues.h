#pragma once

#include <QByteArray>
#include <QString>
#include <string>

// The credential values this process uses (API ids and keys, app secrets, access tokens), so
// that none of them leaves it through a log line, a stored vendor response or a message,
// whatever name it is under: a misbehaving endpoint may echo one back as any field
// (docs/security.md, "Secrets never stored"). Name-based rules (providers/core/httpredaction.h)
// catch secrets this process never held. Thread-safe.
namespace ra::secrets {

inline constexpr auto kMask = "[redacted]";

// Keeps `value` to be masked from now on. Values shorter than 6 characters are not kept: they
// would mask ordinary text and are no secret worth the name.
void remember(const QString &value);

// `text` with every remembered value (as is, percent-encoded, and with "/" escaped as JSON
// writes it) replaced by kMask.
QByteArray mask(const QByteArray &bytes);
QString mask(const QString &text);
std::string mask(const std::string &text);

bool isEmpty();
void forgetAll();   // tests

} // namespace ra::secrets
