#include "claim/commands/addinvoicecommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

AddInvoiceCommand::AddInvoiceCommand(ClaimDocument *document, const ClaimInvoice &invoice, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_invoice(invoice)
{
    setText(QCoreApplication::translate("Undo Commands", "Enter invoice by hand"));
}

void AddInvoiceCommand::redo()
{
    if (!m_document->applyInsertInvoice(m_invoice))
        setObsolete(true);
}

void AddInvoiceCommand::undo()
{
    if (!m_document->applyRemoveInvoice(m_invoice.id))
        setObsolete(true);
}

} // namespace ra
