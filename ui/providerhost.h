#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace ra {

class AppSettings;
class CredentialSlot;
class CredentialStore;
class ProviderServices;

// Owns the desk's provider services and the credential store they read, and changes them only
// when that is safe.
//
// Why: providers own their jobs, and a job's `finished` signal runs the import's handlers, which
// used to rebuild the services (after the keychain opened) right there, deleting the provider,
// the job and the queue whose signals were still on the stack (a crash in postEvent, or a batch
// stuck at "14 of 15" when unstarted tasks were dropped with their provider). Now:
//  - the keychain goes into a CredentialSlot, so opening it replaces no provider at all;
//  - a rebuild (settings changed) is never done inside the caller's stack: it is queued, waits
//    while `busy` says jobs are queued or running, and the old services are deleted only once
//    none of their jobs is alive, again from the event loop.
class ProviderHost : public QObject
{
    Q_OBJECT
public:
    // Opens the OS keychain; returns the store to use and, in `status`, a sentence for the person
    // when keys will only last for this session (empty when the keychain answers).
    using KeychainOpener = std::function<std::shared_ptr<CredentialStore>(QString *status)>;

    // `credentials`: a fixed store (tests); null = session memory until ensureKeychain() opens
    // the keychain with `opener` (null opener: the OS keychain).
    ProviderHost(AppSettings *settings, std::shared_ptr<CredentialStore> credentials, KeychainOpener opener,
                 const QString &cacheDirectory, QObject *parent = nullptr);
    ~ProviderHost() override;

    ProviderServices *services() const { return m_services.get(); }
    CredentialStore *credentials() const;

    // While it returns true, rebuilds wait (the importer's queue holds jobs of these providers).
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }
    // Settings changed: new services once nothing uses the current ones. Returns at once.
    void requestRebuild();
    // Call when the busy check may have turned false.
    void retryPending();

    // Opens the keychain the first time a cloud provider is about to be used or its settings are
    // shown; never at start, never for `local`. True when keys are persistent. Emits
    // keychainUnavailable once per session when there is no keychain.
    bool ensureKeychain();
    bool keychainTried() const { return m_keychainTried; }
    QString keychainStatus() const { return m_keychainStatus; }
    // Retired services not yet deleted (tests).
    int retiredCount() const { return int(m_retired.size()); }

signals:
    void servicesChanged();
    void keychainUnavailable(const QString &status);

private:
    void rebuildNow();
    void reapRetired();

    AppSettings *m_settings;
    std::shared_ptr<CredentialSlot> m_slot;
    KeychainOpener m_opener;
    QString m_cacheDirectory;
    std::unique_ptr<ProviderServices> m_services;
    QList<ProviderServices *> m_retired;
    std::function<bool()> m_busy;
    bool m_rebuildWanted = false;
    bool m_rebuildQueued = false;
    bool m_keychainTried = false;
    QString m_keychainStatus;
};

} // namespace ra
