#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra {

// A local database of every invoice identity ever put in a claim (claim::ledgerIdentity), so an
// invoice already claimed elsewhere is caught, whichever file it arrives as. One SQLite file per
// user, by default in QStandardPaths::AppDataLocation (tests enable the test mode). Claims keep it
// current as invoices come and go; removing an invoice from a claim removes its entry.
class DuplicateLedger
{
public:
    struct Entry
    {
        QString identity;
        QString claimId;     // the claim file's UUID
        QString claimPath;   // where that claim was last seen
        QString claimName;   // its display name when it was last seen
        qint64 invoiceId = 0;
        QDateTime addedAt;   // UTC; when the invoice entered that claim

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    DuplicateLedger();
    ~DuplicateLedger();
    DuplicateLedger(const DuplicateLedger &) = delete;
    DuplicateLedger &operator=(const DuplicateLedger &) = delete;

    static QString defaultPath();   // <AppDataLocation>/duplicate-ledger.sqlite

    bool open(const QString &path = defaultPath());
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString errorString() const { return m_error; }

    // The entries of `identity` in claims other than `claimId`, oldest first.
    QList<Entry> otherClaims(const QString &identity, const QString &claimId);
    // Every entry of one claim, by invoice id.
    QList<Entry> entriesOf(const QString &claimId);

    // Records (or moves) one invoice of a claim; an empty identity forgets it.
    bool record(const Entry &entry);
    bool forget(const QString &claimId, qint64 invoiceId);
    // Makes the ledger's view of a claim exactly `entries` (on opening a claim); entries already
    // known keep their original addedAt.
    bool syncClaim(const QString &claimId, const QString &claimPath, const QString &claimName,
                   const QList<Entry> &entries);
    // A claim was saved elsewhere or renamed.
    bool renameClaim(const QString &claimId, const QString &claimPath, const QString &claimName);

private:
    bool fail(const QString &message);
    bool exec(const QString &sql);
    bool upsertClaim(const QString &claimId, const QString &claimPath, const QString &claimName);
    bool insertEntry(const Entry &entry);

    QString m_connection;
    QString m_error;
};

} // namespace ra
