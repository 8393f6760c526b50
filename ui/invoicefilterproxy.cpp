#include "invoicefilterproxy.h"

#include "invoicelistmodel.h"

namespace ra {

InvoiceFilterProxy::InvoiceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void InvoiceFilterProxy::setTypeFilter(const QString &typeKey)
{
    if (typeKey == m_type)
        return;
    m_type = typeKey;
    invalidateRowsFilter();
}

void InvoiceFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void InvoiceFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool InvoiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex i = m->index(sourceRow, 0, sourceParent);
    const bool isInvoice = i.data(InvoiceListModel::InvoiceIdRole).toLongLong() != 0;
    const auto status = InvoiceStatus(i.data(InvoiceListModel::StatusRole).toInt());
    if (!m_type.isEmpty() && (!isInvoice || i.data(InvoiceListModel::TypeKeyRole).toString() != m_type))
        return false;
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::NeedsReview:
        if (status != InvoiceStatus::NeedsReview)
            return false;
        break;
    case StatusFilter::Reviewed:
        if (status != InvoiceStatus::Reviewed)
            return false;
        break;
    case StatusFilter::WithFindings:
        if (i.data(InvoiceListModel::FindingCountRole).toInt() == 0)
            return false;
        break;
    case StatusFilter::Duplicates:
        if (!i.data(InvoiceListModel::DuplicateRole).toBool())
            return false;
        break;
    case StatusFilter::Errors:
        if (status != InvoiceStatus::Error)
            return false;
        break;
    }
    if (!m_text.isEmpty()) {
        for (int c = 0; c < m->columnCount(sourceParent); ++c)
            if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return i.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}

int InvoiceFilterProxy::visibleInvoices() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        if (index(r, 0).data(InvoiceListModel::InvoiceIdRole).toLongLong() != 0)
            ++n;
    return n;
}

qint64 InvoiceFilterProxy::visibleTotalFen() const
{
    qint64 sum = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const QVariant fen = index(r, 0).data(InvoiceListModel::TotalFenRole);
        if (fen.isValid())
            sum += fen.toLongLong();
    }
    return sum;
}

} // namespace ra
