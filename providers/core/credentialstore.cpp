#include "credentialstore.h"

namespace ra {

CredentialStore::~CredentialStore() = default;

bool CredentialStore::hasAll(const QString &account, const QStringList &keys)
{
    for (const QString &k : keys)
        if (read(account, k).isEmpty())
            return false;
    return true;
}

} // namespace ra
