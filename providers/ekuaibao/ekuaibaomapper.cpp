#include "ekuaibaomapper.h"

#include "core/clouderror.h"
#include "ekuaibaoapi.h"
#include "vendor/vendorvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::ekuaibao {

vendor::PageOutcome mapOcrBody(const QByteArray &body, const QString &requestId, ruiqi::EntryContext context)
{
    vendor::PageOutcome out;
    context.vendor = u"ekuaibao"_s;
    context.codes = ruiqi::CodeTable::Ekuaibao;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                       QCoreApplication::translate("EkuaibaoProvider",
                                           "the recognition answer is not valid JSON (%1)")
                                           .arg(parseError.errorString()),
                                       requestId);
        return out;
    }
    const QJsonObject root = doc.object();
    const QJsonValue invoices = root.value(u"value").toObject().value(u"invoices");
    if (!invoices.isArray()) {
        // An error wrapped in a 200 (errorCode/errorMessage), or another endpoint's shape.
        const QString code = vendor::scalarText(root.value(u"errorCode")).trimmed();
        const QString message = vendor::errorMessageFromBody(body);
        if (!code.isEmpty() || root.contains(u"errorMessage"))
            out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::VendorError), vendorName(), code,
                                           message, requestId);
        else
            out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                           QCoreApplication::translate("EkuaibaoProvider",
                                               "the recognition answer has no value.invoices"),
                                           requestId);
        return out;
    }
    const QJsonArray entries = invoices.toArray();
    for (const QJsonValue &e : entries)
        if (e.isObject())
            out.invoices.append(ruiqi::mapEntry(e.toObject(), context));
    return out;
}

} // namespace ra::ekuaibao
