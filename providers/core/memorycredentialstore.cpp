#include "memorycredentialstore.h"

#include <QMutexLocker>

namespace ra {

namespace {
QString slot(const QString &account, const QString &key)
{
    return account + QLatin1Char('/') + key;
}
} // namespace

MemoryCredentialStore::~MemoryCredentialStore() = default;

QString MemoryCredentialStore::backendName() const
{
    return QStringLiteral("memory");
}

QString MemoryCredentialStore::read(const QString &account, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    return m_values.value(slot(account, key));
}

bool MemoryCredentialStore::write(const QString &account, const QString &key, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_values.insert(slot(account, key), value);
    return true;
}

bool MemoryCredentialStore::remove(const QString &account, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    return m_values.remove(slot(account, key)) > 0;
}

} // namespace ra
