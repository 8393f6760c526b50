#include "qiniumapper.h"

#include "core/clouderror.h"
#include "core/ratelimiter.h" // complete type for networkjob.h's QPointer
#include "core/networkjob.h"
#include "qr/qrpayload.h"
#include "vendor/vendorhttp.h"
#include "vendor/vendorvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::qiniu {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("QiniuProvider", s);
}

QJsonObject object(const QJsonObject &o, QStringView key)
{
    return o.value(key).toObject();
}

// identify_results wherever the answer puts it (the documented nesting is response.data).
std::optional<QJsonArray> identifyResults(const QJsonObject &root, QJsonObject *data)
{
    const QJsonObject candidates[] = {object(object(root, u"response"), u"data"), object(root, u"response"),
                                      object(root, u"data"), root};
    for (const QJsonObject &c : candidates) {
        const QJsonValue v = c.value(u"identify_results");
        if (v.isArray()) {
            *data = c;
            return v.toArray();
        }
    }
    return std::nullopt;
}

// Codes the image itself is refused for (a person must change the input): 10006 "Invalid
// image" (图片资源校验错误). 10003 "Invalid parameter" (参数校验错误) is not one: the only
// parameter is the url= this program builds, so it is a fault of our request (see below).
bool isRejection(const QString &code)
{
    return code == u"10006";
}

// 10003: the vendor found our request malformed. Nothing about the image can fix it.
constexpr QStringView kInvalidRequest = u"10003";

// Codes printed outside any invoice (data.extra): a QR code that names an invoice's number
// belongs to that invoice.
void attachLooseCodes(QList<Invoice> &invoices, const QJsonObject &extra)
{
    const QJsonArray qrs = extra.value(u"qrcode").toArray();
    for (const QJsonValue &v : qrs) {
        const QString payload = vendor::scalarText(v).trimmed();
        const auto parsed = qr::parseInvoicePayload(payload);
        if (!parsed)
            continue;
        for (Invoice &inv : invoices) {
            if (!parsed->number.isEmpty() && inv.value(u"number"_s) == parsed->number
                && !inv.qrcodes.contains(payload)) {
                inv.qrcodes.append(payload);
                break;
            }
        }
    }
}

} // namespace

QString vendorName()
{
    return tr("Qiniu");
}

OcrOutcome mapOcrBody(const QByteArray &body, const QString &requestId, const ruiqi::EntryContext &context)
{
    OcrOutcome out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                       tr("the answer is not valid JSON (%1)").arg(parseError.errorString()),
                                       requestId);
        return out;
    }
    const QJsonObject root = doc.object();
    const QString result = vendor::scalarText(root.value(u"result")).trimmed();
    QJsonObject data;
    const auto entries = identifyResults(root, &data);

    if (result == u"0" || (!entries && !result.isEmpty() && result != u"1")) {
        QString code = vendor::scalarText(root.value(u"code")).trimmed();
        QString message = vendor::scalarText(root.value(u"message")).trimmed();
        const QJsonObject inner = object(object(root, u"response"), u"data");
        if (message.isEmpty())
            message = vendor::scalarText(inner.value(u"message")).trimmed();
        const QString errorCode = isRejection(code) ? QString::fromLatin1(ErrorCode::VendorRejected)
                                                    : QString::fromLatin1(ErrorCode::VendorError);
        if (code == kInvalidRequest) {
            message = tr("the service found this program's request invalid (%1); this is a fault of the "
                         "program or of the configured endpoint, not of the image: please report it")
                          .arg(message.isEmpty() ? u"参数校验错误"_s : message);
        }
        out.error = cloud::vendorError(errorCode, vendorName(), code,
                                       message.isEmpty() ? tr("recognition failed") : message, requestId);
        return out;
    }
    if (!entries) {
        out.error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                       tr("the answer has no identify_results"), requestId);
        return out;
    }
    for (const QJsonValue &e : *entries) {
        if (!e.isObject())
            continue;
        out.invoices.append(ruiqi::mapEntry(e.toObject(), context));
    }
    attachLooseCodes(out.invoices, data.value(u"extra").toObject());
    return out;
}

OcrOutcome mapOcrAnswer(const HttpResult &result, const ruiqi::EntryContext &context)
{
    OcrOutcome out;
    const QString requestId = vendor::requestIdOf(result);
    if (result.transportFailed() || result.aborted) {
        out.error = vendor::transportError(result, vendorName(), tr("the recognition call"));
        return out;
    }
    if (result.status == 200)
        return mapOcrBody(result.body, requestId, context);

    const QString status = QString::number(result.status);
    QString message = vendor::errorMessageFromBody(result.body);
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    const QString vendorCode = vendor::scalarText(body.value(u"code")).trimmed();
    QString code = QString::fromLatin1(ErrorCode::Http);
    if (result.status == 401) {
        code = QString::fromLatin1(ErrorCode::AuthFailed);
        if (message.isEmpty())
            message = tr("the access key or the signature was refused (check QINIU_ACCESS_KEY and QINIU_SECRET_KEY)");
    } else if (result.status == 403) {
        code = QString::fromLatin1(ErrorCode::AuthFailed);
        if (message.isEmpty())
            message = tr("access denied (the computer's clock may be more than 15 minutes off, or the "
                         "account may not have the invoice recognition service)");
    } else if (result.status == 429) {
        code = QString::fromLatin1(ErrorCode::RateLimited);
    } else if (result.status >= 500) {
        code = QString::fromLatin1(ErrorCode::VendorError);
    }
    if (message.isEmpty())
        message = tr("HTTP status %1").arg(status);
    out.error = cloud::vendorError(code, vendorName(), vendorCode.isEmpty() ? u"HTTP "_s + status : vendorCode,
                                   message, requestId);
    return out;
}

RetryDecision classifyOcr(const HttpResult &result, int attempt)
{
    const RetryDecision d = NetworkJob::defaultClassifier(result, attempt);
    if (d.retry || result.status != 200)
        return d;
    const QJsonObject root = QJsonDocument::fromJson(result.body).object();
    if (vendor::scalarText(root.value(u"result")).trimmed() != u"0")
        return RetryDecision::stop();
    const QString code = vendor::scalarText(root.value(u"code")).trimmed();
    if (code == u"10000" || code == u"10400")
        return RetryDecision::again(u"Qiniu code "_s + code, 1000, 2);
    return RetryDecision::stop();
}

std::optional<DocumentError> uploadError(const HttpResult &result)
{
    const QString requestId = vendor::requestIdOf(result);
    if (result.transportFailed() || result.aborted)
        return vendor::transportError(result, vendorName(), tr("the upload to the Kodo bucket"));
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    if (result.status == 200 && body.contains(u"key"))
        return std::nullopt;
    QString message = vendor::errorMessageFromBody(result.body);
    QString code = QString::fromLatin1(ErrorCode::VendorError);
    if (result.status == 401) {
        code = QString::fromLatin1(ErrorCode::AuthFailed);
        if (message.isEmpty())
            message = tr("the upload token was refused (check the keys and QINIU_BUCKET)");
    } else if (result.status == 200) {
        code = QString::fromLatin1(ErrorCode::BadResponse);
        message = tr("the upload answer names no stored object");
    } else if (result.status == 429 || result.status == 573) {
        code = QString::fromLatin1(ErrorCode::RateLimited);
    }
    if (message.isEmpty())
        message = tr("the upload failed with HTTP status %1").arg(result.status);
    return cloud::vendorError(code, vendorName(), u"HTTP "_s + QString::number(result.status),
                              tr("upload to the Kodo bucket: %1").arg(message), requestId);
}

} // namespace ra::qiniu
