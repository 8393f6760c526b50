#pragma once

#include "claim/claiminvoice.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ra {

// Which invoices of a claim share a duplicate identity (invoiceIdentity(): the 20-digit number,
// or code + number), kept up to date change by change, so adding a document re-checks only the
// invoices it can make duplicates of instead of every invoice of the claim (issue #13: adding
// slowed as the claim grew).
class DuplicateIndex
{
public:
    void clear();
    void rebuild(const QList<ClaimInvoice> &invoices);
    bool isEmpty() const { return m_identity.isEmpty(); }

    // The identity recorded for `id`; empty when it has none (or is not in the claim).
    QString identityOf(qint64 id) const { return m_identity.value(id); }
    // Records `identity` for `id` (empty: it has none), leaving its old group.
    void set(qint64 id, const QString &identity);
    void remove(qint64 id) { set(id, QString()); }
    // The invoices of one identity, by id.
    QList<qint64> members(const QString &identity) const { return m_members.value(identity); }

private:
    QHash<qint64, QString> m_identity;
    QHash<QString, QList<qint64>> m_members;   // sorted by id
};

} // namespace ra
