#include "providerservices.h"

#include "autoprovider.h"
#include "credentialstore.h"
#include "envcredentialstore.h"
#include "networkaccess.h"
#include "providerregistry.h"
#include "recognitionprovider.h"
#include "responsecache.h"
#include "vendorendpoint.h"

namespace ra {

ProviderServices::ProviderServices(std::unique_ptr<CredentialStore> credentials, const ProviderContext &settings,
                                   const QString &cacheDirectory, QObject *parent)
    : QObject(parent),
      m_network(std::make_unique<NetworkAccess>()),
      m_credentials(std::move(credentials)),
      m_cache(cacheDirectory.isEmpty() ? std::make_unique<ResponseCache>() : std::make_unique<ResponseCache>(cacheDirectory)),
      m_context(settings)
{
    m_context.network = m_network.get();
    m_context.credentials = m_credentials.get();
    m_context.cache = m_cache.get();
    m_registry = new ProviderRegistry(this);
    ProviderRegistry::registerBuiltins(*m_registry, m_context);
    m_auto = new AutoProvider(m_registry, this);
}

ProviderServices::~ProviderServices()
{
    // Providers (and their jobs) go before the services they use.
    delete m_auto;
    delete m_registry;
}

std::unique_ptr<ProviderServices> ProviderServices::forCommandLine(bool noCache)
{
    ProviderContext settings;
    settings.endpoints = ProviderContext::endpointsFromEnvironment();
    settings.noCache = noCache;
    return std::make_unique<ProviderServices>(std::make_unique<EnvCredentialStore>(), settings);
}

RecognitionProvider *ProviderServices::provider(const QString &id) const
{
    if (id == m_auto->id())
        return m_auto;
    return m_registry->provider(id);
}

QString ProviderServices::endpointProblem(const QString &vendor) const
{
    const QString configured = m_context.endpoint(vendor);
    if (configured.isEmpty())
        return {};
    const VendorEndpoint e = VendorEndpoint::resolve(configured, QUrl(QStringLiteral("https://invalid.invalid")));
    return e.isValid() ? QString() : e.error();
}

} // namespace ra
