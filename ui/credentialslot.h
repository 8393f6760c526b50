#pragma once

#include "core/credentialstore.h"

#include <QMutex>
#include <QMutexLocker>
#include <memory>

namespace ra {

// The desk's one credential store, whose backing store can be replaced (session memory until the
// keychain is opened, then the keychain) without touching the providers that read through it:
// opening the keychain never rebuilds providers, so it can never pull them from under a job.
class CredentialSlot : public CredentialStore
{
public:
    explicit CredentialSlot(std::shared_ptr<CredentialStore> store) : m_store(std::move(store)) {}

    void replace(std::shared_ptr<CredentialStore> store)
    {
        QMutexLocker lock(&m_mutex);
        m_store = std::move(store);
    }
    std::shared_ptr<CredentialStore> current() const
    {
        QMutexLocker lock(&m_mutex);
        return m_store;
    }

    QString backendName() const override { return current()->backendName(); }
    bool isPersistent() const override { return current()->isPersistent(); }
    bool isWritable() const override { return current()->isWritable(); }
    QString read(const QString &account, const QString &key) override { return current()->read(account, key); }
    bool write(const QString &account, const QString &key, const QString &value) override
    {
        return current()->write(account, key, value);
    }
    bool remove(const QString &account, const QString &key) override { return current()->remove(account, key); }
    QString lastError() const override { return current()->lastError(); }

private:
    mutable QMutex m_mutex;
    std::shared_ptr<CredentialStore> m_store;
};

} // namespace ra
