#include "finding.h"

namespace ra {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("warning");
}

Severity severityFromKey(const QString &key)
{
    if (key == u"info")
        return Severity::Info;
    if (key == u"error")
        return Severity::Error;
    return Severity::Warning;
}

} // namespace ra
