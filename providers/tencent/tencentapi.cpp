#include "tencentapi.h"

#include "core/clouderror.h"
#include "tc3signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ra::tencent {
namespace {

const QString kVendor = QStringLiteral("Tencent Cloud");

bool transportError(const HttpResult &r)
{
    // Qt's network-layer (1–99) and proxy (101–199) errors: the exchange itself broke, even
    // when a status line had arrived (a body cut short).
    const int e = int(r.networkError);
    return r.transportFailed() || (e > 0 && e < 200);
}

QString requestIdIn(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral(R"re("RequestId"\s*:\s*"([^"\\]{1,100})")re"));
    const auto m = re.match(QString::fromUtf8(body.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

bool isTooLargeError(const QString &code)
{
    return code == QLatin1String("LimitExceeded.TooLargeFileError")
           || code == QLatin1String("FailedOperation.ImageSizeTooLarge");
}

QStringList vatRegions()
{
    return {QStringLiteral("ap-beijing"), QStringLiteral("ap-guangzhou"), QStringLiteral("ap-hongkong"),
            QStringLiteral("ap-shanghai")};
}

QString effectiveRegion(const QString &configured)
{
    const QString r = configured.trimmed();
    return r.isEmpty() ? QString::fromLatin1(kDefaultRegion) : r;
}

QString vatRegionProblem(const QString &configured)
{
    const QString r = effectiveRegion(configured);
    if (vatRegions().contains(r))
        return {};
    return QStringLiteral("The Tencent Cloud region \"%1\" is not one VatInvoiceOCR serves (%2): change it in "
                          "Settings, or TENCENTCLOUD_REGION for the command line (empty means %3).")
        .arg(r.left(40), vatRegions().join(QStringLiteral(", ")), QString::fromLatin1(kDefaultRegion));
}

PreparedRequest buildRequest(const VendorEndpoint &endpoint, const QString &action, const QByteArray &body,
                             const QString &region, const QString &secretId, const QString &secretKey,
                             qint64 timestamp)
{
    const QByteArray contentType = kContentType;
    const QByteArray host = endpoint.hostHeader();
    Tc3Input in;
    in.headers = {{"Content-Type", contentType}, {"Host", host}};
    in.payload = body;
    in.secretId = secretId;
    in.secretKey = secretKey;
    in.service = QString::fromLatin1(kService);   // whatever host the endpoint names
    in.timestamp = timestamp;
    const Tc3Signature sig = signTc3(in);

    PreparedRequest p;
    p.request.setUrl(endpoint.resolved(QStringLiteral("/")));
    p.request.setRawHeader("Content-Type", contentType);
    p.request.setRawHeader("X-TC-Action", action.toLatin1());
    p.request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
    p.request.setRawHeader("X-TC-Version", kApiVersion);
    if (!region.isEmpty())
        p.request.setRawHeader("X-TC-Region", region.toLatin1());
    p.request.setRawHeader("X-TC-Language", "zh-CN");
    p.request.setRawHeader("Authorization", sig.authorization);
    p.verb = "POST";
    p.body = body;
    return p;
}

QByteArray vatInvoiceBody(const QByteArray &imageBase64)
{
    // Base64 needs no JSON escaping; writing it directly avoids a 10 MB QJsonDocument.
    return "{\"ImageBase64\":\"" + imageBase64 + "\"}";
}

QByteArray vatInvoicePdfBody(const QByteArray &pdfBase64, int pdfPageNumber)
{
    return "{\"ImageBase64\":\"" + pdfBase64 + "\",\"IsPdf\":true,\"PdfPageNumber\":"
           + QByteArray::number(qMax(1, pdfPageNumber)) + '}';
}

QByteArray ofdBody(const QByteArray &ofdBase64, int ofdPageNumber)
{
    return "{\"OfdFileBase64\":\"" + ofdBase64 + "\",\"OfdPageNumber\":" + QByteArray::number(qMax(1, ofdPageNumber))
           + '}';
}

QByteArray vatInvoiceUrlBody(const QByteArray &url, int pdfPageNumber)
{
    const QJsonObject o{{QStringLiteral("ImageUrl"), QString::fromUtf8(url)},
                        {QStringLiteral("IsPdf"), true},
                        {QStringLiteral("PdfPageNumber"), qMax(1, pdfPageNumber)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ofdUrlBody(const QByteArray &url, int ofdPageNumber)
{
    const QJsonObject o{{QStringLiteral("OfdFileUrl"), QString::fromUtf8(url)},
                        {QStringLiteral("OfdPageNumber"), qMax(1, ofdPageNumber)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Envelope parseEnvelope(const QByteArray &body)
{
    Envelope e;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonValue response = doc.object().value(QStringLiteral("Response"));
    if (!response.isObject())
        return e;
    e.wellFormed = true;
    e.response = response.toObject();
    e.requestId = e.response.value(QStringLiteral("RequestId")).toString();
    const QJsonValue error = e.response.value(QStringLiteral("Error"));
    if (error.isObject()) {
        e.errorCode = error.toObject().value(QStringLiteral("Code")).toString();
        e.errorMessage = error.toObject().value(QStringLiteral("Message")).toString();
        if (e.errorCode.isEmpty())
            e.errorCode = QStringLiteral("UnknownError");
        e.response.remove(QStringLiteral("Error"));
    }
    return e;
}

RetryDecision classify(const HttpResult &result, int attempt)
{
    Q_UNUSED(attempt);
    if (result.aborted)
        return RetryDecision::stop();
    if (result.timedOut)
        return RetryDecision::again(QStringLiteral("timeout"));
    if (transportError(result))
        return RetryDecision::again(QStringLiteral("transport error"));
    if (result.status == 429 || result.status >= 500)
        return RetryDecision::again(QStringLiteral("HTTP %1").arg(result.status));
    if (result.status != 200)
        return RetryDecision::stop();
    const Envelope env = parseEnvelope(result.body);
    const QString &code = env.errorCode;
    if (code.startsWith(QLatin1String("RequestLimitExceeded")))
        return RetryDecision::again(code);
    if (code == QLatin1String("InternalError") || code == QLatin1String("FailedOperation.EngineRecognizeTimeout")
        || code == QLatin1String("AuthFailure.SignatureExpire"))
        return RetryDecision::again(code, 0, 2);   // once; the retry is signed afresh
    return RetryDecision::stop();
}

DocumentError toDocumentError(const HttpResult &result)
{
    if (result.aborted) {
        DocumentError e;
        e.code = QString::fromLatin1(ErrorCode::Cancelled);
        e.message = QStringLiteral("Recognition was cancelled.");
        return e;
    }
    if (result.timedOut)
        return cloud::error(QString::fromLatin1(ErrorCode::Timeout),
                            QStringLiteral("%1 did not answer in time (%2 attempts): %3")
                                .arg(kVendor).arg(result.attempts).arg(result.networkErrorString),
                            result.clientRequestId);
    if (transportError(result))
        return cloud::error(QString::fromLatin1(ErrorCode::Network),
                            QStringLiteral("The connection to %1 failed (%2 attempts): %3")
                                .arg(kVendor).arg(result.attempts).arg(result.networkErrorString),
                            result.clientRequestId);
    const Envelope env = parseEnvelope(result.body);
    const QString requestId = env.wellFormed ? env.requestId : requestIdIn(result.body);
    if (result.status != 200) {
        DocumentError e = cloud::vendorError(QString::fromLatin1(ErrorCode::Http), kVendor, env.errorCode,
                                             env.errorMessage.isEmpty()
                                                 ? QStringLiteral("HTTP status %1").arg(result.status)
                                                 : QStringLiteral("HTTP status %1: %2").arg(result.status).arg(env.errorMessage),
                                             requestId.isEmpty() ? result.clientRequestId : requestId);
        return e;
    }
    if (!env.wellFormed)
        return cloud::error(QString::fromLatin1(ErrorCode::BadResponse),
                            QStringLiteral("%1 sent an answer that is not the documented JSON (%2 bytes).")
                                .arg(kVendor).arg(result.body.size()),
                            requestId.isEmpty() ? result.clientRequestId : requestId);
    const QString &c = env.errorCode;
    const char *code = ErrorCode::VendorError;
    if (c.startsWith(QLatin1String("AuthFailure")))
        code = ErrorCode::AuthFailed;
    else if (c.startsWith(QLatin1String("RequestLimitExceeded")))
        code = ErrorCode::RateLimited;
    else if (c.startsWith(QLatin1String("ResourceUnavailable")) || c.startsWith(QLatin1String("ResourcesSoldOut"))
             || c == QLatin1String("FailedOperation.UnOpenError") || c == QLatin1String("FailedOperation.ArrearsError")
             || c == QLatin1String("FailedOperation.CountLimitError"))
        code = ErrorCode::QuotaExhausted;
    else if (c.startsWith(QLatin1String("FailedOperation")) || c.startsWith(QLatin1String("InvalidParameter"))
             || c.startsWith(QLatin1String("LimitExceeded")))
        code = ErrorCode::VendorRejected;
    return cloud::vendorError(QString::fromLatin1(code), kVendor, c, env.errorMessage, env.requestId);
}

} // namespace ra::tencent
