#include "claim/commands/removeinvoicecommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

RemoveInvoiceCommand::RemoveInvoiceCommand(ClaimDocument *document, const ClaimInvoice &invoice,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_invoice(invoice)
{
    setText(QCoreApplication::translate("Undo Commands", "Remove invoice"));
}

void RemoveInvoiceCommand::redo()
{
    if (!m_document->applyRemoveInvoice(m_invoice.id))
        setObsolete(true);
}

void RemoveInvoiceCommand::undo()
{
    if (!m_document->applyInsertInvoice(m_invoice))
        setObsolete(true);
}

} // namespace ra
