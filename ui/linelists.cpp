#include "linelists.h"

#include "fieldlayout.h"
#include "fieldlistmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTabBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QTableView *makeListView(FieldListModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void fitListColumns(QTableView *view, FieldListModel *model)
{
    for (int c = 0; c < model->columnCount(); ++c)
        view->setColumnHidden(c, !model->columnHasValues(c));
    // Sized from the first rows only: laying out every cell of an invoice with hundreds of lines
    // held the window for tens of milliseconds each time the invoice was selected, and the
    // widths are capped below anyway.
    view->horizontalHeader()->setResizeContentsPrecision(24);
    view->resizeColumnsToContents();
    // A long item name must not push the amounts out of sight.
    const int cap = qMax(80, view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    for (int c = 0; c < model->columnCount(); ++c)
        if (view->columnWidth(c) > cap)
            view->setColumnWidth(c, cap);
}

} // namespace

LineLists::LineLists(QWidget *parent)
    : QTabWidget(parent), m_items(new FieldListModel(FieldLayout::itemKeys(), this)),
      m_flights(new FieldListModel(FieldLayout::flightKeys(), this)),
      m_trips(new FieldListModel(FieldLayout::tripKeys(), this))
{
    setObjectName(u"lineLists"_s);
    setDocumentMode(true);
    m_itemView = makeListView(m_items, this);
    m_itemView->setObjectName(u"itemTable"_s);
    m_flightView = makeListView(m_flights, this);
    m_flightView->setObjectName(u"flightTable"_s);
    m_tripView = makeListView(m_trips, this);
    m_tripView->setObjectName(u"tripTable"_s);
    addTab(m_itemView, QString());
    addTab(m_flightView, QString());
    addTab(m_tripView, QString());
}

void LineLists::setInvoice(const Invoice *inv)
{
    m_items->setRows(inv ? inv->items : QList<FieldMap>());
    m_flights->setRows(inv ? inv->flights : QList<FieldMap>());
    m_trips->setRows(inv ? inv->trips : QList<FieldMap>());
    const struct
    {
        int tab;
        FieldListModel *model;
        QTableView *view;
        QString title;
    } lists[] = {
        // The form's context: these lists were part of it, and the catalogues translate them there.
        {0, m_items, m_itemView, QCoreApplication::translate("ra::FieldForm", "Items (%1)")},
        {1, m_flights, m_flightView, QCoreApplication::translate("ra::FieldForm", "Flights (%1)")},
        {2, m_trips, m_tripView, QCoreApplication::translate("ra::FieldForm", "Trips (%1)")},
    };
    bool any = false;
    for (const auto &l : lists) {
        const int n = l.model->rowCount();
        setTabText(l.tab, l.title.arg(n));
        setTabVisible(l.tab, n > 0);
        if (n > 0) {
            fitListColumns(l.view, l.model);
            if (!any && !isTabVisible(currentIndex()))
                setCurrentIndex(l.tab);
            any = true;
        }
    }
    setVisible(any);
}

bool LineLists::hasRows() const
{
    return m_items->rowCount() + m_flights->rowCount() + m_trips->rowCount() > 0;
}

int LineLists::wantedHeight() const
{
    auto *view = qobject_cast<QTableView *>(currentWidget());
    if (!view || !view->model())
        return 0;
    const int rows = qMin(view->model()->rowCount(), 6);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return tabBar()->sizeHint().height() + view->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + scrollBar + 2 * view->frameWidth() + 4;
}

} // namespace ra
