#include "tencentconnectioncheck.h"

#include "core/credentialstore.h"
#include "tencentapi.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra::tencent {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ra::ConnectionCheck", s);
}

bool accountCannotUseService(const QString &code)
{
    // The keys are fine, but the account cannot call OCR now: say so rather than "ok".
    static const QStringList codes = {u"FailedOperation.UnOpenError"_s, u"FailedOperation.ArrearsError"_s,
                                      u"FailedOperation.CountLimitError"_s};
    return codes.contains(code);
}

} // namespace

QByteArray connectionCheckBody()
{
    return QByteArrayLiteral("{\"PdfPageNumber\":\"connection-test\"}");
}

PreparedRequest connectionCheckRequest(const VendorEndpoint &endpoint, const QString &secretId,
                                       const QString &secretKey, const QString &region, qint64 timestamp)
{
    return buildRequest(endpoint, QString::fromLatin1(kVatAction), connectionCheckBody(), region, secretId,
                        secretKey, timestamp);
}

ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result)
{
    ConnectionProbeVerdict v;
    if (result.status != 200) {
        v.detail = tr("HTTP status %1").arg(result.status);
        return v;
    }
    const Envelope e = parseEnvelope(result.body);
    if (!e.wellFormed) {
        v.detail = tr("the answer is not a Tencent Cloud API answer");
        return v;
    }
    const QString code = e.errorCode;
    v.detail = code.isEmpty() ? QString() : code + u": "_s + e.errorMessage.left(300);
    if (!e.requestId.isEmpty())
        v.detail += (v.detail.isEmpty() ? QString() : u", "_s) + tr("request id %1").arg(e.requestId);
    if (code.isEmpty()) {
        v.outcome = ConnectionOutcome::Ok;
    } else if (code == u"AuthFailure.SignatureExpire") {
        v.outcome = ConnectionOutcome::ClockSkew;
    } else if (code.startsWith(u"AuthFailure")) {
        v.outcome = ConnectionOutcome::BadCredentials;
    } else if (code == u"UnsupportedRegion" || e.errorMessage.contains(u"Region", Qt::CaseInsensitive)) {
        // The keys are fine, the region is not: recognition would fail the same way.
        v.outcome = ConnectionOutcome::VendorError;
        v.detail += u"; "_s + tr("the region must be one of %1 (empty means %2)")
                                  .arg(vatRegions().join(u", "_s), QString::fromLatin1(kDefaultRegion));
    } else if (code == u"MissingParameter" || code.startsWith(u"InvalidParameter")
               || (code.startsWith(u"FailedOperation.") && !accountCannotUseService(code))
               || code == u"LimitExceeded.TooLargeFileError") {
        // Only reached once the signature was checked: the keys are good.
        v.outcome = ConnectionOutcome::Ok;
    } else {
        v.outcome = ConnectionOutcome::VendorError;
    }
    return v;
}

ConnectionProbe connectionProbe()
{
    ConnectionProbe p;
    p.vendorName = tr("Tencent Cloud");
    p.endpointKey = u"tencent"_s;
    p.defaultEndpoint = defaultEndpoint();
    p.account = QString::fromLatin1(credentials::Tencent);
    p.requiredKeys = {u"secret_id"_s, u"secret_key"_s};
    p.request = [](const VendorEndpoint &endpoint, CredentialStore &store, qint64 now) {
        const QString account = QString::fromLatin1(credentials::Tencent);
        // The region recognition would send: the configured one as it is (an unsupported one is
        // refused by Tencent and reported), the default when none is set.
        return connectionCheckRequest(endpoint, store.read(account, u"secret_id"_s),
                                      store.read(account, u"secret_key"_s),
                                      effectiveRegion(store.read(account, u"region"_s)), now);
    };
    p.verdict = &connectionCheckVerdict;
    return p;
}

} // namespace ra::tencent
