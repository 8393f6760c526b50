#include "claim/duplicateindex.h"

#include "validation/validator.h"

#include <algorithm>

namespace ra {

void DuplicateIndex::clear()
{
    m_identity.clear();
    m_members.clear();
}

void DuplicateIndex::rebuild(const QList<ClaimInvoice> &invoices)
{
    clear();
    for (const ClaimInvoice &ci : invoices)
        set(ci.id, invoiceIdentity(ci.invoice));
}

void DuplicateIndex::set(qint64 id, const QString &identity)
{
    const auto old = m_identity.constFind(id);
    if (old != m_identity.cend()) {
        if (*old == identity)
            return;
        const auto group = m_members.find(*old);
        if (group != m_members.end()) {
            group->removeOne(id);
            if (group->isEmpty())
                m_members.erase(group);
        }
        m_identity.erase(old);
    }
    if (identity.isEmpty())
        return;
    m_identity.insert(id, identity);
    QList<qint64> &group = m_members[identity];
    group.insert(std::lower_bound(group.begin(), group.end(), id), id);
}

} // namespace ra
