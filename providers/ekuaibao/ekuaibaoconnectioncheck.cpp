#include "ekuaibaoconnectioncheck.h"

#include "core/credentialstore.h"
#include "ekuaibaoapi.h"
#include "vendor/vendorvalues.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ra::ekuaibao {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ra::ConnectionCheck", s);
}

} // namespace

ConnectionProbeVerdict connectionCheckVerdict(const HttpResult &result)
{
    ConnectionProbeVerdict v;
    v.detail = tr("HTTP status %1").arg(result.status);
    const QString message = vendor::errorMessageFromBody(result.body);
    if (result.status == 200) {
        if (parseToken(result.body, QDateTime::currentMSecsSinceEpoch())) {
            v.outcome = ConnectionOutcome::Ok;
            v.detail.clear();
        } else {
            v.detail = tr("the login answer carries no access token");
        }
        return v;
    }
    if (!message.isEmpty())
        v.detail += u": "_s + message.left(300);
    if (result.status == 401 || result.status == 403) {
        v.outcome = ConnectionOutcome::BadCredentials;
        v.detail += u" "_s + tr("(wrong app key or app security, or an endpoint that is not your company's address prefix)");
    } else if (result.status == 429 || result.status >= 500) {
        v.outcome = ConnectionOutcome::VendorError;
    }
    return v;
}

ConnectionProbe connectionProbe()
{
    ConnectionProbe p;
    p.vendorName = vendorName();
    p.endpointKey = u"ekuaibao"_s;
    p.defaultEndpoint = kDefaultEndpoint;
    p.account = QString::fromLatin1(credentials::Ekuaibao);
    p.requiredKeys = {u"app_key"_s, u"app_security"_s};
    p.request = [](const VendorEndpoint &endpoint, CredentialStore &store, qint64) {
        const QString account = QString::fromLatin1(credentials::Ekuaibao);
        return tokenRequest(endpoint, store.read(account, u"app_key"_s), store.read(account, u"app_security"_s));
    };
    p.verdict = &connectionCheckVerdict;
    return p;
}

} // namespace ra::ekuaibao
