#include "invoicelistpanel.h"

#include "elidingdelegate.h"

#include "invoicefilterproxy.h"
#include "invoicelistmodel.h"
#include "invoicetype.h"
#include "money.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

InvoiceListPanel::InvoiceListPanel(InvoiceListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new InvoiceFilterProxy(this)), m_typeFilter(new QComboBox(this)),
      m_statusFilter(new QComboBox(this)), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_footer(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setClearButtonEnabled(true);
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(8);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // claim order until a header is clicked
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(56, 40));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(InvoiceListModel::SellerColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(InvoiceListModel::SellerColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(InvoiceListModel::TypeColumn, 150);
    m_view->setColumnWidth(InvoiceListModel::NumberColumn, 104);
    m_view->setColumnWidth(InvoiceListModel::DateColumn, 84);
    m_view->setColumnWidth(InvoiceListModel::SellerColumn, 130);
    m_view->setColumnWidth(InvoiceListModel::TotalColumn, 80);
    m_view->setColumnWidth(InvoiceListModel::StatusColumn, 120);
    m_view->header()->setMinimumSectionSize(40);
    m_view->header()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(InvoiceListModel::NumberColumn, new ElidingDelegate(Qt::ElideLeft, m_view));

    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    fillTypeFilter();
    updateFooter();
}

void InvoiceListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvoiceListPanel::fillTypeFilter()
{
    // Only the types present in the claim, so the filter never offers an empty list.
    QStringList present;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString key = m_model->index(r, 0).data(InvoiceListModel::TypeKeyRole).toString();
        if (!key.isEmpty() && !present.contains(key))
            present << key;
    }
    const QString current = m_typeFilter->currentData().toString();
    QStringList shown;
    for (int i = 1; i < m_typeFilter->count(); ++i)
        shown << m_typeFilter->itemData(i).toString();
    if (m_typeFilter->count() > 0 && shown == present)
        return;
    const QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), QString());
    for (InvoiceType t : allInvoiceTypes()) {
        const QString key = invoiceTypeKey(t);
        if (present.contains(key) || key == current)
            m_typeFilter->addItem(uilanguage::isChinese() ? invoiceTypeNameZh(t) : invoiceTypeNameEn(t), key);
    }
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
