#pragma once

#include "providercontext.h"

#include <QObject>
#include <QString>
#include <memory>

namespace ra {

class AutoProvider;
class CredentialStore;
class NetworkAccess;
class ProviderRegistry;
class RecognitionProvider;
class ResponseCache;

// Everything one process needs to recognise with any provider, built once and owned here: the
// network choke point, the credential store, the response cache, the context and the registry
// of every provider of this build (plus `auto`). The CLI and the desktop app differ only in
// the credential store they pass (environment vs keychain) and the settings they merge in.
class ProviderServices : public QObject
{
    Q_OBJECT
public:
    // `credentials` is owned from now on. `cacheDirectory` empty: the default cache location.
    ProviderServices(std::unique_ptr<CredentialStore> credentials, const ProviderContext &settings = {},
                     const QString &cacheDirectory = {}, QObject *parent = nullptr);
    ~ProviderServices() override;

    // The CLI's: credentials and REIMBURSE_*_ENDPOINT from the environment (cli.md), `--no-cache`.
    static std::unique_ptr<ProviderServices> forCommandLine(bool noCache = false);

    ProviderRegistry *registry() const { return m_registry; }
    // A provider by id, "auto" included; nullptr when there is none.
    RecognitionProvider *provider(const QString &id) const;
    const ProviderContext &context() const { return m_context; }
    NetworkAccess *network() const { return m_network.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }
    ResponseCache *cache() const { return m_cache.get(); }

    // Why the endpoint configured for `vendor` ("tencent", "qiniu", "qiniu-upload", "ekuaibao",
    // "deepfinch") is refused (plain http to a remote host, not a URL); empty when it is fine
    // or not overridden.
    QString endpointProblem(const QString &vendor) const;

private:
    std::unique_ptr<NetworkAccess> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ResponseCache> m_cache;
    ProviderContext m_context;
    ProviderRegistry *m_registry = nullptr;
    AutoProvider *m_auto = nullptr;
};

} // namespace ra
