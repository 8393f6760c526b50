#pragma once

#include "claim/claimchange.h"
#include "invoicestatus.h"
#include "recognitionprogress.h"

#include <QAbstractTableModel>
#include <QImage>
#include <QList>
#include <QString>
#include <functional>

namespace ra {

class ClaimDocument;
class ThumbnailCache;
struct ClaimIntake;
struct ClaimInvoice;

// The invoice list: one row per invoice of the claim (a photo with three taxi receipts is three
// rows), then one row per file of the claim that has no invoice yet (ClaimData::intake: waiting,
// being recognised, failed, cancelled, or left unfinished by an earlier run). Reads the claim;
// follows ClaimDocument::changed().
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
        TypeInferredRole,                 // bool: no source stated the type
        ProgressRole,                     // int 0-100 for a document row being read (OCR lines), else invalid
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

    // Rows of files without invoices; the key is the claim's intake id.
    int pendingRowOf(int key) const;
    int pendingCount() const { return int(m_pending.size()); }
    InvoiceStatus pendingStatus(int key) const;
    // Takes the rows of failed and cancelled documents out of the claim (the person read them).
    void clearFailed();
    void removePending(int key);
    // Whether this run is working on an intake entry; a waiting entry no one works on is shown
    // as "not finished" (left by an earlier run). Call refreshPending() when the answer changes.
    void setActiveCheck(std::function<bool(qint64 intakeId)> isActive) { m_isActive = std::move(isActive); }
    void refreshPending();
    // How far the reading of an intake entry has got (its row says it while it is recognised).
    void setProgress(qint64 intakeId, const RecognitionProgress &progress);
    void clearProgress(qint64 intakeId);
    // "Page 2 of 5 · Reading the printed text (OCR): line 40 of 80" (translated); empty when
    // there is nothing to say beyond "Recognising".
    static QString progressText(const RecognitionProgress &progress);

    void onClaimChanged(const ClaimChange &change);
    void onThumbnailReady(const QString &key);
    void reload();
    QVariant invoiceData(const ClaimInvoice &ci, int column, int role) const;
    QVariant pendingData(const ClaimIntake &p, int column, int role) const;
    // ClaimDocument::invoice() walks the list; views ask for data thousands of times a second,
    // so rows find their invoice through an index rebuilt only when the claim's list changes.
    const ClaimInvoice *claimInvoice(qint64 id) const;

    ClaimDocument *m_claim;
    ThumbnailCache *m_thumbnails;
    mutable QImage m_blankThumbnail;   // the placeholder of a row whose thumbnail is not ready
    QList<qint64> m_ids;         // the claim's invoices, in claim order
    mutable QHash<qint64, int> m_claimIndex;   // id → position in m_claim->invoices()
    mutable bool m_claimIndexDirty = true;
    mutable QHash<qint64, QVariant> m_totalFenCache;   // id → TotalFenRole, until the invoice changes
    QList<qint64> m_pending;     // the claim's intake ids, in claim order
    QHash<qint64, RecognitionProgress> m_progress; // intake id → how far its reading has got
    std::function<bool(qint64)> m_isActive;
};

} // namespace ra
