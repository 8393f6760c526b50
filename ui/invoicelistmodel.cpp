#include "invoicelistmodel.h"

#include "claim/claimdocument.h"
#include "invoicetype.h"
#include "money.h"
#include "thumbnailcache.h"
#include "uilanguage.h"

#include <QApplication>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ra {

InvoiceListModel::InvoiceListModel(ClaimDocument *claim, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent), m_claim(claim), m_thumbnails(thumbnails)
{
    connect(m_claim, &ClaimDocument::changed, this, &InvoiceListModel::onClaimChanged);
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &InvoiceListModel::onThumbnailReady);
    for (const ClaimInvoice &ci : m_claim->invoices())
        m_ids.append(ci.id);
}

InvoiceListModel::~InvoiceListModel() = default;

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size() + m_pending.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn: return tr("Type");
    case NumberColumn: return tr("Number");
    case DateColumn: return tr("Date");
    case SellerColumn: return tr("Seller");
    case TotalColumn: return tr("Total");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < m_ids.size()) {
        const ClaimInvoice *ci = claimInvoice(m_ids.at(row));
        return ci ? invoiceData(*ci, index.column(), role) : QVariant();
    }
    return pendingData(m_pending.at(row - m_ids.size()), index.column(), role);
}

QVariant InvoiceListModel::invoiceData(const ClaimInvoice &ci, int column, int role) const
{
    const Invoice &inv = ci.invoice;
    const InvoiceStatus status = invoicestatus::of(inv);
    const int findings = invoicestatus::findingCount(inv);
    const bool duplicate = invoicestatus::isDuplicate(inv);
    const std::optional<qint64> totalFen = money::parseFen(inv.value(u"total"_s));
    switch (role) {
    case InvoiceIdRole: return ci.id;
    case PendingKeyRole: return 0;
    case StatusRole: return int(status);
    case TypeKeyRole: return invoiceTypeKey(inv.type);
    case TotalFenRole: return totalFen ? QVariant(*totalFen) : QVariant();
    case FindingCountRole: return findings;
    case DuplicateRole: return duplicate;
    default: break;
    }
    const QString number = inv.value(u"number"_s);
    switch (column) {
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString name = uilanguage::isChinese() ? invoiceTypeNameZh(inv.type) : invoiceTypeNameEn(inv.type);
            return inv.typeInferred ? tr("%1 (inferred)").arg(name) : name;
        }
        if (role == Qt::DecorationRole && m_thumbnails) {
            const QImage thumb = m_thumbnails->thumbnail(ci.sha256, std::max(0, inv.page - 1), inv.region, inv.pageSize);
            if (!thumb.isNull())
                return thumb;
            // A blank box of the same size keeps rows from jumping when thumbnails arrive.
            QImage blank(m_thumbnails->size(), QImage::Format_ARGB32_Premultiplied);
            blank.fill(Qt::transparent);
            return blank;
        }
        if (role == Qt::ToolTipRole) {
            const ClaimOriginal *o = m_claim->data().original(ci.sha256);
            QString tip = o ? tr("%1, page %2").arg(o->name).arg(inv.page) : QString();
            if (inv.typeInferred)
                tip += u'\n' + tr("The type was inferred from the invoice code or number; check it.");
            return tip;
        }
        break;
    case NumberColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return number;
        if (role == Qt::FontRole) {
            QFont f;
            f.setFamily(u"monospace"_s);
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        break;
    case DateColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return inv.value(u"date"_s);
        break;
    case SellerColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString seller = inv.value(u"seller_name"_s);
            return !seller.isEmpty() ? seller : inv.value(u"store_name"_s);
        }
        break;
    case TotalColumn:
        if (role == Qt::DisplayRole)
            return totalFen ? money::formatFen(*totalFen) : QString();
        if (role == SortRole)
            return totalFen ? QVariant(*totalFen) : QVariant(qint64(-1));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            QStringList badges{invoicestatus::name(status)};
            if (duplicate)
                badges << tr("Duplicate");
            if (findings > 0)
                badges << tr("%n finding(s)", nullptr, findings);
            return badges.join(u" · "_s);
        }
        if (role == SortRole)
            return int(status) * 1000 + findings + (duplicate ? 500 : 0);
        if (role == Qt::ForegroundRole && (duplicate || findings > 0))
            return QColor(0xC0, 0x4A, 0x00);
        if (role == Qt::ForegroundRole && status == InvoiceStatus::Reviewed)
            return QColor(0x00, 0x7A, 0x5A);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const Finding &f : inv.findings)
                if (f.severity != Severity::Info)
                    lines << (uilanguage::isChinese() && !f.messageZh.isEmpty() ? f.messageZh : f.message);
            return lines.join(u'\n');
        }
        break;
    default: break;
    }
    return {};
}

QVariant InvoiceListModel::pendingData(const Pending &p, int column, int role) const
{
    switch (role) {
    case InvoiceIdRole: return qint64(0);
    case PendingKeyRole: return p.key;
    case StatusRole: return int(p.status);
    case TypeKeyRole: return QString();
    case TotalFenRole: return {};
    case FindingCountRole: return 0;
    case DuplicateRole: return false;
    case ErrorRole: return p.error;
    default: break;
    }
    switch (column) {
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return p.name;
        if (role == Qt::ToolTipRole)
            return p.error.isEmpty() ? p.name : p.name + u'\n' + p.error;
        break;
    case SellerColumn:
        if (role == Qt::DisplayRole)
            return p.error;
        if (role == Qt::ToolTipRole)
            return p.error;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return invoicestatus::name(p.status);
        if (role == SortRole)
            return int(p.status) * 1000;
        if (role == Qt::ToolTipRole)
            return p.error;
        break;
    default: break;
    }
    if (role == Qt::ForegroundRole && p.status == InvoiceStatus::Error)
        return QColor(0xC0, 0x1C, 0x28);
    if (role == Qt::ForegroundRole)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

const ClaimInvoice *InvoiceListModel::claimInvoice(qint64 id) const
{
    const QList<ClaimInvoice> &all = m_claim->invoices();
    if (m_claimIndexDirty) {
        m_claimIndex.clear();
        for (int i = 0; i < all.size(); ++i)
            m_claimIndex.insert(all.at(i).id, i);
        m_claimIndexDirty = false;
    }
    const int i = m_claimIndex.value(id, -1);
    // Edits replace the claim's data wholesale: check the slot still holds this id.
    if (i >= 0 && i < all.size() && all.at(i).id == id)
        return &all.at(i);
    m_claimIndexDirty = true;
    return m_claim->invoice(id);
}

qint64 InvoiceListModel::invoiceIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int InvoiceListModel::rowOfInvoice(qint64 invoiceId) const
{
    return int(m_ids.indexOf(invoiceId));
}

int InvoiceListModel::addPending(const QString &name)
{
    const int row = int(m_ids.size() + m_pending.size());
    beginInsertRows({}, row, row);
    m_pending.append(Pending{m_nextKey++, name, InvoiceStatus::Queued, {}});
    endInsertRows();
    return m_pending.constLast().key;
}

int InvoiceListModel::pendingRowOf(int key) const
{
    for (int i = 0; i < m_pending.size(); ++i)
        if (m_pending.at(i).key == key)
            return int(m_ids.size()) + i;
    return -1;
}

QString InvoiceListModel::pendingName(int key) const
{
    const int row = pendingRowOf(key);
    return row < 0 ? QString() : m_pending.at(row - m_ids.size()).name;
}

void InvoiceListModel::setPendingRecognising(int key)
{
    const int row = pendingRowOf(key);
    if (row < 0)
        return;
    m_pending[row - m_ids.size()].status = InvoiceStatus::Recognising;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InvoiceListModel::setPendingFailed(int key, const QString &message)
{
    const int row = pendingRowOf(key);
    if (row < 0)
        return;
    Pending &p = m_pending[row - m_ids.size()];
    p.status = InvoiceStatus::Error;
    p.error = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InvoiceListModel::removePending(int key)
{
    const int row = pendingRowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pending.removeAt(row - m_ids.size());
    endRemoveRows();
}

void InvoiceListModel::clearFailed()
{
    for (int i = int(m_pending.size()) - 1; i >= 0; --i)
        if (m_pending.at(i).status == InvoiceStatus::Error)
            removePending(m_pending.at(i).key);
}

void InvoiceListModel::onClaimChanged(const ClaimChange &change)
{
    if (change.kind != ClaimChange::Kind::InvoiceChanged && change.kind != ClaimChange::Kind::DetailsChanged)
        m_claimIndexDirty = true;
    switch (change.kind) {
    case ClaimChange::Kind::Reset:
        reload();
        break;
    case ClaimChange::Kind::InvoiceAdded: {
        if (m_ids.contains(change.invoiceId))
            break;
        // Claim order: an undone removal comes back where it was.
        int row = 0;
        for (const ClaimInvoice &ci : m_claim->invoices()) {
            if (ci.id == change.invoiceId)
                break;
            if (m_ids.contains(ci.id))
                ++row;
        }
        beginInsertRows({}, row, row);
        m_ids.insert(row, change.invoiceId);
        endInsertRows();
        break;
    }
    case ClaimChange::Kind::InvoiceRemoved: {
        const int row = rowOfInvoice(change.invoiceId);
        if (row < 0)
            break;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
        break;
    }
    case ClaimChange::Kind::InvoiceChanged: {
        const int row = rowOfInvoice(change.invoiceId);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        break;
    }
    case ClaimChange::Kind::DocumentAdded:
    case ClaimChange::Kind::DocumentRemoved:
    case ClaimChange::Kind::DetailsChanged:
        break;
    }
}

void InvoiceListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const ClaimInvoice &ci : m_claim->invoices())
        m_ids.append(ci.id);
    endResetModel();
}

void InvoiceListModel::onThumbnailReady(const QString &key)
{
    for (int row = 0; row < m_ids.size(); ++row) {
        const ClaimInvoice *ci = claimInvoice(m_ids.at(row));
        if (ci && ThumbnailCache::keyOf(ci->sha256, std::max(0, ci->invoice.page - 1), ci->invoice.region) == key) {
            const QModelIndex i = index(row, TypeColumn);
            emit dataChanged(i, i, {Qt::DecorationRole});
        }
    }
}

} // namespace ra
