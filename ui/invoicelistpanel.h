#pragma once

#include "invoicetreeview.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ra {

class InvoiceFilterProxy;
class InvoiceListDelegate;
class InvoiceListModel;

// The left pane: filters over the invoice list, the list, and a footer with the count and the
// sum of the totals shown. The list stays readable when narrow: thumbnail and short type,
// then a fixed-width status column (icon, number of findings, duplicate mark), then the
// total, number, date and seller (which stretches, and is cut first).
class InvoiceListPanel : public QWidget
{
    Q_OBJECT
public:
    InvoiceListPanel(InvoiceListModel *model, QWidget *parent = nullptr);

    InvoiceTreeView *view() const { return m_view; }
    InvoiceListDelegate *delegate() const { return m_delegate; }
    InvoiceFilterProxy *proxy() const { return m_proxy; }

    qint64 currentInvoice() const;
    int currentPending() const;
    QList<qint64> selectedInvoices() const;
    // Makes `invoiceId` current; when a filter hides it, the filters are cleared first.
    void selectInvoice(qint64 invoiceId);
    void selectNext();
    void selectPrevious();
    void focusFilter();
    QString footerText() const;

signals:
    void currentInvoiceChanged(qint64 invoiceId);   // 0 = none (or a document row)
    void currentPendingChanged(int pendingKey);     // 0 = none

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void updateFooter();
    void updateEmptyHint();
    void fitTypeColumn();
    void scheduleRefresh(bool typesToo);
    void fillTypeFilter(bool rename = false);   // rename: rebuild even when the same types are listed
    void retranslate();

    InvoiceListModel *m_model;
    InvoiceFilterProxy *m_proxy;
    QComboBox *m_typeFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    InvoiceTreeView *m_view;
    InvoiceListDelegate *m_delegate;
    QLabel *m_footer;
    qint64 m_current = 0;
    int m_currentPending = 0;
    bool m_refreshQueued = false;
    bool m_typesDirty = false;
    int m_typeWidth = 0;   // the type column's width with its longest short label
};

} // namespace ra
