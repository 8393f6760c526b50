#pragma once

#include "credentialstore.h"

#include <QProcessEnvironment>

namespace ra {

// The CLI's credentials: the environment variables of shared/docs/cli.md
// (TENCENTCLOUD_SECRET_ID, QINIU_ACCESS_KEY, EKUAIBAO_APP_KEY, DEEPFINCH_API_ID, ...).
// Read-only.
class EnvCredentialStore : public CredentialStore
{
public:
    explicit EnvCredentialStore(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~EnvCredentialStore() override;

    // The variable that holds (account, key); empty when there is none.
    static QString variableName(const QString &account, const QString &key);

    QString backendName() const override;
    bool isPersistent() const override { return true; }
    bool isWritable() const override { return false; }
    QString read(const QString &account, const QString &key) override;
    bool write(const QString &account, const QString &key, const QString &value) override;
    bool remove(const QString &account, const QString &key) override;
    QString lastError() const override { return m_lastError; }

private:
    QProcessEnvironment m_env;
    QString m_lastError;
};

} // namespace ra
