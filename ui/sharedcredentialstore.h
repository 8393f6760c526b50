#pragma once

#include "core/credentialstore.h"

#include <memory>

namespace ra {

// Hands one credential store to several owners: the desktop app rebuilds its provider services
// when settings change, and a session-only store must survive that with the keys typed into it.
class SharedCredentialStore : public CredentialStore
{
public:
    explicit SharedCredentialStore(std::shared_ptr<CredentialStore> store) : m_store(std::move(store)) {}

    QString backendName() const override { return m_store->backendName(); }
    bool isPersistent() const override { return m_store->isPersistent(); }
    bool isWritable() const override { return m_store->isWritable(); }
    QString read(const QString &account, const QString &key) override { return m_store->read(account, key); }
    bool write(const QString &account, const QString &key, const QString &value) override
    {
        return m_store->write(account, key, value);
    }
    bool remove(const QString &account, const QString &key) override { return m_store->remove(account, key); }
    QString lastError() const override { return m_store->lastError(); }

private:
    std::shared_ptr<CredentialStore> m_store;
};

} // namespace ra
