// The invoice list's commands: remove, mark reviewed and move on, compare providers, and its
// context menu for the rows still being recognised or that failed.
#include "mainwindow.h"

#include "claim/claimdocument.h"
#include "comparedialog.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "invoicestatus.h"
#include "providerhost.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

void MainWindow::removeSelected()
{
    const QList<qint64> ids = m_list->selectedInvoices();
    if (!ids.isEmpty()) {
        m_claim->removeInvoices(ids);
        return;
    }
    if (const int key = m_list->currentPending())
        m_model->removePending(key);
}

void MainWindow::markReviewed()
{
    const qint64 id = m_list->currentInvoice();
    const ClaimInvoice *ci = m_claim->invoice(id);
    if (!ci)
        return;
    if (ci->invoice.reviewed) {
        m_claim->setReviewed(id, false);
        return;
    }
    m_claim->setReviewed(id, true);
    // On to the next invoice that still needs a look, as an accountant works down a pile.
    const QList<ClaimInvoice> &all = m_claim->invoices();
    const int at = int(std::find_if(all.cbegin(), all.cend(), [id](const ClaimInvoice &c) { return c.id == id; }) - all.cbegin());
    for (int step = 1; step < all.size(); ++step) {
        const ClaimInvoice &next = all.at((at + step) % all.size());
        if (!next.invoice.reviewed) {
            m_list->selectInvoice(next.id);
            return;
        }
    }
    statusBar()->showMessage(tr("Every invoice in this claim is reviewed."), 8000);
}

void MainWindow::compareProviders()
{
    const qint64 id = m_list->currentInvoice();
    if (!id)
        return;
    m_host->ensureKeychain();   // the dialog offers the cloud providers
    CompareDialog dialog(m_claim.get(), m_importer, m_host->services()->registry(), id, this);
    dialog.exec();
}

void MainWindow::showListMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_list->view()->indexAt(pos);
    const int pending = index.data(InvoiceListModel::PendingKeyRole).toInt();
    if (pending) {
        const auto status = InvoiceStatus(index.data(InvoiceListModel::StatusRole).toInt());
        if (status == InvoiceStatus::Interrupted) {
            connect(menu.addAction(tr("&Resume")), &QAction::triggered, this, [this, pending] {
                prepareForImport();
                m_importer->resume({pending});
            });
            connect(menu.addAction(tr("Resume A&ll Unfinished")), &QAction::triggered, this, [this] {
                prepareForImport();
                m_importer->resumeUnfinished();
            });
        }
        if (status == InvoiceStatus::Queued || status == InvoiceStatus::Recognising) {
            // this document only: an OCR in progress is stopped with its worker, the batch goes on
            connect(menu.addAction(tr("&Cancel Recognition")), &QAction::triggered, this,
                    [this, pending] { m_importer->cancelDocument(pending); });
        }
        if (status == InvoiceStatus::Error || status == InvoiceStatus::Cancelled) {
            connect(menu.addAction(tr("&Try Again")), &QAction::triggered, this, [this, pending] {
                prepareForImport();
                m_importer->retry(pending);
            });
        }
        if (status == InvoiceStatus::Error || status == InvoiceStatus::Cancelled || status == InvoiceStatus::Interrupted) {
            connect(menu.addAction(tr("&Enter by Hand…")), &QAction::triggered, this,
                    [this, pending] { enterByHand(0, pending); });
            connect(menu.addAction(tr("&Dismiss")), &QAction::triggered, this, [this, pending] { m_model->removePending(pending); });
            connect(menu.addAction(tr("Dismiss &All Errors")), &QAction::triggered, m_model, &InvoiceListModel::clearFailed);
        }
    } else if (index.isValid()) {
        menu.addAction(action(u"markReviewed"_s));
        menu.addAction(action(u"compare"_s));
        menu.addAction(action(u"enterByHand"_s));
        menu.addSeparator();
        menu.addAction(action(u"remove"_s));
    }
    if (!menu.isEmpty())
        menu.exec(m_list->view()->viewport()->mapToGlobal(pos));
}

} // namespace ra
