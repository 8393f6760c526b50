#include "providerhost.h"

#include "appsettings.h"
#include "core/keychaincredentialstore.h"
#include "core/memorycredentialstore.h"
#include "core/providerjob.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "credentialslot.h"
#include "log.h"
#include "sharedcredentialstore.h"

#include <QTimer>

namespace ra {

ProviderHost::ProviderHost(AppSettings *settings, std::shared_ptr<CredentialStore> credentials, KeychainOpener opener,
                           const QString &cacheDirectory, QObject *parent)
    : QObject(parent), m_settings(settings), m_opener(std::move(opener)), m_cacheDirectory(cacheDirectory)
{
    if (credentials) {
        m_keychainTried = true;   // a fixed store: nothing to open
    } else {
        credentials = std::make_shared<MemoryCredentialStore>();
        if (!m_opener)
            m_opener = [](QString *status) {
                return std::shared_ptr<CredentialStore>(KeychainCredentialStore::openForDesktop(status));
            };
    }
    m_slot = std::make_shared<CredentialSlot>(std::move(credentials));
    rebuildNow();
}

ProviderHost::~ProviderHost()
{
    // Jobs still alive post back to their providers: the providers wait for their own threads.
    m_services.reset();
    qDeleteAll(m_retired);
}

CredentialStore *ProviderHost::credentials() const
{
    return m_slot.get();
}

void ProviderHost::requestRebuild()
{
    m_rebuildWanted = true;
    retryPending();
}

void ProviderHost::retryPending()
{
    if (m_rebuildQueued || (!m_rebuildWanted && m_retired.isEmpty()))
        return;
    m_rebuildQueued = true;
    // Never from the caller's stack: it may be a provider's or a job's own signal.
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        if (m_rebuildWanted && !(m_busy && m_busy()))
            rebuildNow();
        reapRetired();
    });
}

void ProviderHost::rebuildNow()
{
    m_rebuildWanted = false;
    auto next = std::make_unique<ProviderServices>(std::make_unique<SharedCredentialStore>(m_slot),
                                                   m_settings->providerContext(), m_cacheDirectory);
    if (m_services)
        m_retired.append(m_services.release());
    m_services = std::move(next);
    emit servicesChanged();
}

void ProviderHost::reapRetired()
{
    for (qsizetype i = m_retired.size() - 1; i >= 0; --i) {
        ProviderServices *old = m_retired.at(i);
        // Jobs are children of their providers; a compare dialog's re-run may still hold one.
        if (!old->findChildren<ProviderJob *>().isEmpty())
            continue;
        m_retired.removeAt(i);
        old->deleteLater();
    }
    if (!m_retired.isEmpty())
        QTimer::singleShot(500, this, &ProviderHost::reapRetired);
}

bool ProviderHost::ensureKeychain()
{
    if (m_keychainTried)
        return m_slot->isPersistent();
    m_keychainTried = true;
    QString status;
    std::shared_ptr<CredentialStore> opened = m_opener ? m_opener(&status) : nullptr;
    if (opened && opened->isPersistent()) {
        // Keys typed before the keychain opened (none, usually) go along.
        m_slot->replace(std::move(opened));
        m_keychainStatus.clear();
        return true;
    }
    if (status.isEmpty())
        status = tr("No keychain is available. Keys you enter are kept only until you quit, and must be entered "
                    "again next time.");
    m_keychainStatus = status;
    log::get("ui")->warn("no keychain: cloud keys last for this session only");
    emit keychainUnavailable(status);
    return false;
}

} // namespace ra
