#include "envcredentialstore.h"

#include <QHash>

namespace ra {
namespace {

// shared/docs/cli.md: the names the vendors' own SDKs use where they have them.
const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> t = {
        {QStringLiteral("tencent/secret_id"), QStringLiteral("TENCENTCLOUD_SECRET_ID")},
        {QStringLiteral("tencent/secret_key"), QStringLiteral("TENCENTCLOUD_SECRET_KEY")},
        {QStringLiteral("tencent/region"), QStringLiteral("TENCENTCLOUD_REGION")},
        {QStringLiteral("qiniu/access_key"), QStringLiteral("QINIU_ACCESS_KEY")},
        {QStringLiteral("qiniu/secret_key"), QStringLiteral("QINIU_SECRET_KEY")},
        {QStringLiteral("qiniu/bucket"), QStringLiteral("QINIU_BUCKET")},
        {QStringLiteral("qiniu/bucket_domain"), QStringLiteral("QINIU_BUCKET_DOMAIN")},
        {QStringLiteral("qiniu/private_bucket"), QStringLiteral("QINIU_PRIVATE_BUCKET")},
        {QStringLiteral("ekuaibao/app_key"), QStringLiteral("EKUAIBAO_APP_KEY")},
        {QStringLiteral("ekuaibao/app_security"), QStringLiteral("EKUAIBAO_APP_SECURITY")},
        {QStringLiteral("deepfinch/api_id"), QStringLiteral("DEEPFINCH_API_ID")},
        {QStringLiteral("deepfinch/api_secret"), QStringLiteral("DEEPFINCH_API_SECRET")},
    };
    return t;
}

} // namespace

EnvCredentialStore::EnvCredentialStore(const QProcessEnvironment &env) : m_env(env) {}

EnvCredentialStore::~EnvCredentialStore() = default;

QString EnvCredentialStore::variableName(const QString &account, const QString &key)
{
    return table().value(account + QLatin1Char('/') + key);
}

QString EnvCredentialStore::backendName() const
{
    return QStringLiteral("environment");
}

QString EnvCredentialStore::read(const QString &account, const QString &key)
{
    const QString var = variableName(account, key);
    if (var.isEmpty() || !m_env.contains(var))
        return {};
    return m_env.value(var).trimmed();
}

bool EnvCredentialStore::write(const QString &account, const QString &key, const QString &)
{
    m_lastError = QStringLiteral("Credentials come from the environment here; set %1 instead.")
                      .arg(variableName(account, key));
    return false;
}

bool EnvCredentialStore::remove(const QString &account, const QString &key)
{
    return write(account, key, {});
}

} // namespace ra
