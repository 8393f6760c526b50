#include "invoicelistmodel.h"

#include "claim/claimdocument.h"
#include "export/claimsummary.h"
#include "invoicetype.h"
#include "money.h"
#include "supportingdocuments.h"
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
    for (const ClaimIntake &e : m_claim->intake())
        m_pending.append(e.id);
}

InvoiceListModel::~InvoiceListModel() = default;

namespace {
InvoiceStatus statusOf(const ClaimIntake &e, bool active)
{
    switch (e.state) {
    case ClaimIntake::State::Waiting: return active ? InvoiceStatus::Queued : InvoiceStatus::Interrupted;
    case ClaimIntake::State::Recognising: return active ? InvoiceStatus::Recognising : InvoiceStatus::Interrupted;
    case ClaimIntake::State::Failed: return InvoiceStatus::Error;
    case ClaimIntake::State::Cancelled: return InvoiceStatus::Cancelled;
    }
    return InvoiceStatus::Error;
}

// What a supporting document's row says about its invoice (asked only for a tooltip: the
// pairing looks at the whole claim).
QString supportingTipOf(const ClaimDocument *claim, qint64 id)
{
    const QList<ClaimInvoice> &all = claim->invoices();
    QList<Invoice> invoices;
    int self = -1;
    for (const ClaimInvoice &ci : all) {
        if (ci.id == id)
            self = int(invoices.size());
        invoices.append(ci.invoice);
    }
    for (const SupportingLink &l : linkSupportingDocuments(invoices))
        if (l.document == self) {
            const QString number = invoices.at(l.invoice).value(u"number"_s);
            return (l.uncertain ? InvoiceListModel::tr("An itinerary, probably of invoice %1 (same amount; its seller "
                                                       "names no platform). Not counted in the total.")
                                : InvoiceListModel::tr("The itinerary of invoice %1 (same platform and amount). Not "
                                                       "counted in the total."))
                .arg(number.isEmpty() ? QString::number(l.invoice + 1) : number);
        }
    return InvoiceListModel::tr("An itinerary: no invoice of the same platform and amount is in the claim. Not counted "
                                "in the total.");
}
} // namespace

InvoiceStatus InvoiceListModel::pendingStatus(int key) const
{
    const ClaimIntake *e = m_claim->data().intakeEntry(key);
    return e ? statusOf(*e, m_isActive && m_isActive(e->id)) : InvoiceStatus::Error;
}

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
    const ClaimIntake *e = m_claim->data().intakeEntry(m_pending.at(row - m_ids.size()));
    return e ? pendingData(*e, index.column(), role) : QVariant();
}

QVariant InvoiceListModel::invoiceData(const ClaimInvoice &ci, int column, int role) const
{
    const Invoice &inv = ci.invoice;
    // Views ask for one role at a time, thousands of times: work out only what is asked for.
    switch (role) {
    case InvoiceIdRole: return ci.id;
    case PendingKeyRole: return 0;
    case StatusRole: return int(invoicestatus::of(inv));
    case TypeKeyRole: return invoiceTypeKey(inv.type);
    case FindingCountRole: return invoicestatus::findingCount(inv);
    case DuplicateRole: return invoicestatus::isDuplicate(inv);
    case TypeInferredRole: return inv.typeInferred;
    default: break;
    }
    // A painted row asks each of its cells for some eight roles: each role works out only what it
    // shows (the amounts parse three money strings, the status walks the findings), so a repaint
    // of the list stays a small part of a frame.
    if (role == TotalFenRole) {
        // The same amounts every export counts, so the footer's sum is the report's and the
        // sheet's; an itinerary's amount is its invoice's and is not counted again. Kept per
        // invoice until it changes: the footer sums every row after every change.
        auto it = m_totalFenCache.constFind(ci.id);
        if (it == m_totalFenCache.cend()) {
            const InvoiceAmounts amounts = InvoiceAmounts::of(inv);
            it = m_totalFenCache.insert(ci.id, amounts.hasTotal && !isSupportingDocument(inv.type)
                                                   ? QVariant(amounts.totalFen)
                                                   : QVariant());
        }
        return *it;
    }
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
            // A blank box of the same size keeps rows from jumping when thumbnails arrive (made
            // once: every painted row without its thumbnail asks for it).
            if (m_blankThumbnail.size() != m_thumbnails->size()) {
                m_blankThumbnail = QImage(m_thumbnails->size(), QImage::Format_ARGB32_Premultiplied);
                m_blankThumbnail.fill(Qt::transparent);
            }
            return m_blankThumbnail;
        }
        if (role == Qt::ToolTipRole) {
            const ClaimOriginal *o = m_claim->data().original(ci.sha256);
            QString tip = o ? tr("%1, page %2").arg(o->name).arg(inv.page) : QString();
            if (inv.typeInferred)
                tip += u'\n' + tr("The type was inferred from the invoice code or number; check it.");
            if (isSupportingDocument(inv.type))
                tip += u'\n' + supportingTipOf(m_claim, ci.id);
            // The thumbnail's warning picture says something is wrong; this says what.
            if (m_thumbnails)
                if (const QString why = m_thumbnails->failure(ThumbnailCache::keyOf(ci.sha256, std::max(0, inv.page - 1),
                                                                                    inv.region));
                    !why.isEmpty())
                    tip += u'\n' + tr("The page cannot be shown: %1").arg(why);
            return tip;
        }
        break;
    case NumberColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return inv.value(u"number"_s);
        if (role == Qt::FontRole) {
            static const QFont monospace = [] {
                QFont f;
                f.setFamily(u"monospace"_s);
                f.setStyleHint(QFont::Monospace);
                return f;
            }();
            return monospace;
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
    case TotalColumn: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole && role != Qt::TextAlignmentRole)
            break;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        const InvoiceAmounts amounts = InvoiceAmounts::of(inv);
        const std::optional<qint64> totalFen = amounts.hasTotal ? std::optional<qint64>(amounts.totalFen) : std::nullopt;
        if (role == Qt::DisplayRole)
            return totalFen ? money::formatFen(*totalFen) + (amounts.totalDerived ? u"*"_s : QString()) : QString();
        if (role == Qt::ToolTipRole && amounts.totalDerived)
            return tr("Not printed on the invoice: worked out as amount + tax, as the exports count it.");
        if (role == SortRole)
            return totalFen ? QVariant(*totalFen) : QVariant(qint64(-1));
        break;
    }
    case StatusColumn: {
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
            break;
        const InvoiceStatus status = invoicestatus::of(inv);
        const int findings = invoicestatus::findingCount(inv);
        const bool duplicate = invoicestatus::isDuplicate(inv);
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
    }
    default: break;
    }
    return {};
}

QVariant InvoiceListModel::pendingData(const ClaimIntake &p, int column, int role) const
{
    const InvoiceStatus status = statusOf(p, m_isActive && m_isActive(p.id));
    const QString error = status == InvoiceStatus::Interrupted
        ? tr("Not finished when the app last stopped. Choose Resume to recognise it.")
        : status == InvoiceStatus::Cancelled && p.errorMessage.isEmpty() ? tr("Cancelled before it was recognised.")
                                                                         : p.errorMessage;
    // while it is read: how far (pages, OCR lines), where a failed row has its error
    const auto progress = status == InvoiceStatus::Recognising ? m_progress.constFind(p.id) : m_progress.cend();
    const bool hasProgress = progress != m_progress.cend();
    if (role == ProgressRole)
        return hasProgress && progress->lines > 0 ? QVariant(progress->linesRead * 100 / progress->lines) : QVariant();
    // worked out only for the roles that show it (views ask for every role of every cell)
    const auto shown = [&] { return hasProgress ? progressText(*progress) : error; };
    switch (role) {
    case InvoiceIdRole: return qint64(0);
    case PendingKeyRole: return int(p.id);
    case StatusRole: return int(status);
    case TypeKeyRole: return QString();
    case TotalFenRole: return {};
    case FindingCountRole: return 0;
    case DuplicateRole: return false;
    case ErrorRole: return error;
    case TypeInferredRole: return false;
    default: break;
    }
    switch (column) {
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return p.name;
        if (role == Qt::ToolTipRole)
            return error.isEmpty() ? p.name : p.name + u'\n' + error;
        break;
    case SellerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return shown();
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return invoicestatus::name(status);
        if (role == Qt::DecorationRole)
            return invoicestatus::icon(status);
        if (role == SortRole)
            return int(status) * 1000;
        if (role == Qt::ToolTipRole)
            return shown();
        break;
    default: break;
    }
    if (role == Qt::ForegroundRole && status == InvoiceStatus::Error)
        return QColor(0xC0, 0x1C, 0x28);
    if (role == Qt::ForegroundRole)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

void InvoiceListModel::setProgress(qint64 intakeId, const RecognitionProgress &progress)
{
    auto it = m_progress.find(intakeId);
    if (it != m_progress.end() && *it == progress)
        return;
    m_progress.insert(intakeId, progress);
    const int row = pendingRowOf(int(intakeId));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InvoiceListModel::clearProgress(qint64 intakeId)
{
    if (!m_progress.remove(intakeId))
        return;
    const int row = pendingRowOf(int(intakeId));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString InvoiceListModel::progressText(const RecognitionProgress &p)
{
    QString step;
    if (p.ocr && p.lines == 0)
        step = tr("Finding the lines of printed text (OCR)");
    else if (p.ocr)
        step = tr("Reading the printed text (OCR): line %1 of %2").arg(p.linesRead).arg(p.lines);
    if (p.pages > 1 && p.page > 0)
        return step.isEmpty() ? tr("Page %1 of %2").arg(p.page).arg(p.pages)
                              : tr("Page %1 of %2 · %3").arg(p.page).arg(p.pages).arg(step);
    return step;
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

int InvoiceListModel::pendingRowOf(int key) const
{
    const qsizetype i = m_pending.indexOf(qint64(key));
    return i < 0 ? -1 : int(m_ids.size() + i);
}

void InvoiceListModel::removePending(int key)
{
    m_claim->removeIntake(key);
}

void InvoiceListModel::clearFailed()
{
    QList<qint64> doomed;
    for (const ClaimIntake &e : m_claim->intake())
        if (e.state == ClaimIntake::State::Failed || e.state == ClaimIntake::State::Cancelled)
            doomed.append(e.id);
    m_claim->removeIntakes(doomed);
}

void InvoiceListModel::refreshPending()
{
    if (!m_pending.isEmpty())
        emit dataChanged(index(int(m_ids.size()), 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvoiceListModel::onClaimChanged(const ClaimChange &change)
{
    if (change.kind != ClaimChange::Kind::InvoiceChanged && change.kind != ClaimChange::Kind::DetailsChanged)
        m_claimIndexDirty = true;
    if (change.kind == ClaimChange::Kind::Reset)
        m_totalFenCache.clear();
    else if (change.kind == ClaimChange::Kind::InvoiceChanged || change.kind == ClaimChange::Kind::InvoiceRemoved)
        m_totalFenCache.remove(change.invoiceId);
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
    case ClaimChange::Kind::IntakeAdded: {
        if (m_pending.contains(change.intakeId))
            break;
        // Claim order (ids grow), so an undone addition comes back where it was.
        int at = 0;
        while (at < m_pending.size() && m_pending.at(at) < change.intakeId)
            ++at;
        const int row = int(m_ids.size()) + at;
        beginInsertRows({}, row, row);
        m_pending.insert(at, change.intakeId);
        endInsertRows();
        break;
    }
    case ClaimChange::Kind::IntakeChanged: {
        const int row = pendingRowOf(int(change.intakeId));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        break;
    }
    case ClaimChange::Kind::IntakeRemoved: {
        const int row = pendingRowOf(int(change.intakeId));
        if (row < 0)
            break;
        beginRemoveRows({}, row, row);
        m_pending.removeAt(row - m_ids.size());
        endRemoveRows();
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
    m_pending.clear();
    for (const ClaimIntake &e : m_claim->intake())
        m_pending.append(e.id);
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
