#include "clouderror.h"

#include "httpredaction.h"

namespace ra::cloud {
namespace {

// Vendor messages are shown and logged; a runaway body must not become a wall of text.
constexpr int kMaxMessage = 500;

QString clip(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > kMaxMessage)
        t = t.left(kMaxMessage) + QStringLiteral("…");
    return t;
}

} // namespace

DocumentError vendorError(const QString &code, const QString &vendorName, const QString &vendorCode,
                          const QString &vendorMessage, const QString &requestId)
{
    DocumentError e;
    e.code = code;
    e.vendorCode = vendorCode;
    e.requestId = requestId;
    QString text = vendorName + QStringLiteral(" refused the request");
    if (!vendorCode.isEmpty())
        text += QStringLiteral(": ") + vendorCode;
    const QString msg = clip(net::redactText(vendorMessage));
    if (!msg.isEmpty())
        text += QStringLiteral(": ") + msg;
    if (!requestId.isEmpty())
        text += QStringLiteral(" (request id ") + requestId + QStringLiteral(")");
    e.message = text;
    return e;
}

DocumentError error(const QString &code, const QString &message, const QString &requestId)
{
    DocumentError e;
    e.code = code;
    e.requestId = requestId;
    e.message = clip(net::redactText(message));
    if (!requestId.isEmpty())
        e.message += QStringLiteral(" (request id ") + requestId + QStringLiteral(")");
    return e;
}

} // namespace ra::cloud
