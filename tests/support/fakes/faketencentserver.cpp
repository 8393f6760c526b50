#include "faketencentserver.h"

#include "tencent/tc3signer.h"
#include "tencent/tencentapi.h"
#include "tencent/tencentofdprovider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace ra::test {

FakeTencentServer::FakeTencentServer(const QString &secretId, const QString &secretKey, QObject *parent)
    : FakeVendorServer(parent), m_secretId(secretId), m_secretKey(secretKey)
{
}

QJsonObject FakeTencentServer::defaultVatResponse()
{
    auto info = [](const char *name, const char *value, int l, int t, int r, int b) {
        QJsonObject poly{{QStringLiteral("LeftTop"), QJsonObject{{QStringLiteral("X"), l}, {QStringLiteral("Y"), t}}},
                         {QStringLiteral("RightTop"), QJsonObject{{QStringLiteral("X"), r}, {QStringLiteral("Y"), t}}},
                         {QStringLiteral("RightBottom"), QJsonObject{{QStringLiteral("X"), r}, {QStringLiteral("Y"), b}}},
                         {QStringLiteral("LeftBottom"), QJsonObject{{QStringLiteral("X"), l}, {QStringLiteral("Y"), b}}}};
        return QJsonObject{{QStringLiteral("Name"), QString::fromUtf8(name)},
                           {QStringLiteral("Value"), QString::fromUtf8(value)},
                           {QStringLiteral("Polygon"), poly}};
    };
    return {{QStringLiteral("Angle"), 0},
            {QStringLiteral("PdfPageSize"), 0},
            {QStringLiteral("Items"), QJsonArray()},
            {QStringLiteral("VatInvoiceInfos"),
             QJsonArray{info("发票类型", "增值税电子普通发票", 0, 0, 0, 0),
                        info("发票代码", "011002100111", 10, 10, 110, 30),
                        info("发票号码", "12345678", 10, 40, 110, 60),
                        info("开票日期", "2024年01月02日", 10, 70, 110, 90),
                        info("小写金额", "¥106.00", 10, 100, 110, 120),
                        info("合计金额", "100.00", 10, 130, 110, 150),
                        info("合计税额", "6.00", 10, 160, 110, 180)}}};
}

QJsonObject FakeTencentServer::defaultOfdResponse()
{
    return {{QStringLiteral("Type"), QStringLiteral("010")},
            {QStringLiteral("InvoiceNumber"), QStringLiteral("24110000000012345678")},
            {QStringLiteral("IssueDate"), QStringLiteral("2024年01月02日")},
            {QStringLiteral("TaxInclusiveTotalAmount"), QStringLiteral("106.00")},
            {QStringLiteral("TaxExclusiveTotalAmount"), QStringLiteral("100.00")},
            {QStringLiteral("TaxTotalAmount"), QStringLiteral("6.00")},
            {QStringLiteral("GoodsInfos"), QJsonArray()}};
}

FakeVendorServer::Answer FakeTencentServer::envelope(const QJsonObject &response)
{
    QJsonObject r = response;
    m_lastRequestId = QStringLiteral("fake-%1-%2").arg(port()).arg(++m_sequence);
    r.insert(QStringLiteral("RequestId"), m_lastRequestId);
    Answer a;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("Response"), r}}).toJson(QJsonDocument::Compact);
    return a;
}

FakeVendorServer::Answer FakeTencentServer::error(const QString &code, const QString &message)
{
    // Tencent answers errors with HTTP 200 and an Error object.
    return envelope({{QStringLiteral("Error"),
                      QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}});
}

// What the real API checks, in its order: envelope headers, timestamp, credential, signature,
// then the body. Returns the error message (and code) or an empty string when all is well.
QString FakeTencentServer::check(const Request &r, QString *code) const
{
    auto fail = [code](const char *c, const QString &m) {
        *code = QString::fromLatin1(c);
        return m;
    };
    if (r.method != "POST" || r.url.path() != QLatin1String("/") || r.url.hasQuery())
        return fail("InvalidRequest", QStringLiteral("POST / expected"));
    if (!r.header("Content-Type").startsWith("application/json"))
        return fail("InvalidParameter", QStringLiteral("Content-Type must be application/json"));
    const QByteArray action = r.header("X-TC-Action");
    if (action != tencent::kVatAction && action != tencent::kOfdAction)
        return fail("InvalidAction", QStringLiteral("unknown action"));
    if (r.header("X-TC-Version") != tencent::kApiVersion)
        return fail("NoSuchVersion", QStringLiteral("version not supported"));
    bool ok = false;
    const qint64 ts = r.header("X-TC-Timestamp").toLongLong(&ok);
    const qint64 now = m_serverTime ? m_serverTime() : QDateTime::currentSecsSinceEpoch();
    if (!ok || qAbs(now - ts) > tencent::kMaxClockSkewSecs)
        return fail("AuthFailure.SignatureExpire", QStringLiteral("签名过期。Timestamp 和服务器时间相差不得超过五分钟"));

    static const QRegularExpression authRe(QStringLiteral(
        R"re(^TC3-HMAC-SHA256 Credential=([^/]+)/(\d{4}-\d{2}-\d{2})/([^/]+)/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$)re"));
    const auto m = authRe.match(QString::fromLatin1(r.header("Authorization")));
    if (!m.hasMatch())
        return fail("AuthFailure.InvalidAuthorization", QStringLiteral("Authorization 格式错误"));
    if (m.captured(1) != m_secretId)
        return fail("AuthFailure.SecretIdNotFound", QStringLiteral("密钥不存在"));
    const QStringList signedNames = m.captured(4).split(QLatin1Char(';'));
    if (!signedNames.contains(QStringLiteral("content-type")) || !signedNames.contains(QStringLiteral("host")))
        return fail("AuthFailure.SignatureFailure", QStringLiteral("content-type and host must be signed"));
    tencent::Tc3Input in;
    for (const QString &n : signedNames)
        in.headers.append({n.toLatin1(), r.header(n.toLatin1())});
    in.payload = r.body;
    in.secretId = m_secretId;
    in.secretKey = m_secretKey;
    in.service = QStringLiteral("ocr");   // the real API's service, wherever it is reached
    in.timestamp = ts;
    const tencent::Tc3Signature expected = tencent::signTc3(in);
    if (m.captured(2).toLatin1() != expected.date || m.captured(3) != QLatin1String("ocr")
        || m.captured(5).toLatin1() != expected.signature)
        return fail("AuthFailure.SignatureFailure", QStringLiteral("请求签名验证失败，请检查您的签名计算是否正确。"));

    // Region: required by VatInvoiceOCR, which serves only four (seed); optional for the OFD action.
    const QByteArray region = r.header("X-TC-Region");
    if (action == tencent::kVatAction) {
        if (region.isEmpty())
            return fail("MissingParameter", QStringLiteral("The request is missing a required parameter `Region`."));
        static const QList<QByteArray> served = {"ap-beijing", "ap-guangzhou", "ap-hongkong", "ap-shanghai"};
        if (!served.contains(region))
            return fail("UnsupportedRegion", QStringLiteral("接口不支持所传地域。"));
    }

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail("InvalidParameter", QStringLiteral("body is not a JSON object"));
    const QJsonObject body = doc.object();
    const bool vat = action == tencent::kVatAction;
    const QString b64Key = vat ? QStringLiteral("ImageBase64") : QStringLiteral("OfdFileBase64");
    const QString urlKey = vat ? QStringLiteral("ImageUrl") : QStringLiteral("OfdFileUrl");
    if (!body.value(b64Key).isString() && !body.value(urlKey).isString())
        return fail("MissingParameter", QStringLiteral("%1 or %2 is required").arg(b64Key, urlKey));
    const QByteArray b64 = body.value(b64Key).toString().toLatin1();
    if (b64.size() > (vat ? m_vatMaxBase64 : tencent::kMaxBase64Bytes))
        return fail("LimitExceeded.TooLargeFileError", QStringLiteral("文件内容太大"));
    if (!b64.isEmpty()
        && QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors).decodingStatus
               != QByteArray::Base64DecodingStatus::Ok)
        return fail("FailedOperation.ImageDecodeFailed", QStringLiteral("图片解码失败"));
    if (vat && body.contains(QStringLiteral("IsPdf")) && !body.value(QStringLiteral("IsPdf")).isBool())
        return fail("InvalidParameter", QStringLiteral("IsPdf must be a boolean"));
    for (const char *k : {"PdfPageNumber", "OfdPageNumber"})
        if (body.contains(QLatin1String(k)) && !body.value(QLatin1String(k)).isDouble())
            return fail("InvalidParameter", QStringLiteral("%1 must be an integer").arg(QLatin1String(k)));
    return {};
}

int FakeTencentServer::pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral(R"re(/Type\s*/Page(?![a-zA-Z]))re"));
    return int(QString::fromLatin1(pdf).count(page));
}

// What the real API does with the document itself: fetch a URL (ImageUrl / OfdFileUrl wins
// over Base64), check its kind and the page asked for. Empty when all is well.
QString FakeTencentServer::checkDocument(const QJsonObject &body, bool vat, QString *code, int *pdfPages)
{
    auto fail = [code](const char *c, const QString &m) {
        *code = QString::fromLatin1(c);
        return m;
    };
    const QString urlKey = vat ? QStringLiteral("ImageUrl") : QStringLiteral("OfdFileUrl");
    QByteArray document;
    if (body.value(urlKey).isString()) {
        const auto fetched = fetchRemote(body.value(urlKey).toString());
        if (!fetched)
            return fail("FailedOperation.DownLoadError", QStringLiteral("文件下载失败。"));
        document = *fetched;
    } else {
        document = QByteArray::fromBase64(body.value(vat ? QStringLiteral("ImageBase64")
                                                         : QStringLiteral("OfdFileBase64")).toString().toLatin1());
    }
    if (!vat) {
        const int pages = TencentOfdProvider::countPages(document);
        if (!document.startsWith("PK") || pages == 0)
            return fail("FailedOperation.UnKnowFileTypeError", QStringLiteral("未知的文件类型。"));
        if (body.value(QStringLiteral("OfdPageNumber")).toInt(1) > pages)
            return fail("InvalidParameterValue.InvalidParameterValueLimit", QStringLiteral("参数值错误。"));
        return {};
    }
    const bool isPdf = document.startsWith("%PDF-");
    if (isPdf) {
        if (!body.value(QStringLiteral("IsPdf")).toBool())
            return fail("FailedOperation.UnKnowFileTypeError", QStringLiteral("未知的文件类型。"));
        *pdfPages = pdfPageCount(document);
        if (body.value(QStringLiteral("PdfPageNumber")).toInt(1) > *pdfPages)
            return fail("InvalidParameterValue.InvalidParameterValueLimit", QStringLiteral("参数值错误。"));
    } else if (!document.startsWith("\x89PNG") && !document.startsWith("\xFF\xD8\xFF")) {
        return fail("FailedOperation.UnKnowFileTypeError", QStringLiteral("未知的文件类型。"));
    }
    return {};
}

FakeVendorServer::Answer FakeTencentServer::handle(const Request &request)
{
    QString code;
    QString message = check(request, &code);
    const QString action = QString::fromLatin1(request.header("X-TC-Action"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    int pdfPages = 0;
    if (code.isEmpty())
        message = checkDocument(body, action == QLatin1String(tencent::kVatAction), &code, &pdfPages);
    if (!code.isEmpty()) {
        noteRejected();
        return error(code, message);
    }
    ++m_valid;
    if (m_responder)
        return envelope(m_responder(action, body));
    if (action != QLatin1String(tencent::kVatAction))
        return envelope(defaultOfdResponse());
    QJsonObject r = defaultVatResponse();
    r.insert(QStringLiteral("PdfPageSize"), pdfPages);
    return envelope(r);
}

FakeVendorServer::Answer FakeTencentServer::faultAnswer(Fault fault, const Request &)
{
    switch (fault) {
    case Fault::RateLimit:
        return error(QStringLiteral("RequestLimitExceeded"), QStringLiteral("请求的次数超过了频率限制。"));
    case Fault::AuthFailure:
        return error(QStringLiteral("AuthFailure.SignatureFailure"), QStringLiteral("请求签名验证失败。"));
    case Fault::ExpiredToken:
        return error(QStringLiteral("AuthFailure.TokenFailure"), QStringLiteral("token错误。"));
    case Fault::InternalError:
        return error(QStringLiteral("InternalError"), QStringLiteral("内部错误。"));
    case Fault::Malformed: {
        Answer a;
        m_lastRequestId = QStringLiteral("fake-%1-%2").arg(port()).arg(++m_sequence);
        a.body = "{\"Response\": {\"RequestId\": \"" + m_lastRequestId.toLatin1() + "\", \"VatInvoiceInfos\": [{\"Name\": ";
        return a;
    }
    case Fault::ServerError:
    default: {
        Answer a;
        a.status = 503;
        a.contentType = "text/html";
        a.body = "<html><body>503 Service Temporarily Unavailable</body></html>";
        return a;
    }
    }
}

} // namespace ra::test
