#pragma once

#include "retrypolicy.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <functional>

namespace ra {

class CredentialStore;
class NetworkAccess;
class ResponseCache;

// The shared services every cloud provider is built with (injected, never global): the one
// network choke point, the credential store, the response cache, endpoint overrides, user rate
// settings, retry policy, timeouts and the clock used for signatures. Not owned.
struct ProviderContext
{
    NetworkAccess *network = nullptr;
    CredentialStore *credentials = nullptr;
    ResponseCache *cache = nullptr;                 // nullptr: no caching

    // Vendor key ("tencent", "qiniu", "qiniu-upload", "ekuaibao", "deepfinch") → base URL text.
    QMap<QString, QString> endpoints;
    // Provider id → requests per second the user allows (absent or 0: the documented limit).
    QMap<QString, double> userRateLimits;
    RetryPolicy retry;
    int transferTimeoutMs = 60000;
    bool noCache = false;                           // every document behaves as DocumentInput::noCache
    std::function<qint64()> clock;                  // unix seconds for signatures; empty = now

    qint64 nowSecs() const;
    QString endpoint(const QString &vendor) const { return endpoints.value(vendor); }

    // REIMBURSE_TENCENT_ENDPOINT, REIMBURSE_QINIU_ENDPOINT, REIMBURSE_QINIU_UPLOAD_ENDPOINT,
    // REIMBURSE_EKUAIBAO_ENDPOINT, REIMBURSE_DEEPFINCH_ENDPOINT → vendor keys as above.
    static QMap<QString, QString> endpointsFromEnvironment(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace ra
