#pragma once

#include "claim/claimchange.h"
#include "invoicestatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ra {

class ClaimDocument;
class ThumbnailCache;
struct ClaimInvoice;

// The invoice list: one row per invoice of the claim (a photo with three taxi receipts is three
// rows), then one row per document still being recognised or that failed (those are not in the
// claim yet, but a person must see them). Reads the claim, never changes it; follows
// ClaimDocument::changed().
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, NumberColumn, DateColumn, SellerColumn, TotalColumn, StatusColumn, ColumnCount };
    enum Role {
        InvoiceIdRole = Qt::UserRole + 1, // qint64, 0 for a document row
        PendingKeyRole,                   // int, 0 for an invoice row
        StatusRole,                       // int(InvoiceStatus)
        TypeKeyRole,                      // "vat_special", ...; empty for a document row
        TotalFenRole,                     // qint64 or invalid when there is no total
        FindingCountRole,                 // int
        DuplicateRole,                    // bool
        SortRole,                         // what the column sorts by (numbers as numbers)
        ErrorRole,                        // a failed document's message
    };

    InvoiceListModel(ClaimDocument *claim, ThumbnailCache *thumbnails = nullptr, QObject *parent = nullptr);
    ~InvoiceListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 invoiceIdAt(int row) const;
    int rowOfInvoice(qint64 invoiceId) const;
    int invoiceCount() const { return int(m_ids.size()); }

    // Documents on their way in. Keys are positive and never reused.
    int addPending(const QString &name);
    void setPendingRecognising(int key);
    void setPendingFailed(int key, const QString &message);
    void removePending(int key);
    int pendingRowOf(int key) const;
    int pendingCount() const { return int(m_pending.size()); }
    // Takes the rows of failed documents away (the person read them).
    void clearFailed();
    // The file a document row stands for, so a failed one can be tried again.
    QString pendingName(int key) const;

private:
    struct Pending
    {
        int key = 0;
        QString name;
        InvoiceStatus status = InvoiceStatus::Queued;
        QString error;
    };

    void onClaimChanged(const ClaimChange &change);
    void onThumbnailReady(const QString &key);
    void reload();
    QVariant invoiceData(const ClaimInvoice &ci, int column, int role) const;
    QVariant pendingData(const Pending &p, int column, int role) const;
    // ClaimDocument::invoice() walks the list; views ask for data thousands of times a second,
    // so rows find their invoice through an index rebuilt only when the claim's list changes.
    const ClaimInvoice *claimInvoice(qint64 id) const;

    ClaimDocument *m_claim;
    ThumbnailCache *m_thumbnails;
    QList<qint64> m_ids;         // the claim's invoices, in claim order
    mutable QHash<qint64, int> m_claimIndex;   // id → position in m_claim->invoices()
    mutable bool m_claimIndexDirty = true;
    QList<Pending> m_pending;
    int m_nextKey = 1;
};

} // namespace ra
