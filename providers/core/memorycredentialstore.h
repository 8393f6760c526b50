#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QMutex>

namespace ra {

// Keys kept in this process only: tests, and the desktop app when no keychain answers (it then
// tells the user the keys last for this session). Never written to disk.
class MemoryCredentialStore : public CredentialStore
{
public:
    MemoryCredentialStore() = default;
    ~MemoryCredentialStore() override;

    QString backendName() const override;
    bool isPersistent() const override { return false; }
    bool isWritable() const override { return true; }
    QString read(const QString &account, const QString &key) override;
    bool write(const QString &account, const QString &key, const QString &value) override;
    bool remove(const QString &account, const QString &key) override;
    QString lastError() const override { return {}; }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_values;
};

} // namespace ra
