#pragma once

#include "invoice.h"

#include <QTabWidget>

class QTableView;

namespace ra {

class FieldListModel;

// The field form's line lists, one tab each: the items of a VAT invoice, the flights of an
// itinerary, the trips of a ride-hailing statement. Tabs without rows are hidden, and so are
// columns nobody filled, so the lists fit the narrow panel.
class LineLists : public QTabWidget
{
    Q_OBJECT
public:
    explicit LineLists(QWidget *parent = nullptr);

    // Shows the invoice's lines (none: every tab hidden, and the widget too).
    void setInvoice(const Invoice *invoice);
    bool hasRows() const;
    // The height the current tab needs for up to six rows.
    int wantedHeight() const;

private:
    FieldListModel *m_items;
    FieldListModel *m_flights;
    FieldListModel *m_trips;
    QTableView *m_itemView;
    QTableView *m_flightView;
    QTableView *m_tripView;
};

} // namespace ra
