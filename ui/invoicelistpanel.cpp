#include "invoicelistpanel.h"

#include "invoicefilterproxy.h"
#include "invoicelistdelegate.h"
#include "invoicelistmodel.h"
#include "invoicetreeview.h"
#include "invoicetypelabel.h"
#include "invoicetype.h"
#include "money.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

InvoiceListPanel::InvoiceListPanel(InvoiceListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new InvoiceFilterProxy(this)), m_typeFilter(new QComboBox(this)),
      m_statusFilter(new QComboBox(this)), m_search(new QLineEdit(this)), m_view(new InvoiceTreeView(this)),
      m_delegate(nullptr), m_footer(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setClearButtonEnabled(true);
    // The filters must not set the list's width: on a laptop every pixel they take is the
    // page's. They show a few characters each; the open popups are as wide as their items.
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(2);
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->setMinimumContentsLength(2);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // claim order until a header is clicked
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    // The thumbnail box (MainWindow gives the ThumbnailCache this size): fixed, like the rows.
    m_view->setIconSize(QSize(56, 40));
    m_delegate = new InvoiceListDelegate(m_view->iconSize(), m_view);
    m_view->setItemDelegate(m_delegate);
    // Every row as high as the delegate says, whichever row is first after a sort.
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);

    QHeaderView *header = m_view->header();
    header->setMinimumSectionSize(40);
    header->setSectionsMovable(true);
    // Status and total right after the type: what a person scans for stays in sight when the
    // pane is narrow; the seller is last and takes (or gives up) the rest.
    header->moveSection(header->visualIndex(InvoiceListModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(InvoiceListModel::TotalColumn), 2);
    header->moveSection(header->visualIndex(InvoiceListModel::SellerColumn), InvoiceListModel::ColumnCount - 1);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(InvoiceListModel::StatusColumn, QHeaderView::Fixed);
    m_view->setColumnWidth(InvoiceListModel::StatusColumn, m_delegate->statusColumnWidth());
    // The thumbnail and the longest short type label (within reason: the tooltip has it all).
    int typeText = 0;
    for (InvoiceType t : allInvoiceTypes())
        typeText = std::max(typeText, m_view->fontMetrics().horizontalAdvance(InvoiceTypeLabel::shortName(t)));
    m_typeWidth = m_view->iconSize().width() + std::min(typeText, 120) + 20;
    m_view->setColumnWidth(InvoiceListModel::TypeColumn, m_typeWidth);
    m_view->setColumnWidth(InvoiceListModel::TotalColumn, 76);
    m_view->setColumnWidth(InvoiceListModel::NumberColumn, 100);
    m_view->setColumnWidth(InvoiceListModel::DateColumn, 84);
    m_view->setColumnWidth(InvoiceListModel::SellerColumn, 80);

    m_view->installEventFilter(this);

    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setWordWrap(true);   // the totals wrap in a narrow list rather than widen it

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_search, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    retranslate();

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTypeFilter(m_typeFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(InvoiceFilterProxy::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InvoiceFilterProxy::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoiceListPanel::onCurrentChanged);
    // The footer and the type filter are recomputed once per burst of changes (an import adds
    // rows in quick succession), never per row, and not at all when only a thumbnail arrived.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { scheduleRefresh(true); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { scheduleRefresh(true); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { scheduleRefresh(false); });
    // The empty list's hint follows the rows at once (no deferred refresh: it is cheap).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InvoiceListPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvoiceListPanel::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles != QList<int>{Qt::DecorationRole})
                    scheduleRefresh(true);
            });
    updateFooter();
}

void InvoiceListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search number, seller, date…"));
    const int status = m_statusFilter->currentIndex();
    {
        const QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        using F = InvoiceFilterProxy::StatusFilter;
        m_statusFilter->addItem(tr("All statuses"), int(F::All));
        m_statusFilter->addItem(tr("Needs review"), int(F::NeedsReview));
        m_statusFilter->addItem(tr("Reviewed"), int(F::Reviewed));
        m_statusFilter->addItem(tr("With findings"), int(F::WithFindings));
        m_statusFilter->addItem(tr("Duplicates"), int(F::Duplicates));
        m_statusFilter->addItem(tr("Errors"), int(F::Errors));
        m_statusFilter->setCurrentIndex(std::max(0, status));
    }
    fillTypeFilter(true);   // the names in the new language
    updateFooter();
    updateEmptyHint();
}

void InvoiceListPanel::updateEmptyHint()
{
    // Nothing in the claim: how to bring invoices in. Filters hiding every row: say so, or the
    // person thinks the claim is empty.
    if (m_model->rowCount() == 0)
        m_view->setEmptyHint(tr("Drop invoices here, or press %1")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)));
    else
        m_view->setEmptyHint(tr("No invoice matches the filters."));
}

bool InvoiceListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitTypeColumn();
    return QWidget::eventFilter(watched, event);
}

void InvoiceListPanel::fitTypeColumn()
{
    // A narrow pane gives up the type's label before the status and the total: the thumbnail
    // stays, the label shrinks (the delegate drops it when too little is left; the tooltip
    // has it).
    const int essentials = m_view->columnWidth(InvoiceListModel::StatusColumn)
        + m_view->columnWidth(InvoiceListModel::TotalColumn);
    const int thumbnailOnly = m_view->iconSize().width() + 12;
    const int width = std::clamp(m_view->viewport()->width() - essentials, thumbnailOnly, m_typeWidth);
    if (m_view->columnWidth(InvoiceListModel::TypeColumn) != width)
        m_view->setColumnWidth(InvoiceListModel::TypeColumn, width);
}

void InvoiceListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvoiceListPanel::fillTypeFilter(bool rename)
{
    // Only the types present in the claim, so the filter never offers an empty list.
    QSet<QString> present;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString key = m_model->index(r, 0).data(InvoiceListModel::TypeKeyRole).toString();
        if (!key.isEmpty())
            present.insert(key);
    }
    const QString current = m_typeFilter->currentData().toString();
    // The entries in the order the combo box lists them; rebuilt only when they differ (a
    // rebuild resets the combo box's model and its popup: not for every arriving invoice).
    QList<InvoiceType> wanted;
    for (InvoiceType t : allInvoiceTypes())
        if (present.contains(invoiceTypeKey(t)) || invoiceTypeKey(t) == current)
            wanted << t;
    QStringList shown;
    for (int i = 1; i < m_typeFilter->count(); ++i)
        shown << m_typeFilter->itemData(i).toString();
    QStringList wantedKeys;
    for (InvoiceType t : std::as_const(wanted))
        wantedKeys << invoiceTypeKey(t);
    if (!rename && m_typeFilter->count() > 0 && shown == wantedKeys)
        return;
    const QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), QString());
    for (InvoiceType t : std::as_const(wanted))
        m_typeFilter->addItem(uilanguage::isChinese() ? invoiceTypeNameZh(t) : invoiceTypeNameEn(t), invoiceTypeKey(t));
    m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(current)));
}

void InvoiceListPanel::scheduleRefresh(bool typesToo)
{
    m_typesDirty = m_typesDirty || typesToo;
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_typesDirty)
            fillTypeFilter();
        m_typesDirty = false;
        updateFooter();
    });
}

void InvoiceListPanel::updateFooter()
{
    m_footer->setText(footerText());
}

QString InvoiceListPanel::footerText() const
{
    const int shown = m_proxy->visibleInvoices();
    const int all = m_model->invoiceCount();
    const QString sum = money::formatFen(m_proxy->visibleTotalFen());
    if (shown == all)
        return tr("%n invoice(s), total ¥%1", nullptr, all).arg(sum);
    return tr("%1 of %2 invoices shown, total shown ¥%3").arg(shown).arg(all).arg(sum);
}

qint64 InvoiceListPanel::currentInvoice() const
{
    return m_current;
}

int InvoiceListPanel::currentPending() const
{
    return m_currentPending;
}

QList<qint64> InvoiceListPanel::selectedInvoices() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const qint64 id = i.data(InvoiceListModel::InvoiceIdRole).toLongLong();
        if (id)
            ids << id;
    }
    if (ids.isEmpty() && m_current)
        ids << m_current;
    return ids;
}

void InvoiceListPanel::selectInvoice(qint64 invoiceId)
{
    const int sourceRow = m_model->rowOfInvoice(invoiceId);
    if (sourceRow < 0)
        return;
    QModelIndex i = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!i.isValid()) {
        m_typeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_search->clear();
        i = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

void InvoiceListPanel::selectNext()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex cur = m_view->currentIndex();
    const int row = cur.isValid() ? std::min(cur.row() + 1, rows - 1) : 0;
    const QModelIndex i = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

void InvoiceListPanel::selectPrevious()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex cur = m_view->currentIndex();
    const int row = cur.isValid() ? std::max(cur.row() - 1, 0) : 0;
    const QModelIndex i = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

void InvoiceListPanel::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvoiceListPanel::onCurrentChanged()
{
    const QModelIndex cur = m_view->currentIndex();
    const qint64 id = cur.isValid() ? cur.data(InvoiceListModel::InvoiceIdRole).toLongLong() : 0;
    const int key = cur.isValid() ? cur.data(InvoiceListModel::PendingKeyRole).toInt() : 0;
    if (id != m_current) {
        m_current = id;
        emit currentInvoiceChanged(id);
    }
    if (key != m_currentPending) {
        m_currentPending = key;
        emit currentPendingChanged(key);
    }
}

} // namespace ra
