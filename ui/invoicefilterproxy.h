#pragma once

#include <QSortFilterProxyModel>

namespace ra {

// Sorting (by each column's SortRole, so totals sort as numbers) and filtering of the invoice
// list by type, by status and by text.
class InvoiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter { All, NeedsReview, Reviewed, WithFindings, Duplicates, Errors };

    explicit InvoiceFilterProxy(QObject *parent = nullptr);

    void setTypeFilter(const QString &typeKey);   // empty = every type
    QString typeFilter() const { return m_type; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setText(const QString &text);            // matches number, seller, date, file name

    // The count and the sum of totals (fen) of the invoices shown now; rows of documents
    // still being recognised or that failed count in neither.
    int visibleInvoices() const;
    qint64 visibleTotalFen() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    StatusFilter m_status = StatusFilter::All;
    QString m_text;
};

} // namespace ra
