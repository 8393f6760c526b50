// The window's entering by hand: an invoice of a chosen type on a file nothing could read, or
// beside the invoices read on a page.
#include "mainwindow.h"

#include "claim/claimdocument.h"
#include "claim/claimintake.h"
#include "fieldform.h"
#include "invoicelistpanel.h"
#include "invoicetype.h"
#include "pageview.h"
#include "threadhandoff.h"

#include <QFile>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

std::optional<InvoiceType> MainWindow::chooseInvoiceType(const QString &file)
{
    QStringList names;
    const QList<InvoiceType> types = allInvoiceTypes();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (InvoiceType t : types)
        names << (chinese ? invoiceTypeNameZh(t) : invoiceTypeNameEn(t));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Enter an Invoice by Hand"),
                                                 tr("What kind of invoice is on “%1”?").arg(file), names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return types.value(names.indexOf(chosen), InvoiceType::Unknown);
}

void MainWindow::enterByHand(qint64 invoiceId, int intakeKey)
{
    if (!invoiceId && !intakeKey) {
        invoiceId = m_list->currentInvoice();
        intakeKey = m_list->currentPending();
    }
    if (const ClaimInvoice *ci = invoiceId ? m_claim->invoice(invoiceId) : nullptr) {
        // Another invoice on the same page of a document that was partly read.
        const ClaimOriginal *o = m_claim->data().original(ci->sha256);
        const auto type = chooseInvoiceType(o ? o->name : QString());
        if (!type)
            return;
        const int page = m_page->invoiceId() == invoiceId ? m_page->pageIndex() + 1 : ci->invoice.page;
        if (const qint64 id = m_claim->addManualInvoice(ci->sha256, *type, page))
            showEnteredByHand(id);
        return;
    }
    const ClaimIntake *e = m_claim->data().intakeEntry(intakeKey);
    if (!e)
        return;
    const auto type = chooseInvoiceType(e->name);
    if (!type)
        return;
    // The file's bytes: the claim's copy, else the file it came from; read on a worker.
    const auto kept = m_claim->intakeReader();
    const bool hasBytes = e->hasBytes;
    const QString path = e->sourcePath;
    const qint64 id = e->id;
    const InvoiceType chosen = *type;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, chosen] {
        watcher->deleteLater();
        const QByteArray bytes = watcher->result();
        if (bytes.isEmpty()) {
            QMessageBox::warning(this, tr("Enter an Invoice by Hand"),
                                 tr("The file cannot be read any more, so there is no page to enter the invoice on. "
                                    "Import it again."));
            return;
        }
        if (const qint64 invoice = m_claim->addManualDocument(id, bytes, chosen))
            showEnteredByHand(invoice);
        else
            QMessageBox::warning(this, tr("Enter an Invoice by Hand"), m_claim->errorString());
    });
    watcher->setFuture(QtConcurrent::run(handoff([kept, hasBytes, path, id] {
        if (hasBytes)
            return kept(id);
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(200LL * 1024 * 1024) : QByteArray();
    })));
}

void MainWindow::showEnteredByHand(qint64 invoiceId)
{
    m_list->selectInvoice(invoiceId);
    m_form->setFocus(Qt::OtherFocusReason);
    m_form->nextField();
    statusBar()->showMessage(tr("Fill in the fields from the page; each one you type is marked as yours. "
                                "Ctrl+M marks where a field is on the page."),
                             10000);
}

void MainWindow::markFieldOnPage()
{
    const qint64 invoiceId = m_page->invoiceId();
    const QString key = m_form->currentField();
    if (!invoiceId || key.isEmpty()) {
        statusBar()->showMessage(tr("Choose an invoice and one of its fields in the form first."), 5000);
        return;
    }
    m_page->beginMarking(invoiceId, key);
    if (m_page->isMarking())
        statusBar()->showMessage(tr("Drag a box around the field’s value on the page (Esc to stop)."));
}

void MainWindow::onFieldMarked(qint64 invoiceId, const QString &key, const QPolygonF &polygon, int page)
{
    statusBar()->clearMessage();
    // A claim file that refuses the change is reported by the claim's storeFailed.
    if (m_claim->setFieldPolygon(invoiceId, key, polygon, page))
        m_page->highlightField(key);
}

} // namespace ra
