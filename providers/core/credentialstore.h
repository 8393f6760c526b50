#pragma once

#include <QString>
#include <QStringList>

namespace ra {

// Account names and key names every credential store uses. Tencent's two providers share one
// account. Values are secrets: never logged, never in settings, JSON output or error text.
namespace credentials {
inline constexpr auto Tencent = "tencent";        // secret_id, secret_key, region (optional)
inline constexpr auto Qiniu = "qiniu";            // access_key, secret_key, bucket, bucket_domain, private_bucket
inline constexpr auto Ekuaibao = "ekuaibao";      // app_key, app_security
inline constexpr auto DeepFinch = "deepfinch";    // api_id, api_secret
} // namespace credentials

// Where provider keys live: the OS keychain (desktop), memory (no keychain, tests) or the
// environment (CLI). Calls are synchronous; implementations may cache.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    virtual QString backendName() const = 0;   // "keychain", "memory", "environment"
    // Survives a restart. False for memory: the app says keys last for this session only.
    virtual bool isPersistent() const = 0;
    virtual bool isWritable() const = 0;

    // The value, or a null QString when there is none.
    virtual QString read(const QString &account, const QString &key) = 0;
    virtual bool write(const QString &account, const QString &key, const QString &value) = 0;
    virtual bool remove(const QString &account, const QString &key) = 0;
    // Why the last call failed, in words a person can act on; never contains a value.
    virtual QString lastError() const = 0;

    // Every one of `keys` has a non-empty value.
    bool hasAll(const QString &account, const QStringList &keys);
};

} // namespace ra
