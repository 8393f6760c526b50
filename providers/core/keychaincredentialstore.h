#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QString>
#include <memory>

namespace ra {

// The desktop app's credentials in the OS keychain through QtKeychain (Secret Service on
// Linux), service "reimburse", one entry per "account/key". Only the names are ever written
// elsewhere. Values read are kept in memory for the session. Calls block on a local event
// loop while the keychain answers (bounded by a timeout).
class KeychainCredentialStore : public CredentialStore
{
public:
    static constexpr auto kService = "reimburse";

    explicit KeychainCredentialStore(const QString &service = QString::fromLatin1(kService));
    ~KeychainCredentialStore() override;

    // Whether a keychain answers at all (a write/read/delete round trip of a probe entry).
    // `why` says what went wrong when it does not.
    bool probe(QString *why = nullptr);

    QString backendName() const override;
    bool isPersistent() const override { return true; }
    bool isWritable() const override { return true; }
    QString read(const QString &account, const QString &key) override;
    bool write(const QString &account, const QString &key, const QString &value) override;
    bool remove(const QString &account, const QString &key) override;
    QString lastError() const override { return m_lastError; }

    // The desktop app's store: the keychain when it answers, otherwise a session-only memory
    // store; `status` then says so in words for the user ("No keychain is available ...").
    static std::unique_ptr<CredentialStore> openForDesktop(QString *status);

private:
    QString m_service;
    QString m_lastError;
    QHash<QString, QString> m_cache;
};

} // namespace ra
