#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace ra {

class InvoiceFilterProxy;
class InvoiceListModel;

// The left pane: filters over the invoice list, the list, and a footer with the count and the
// sum of the totals shown.
class InvoiceListPanel : public QWidget
{
    Q_OBJECT
public:
    InvoiceListPanel(InvoiceListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
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

private:
    void onCurrentChanged();
    void updateFooter();
    void scheduleRefresh(bool typesToo);
    void fillTypeFilter();
    void retranslate();

    InvoiceListModel *m_model;
    InvoiceFilterProxy *m_proxy;
    QComboBox *m_typeFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_footer;
    qint64 m_current = 0;
    int m_currentPending = 0;
    bool m_refreshQueued = false;
    bool m_typesDirty = false;
};

} // namespace ra
