#pragma once

#include "claim/claiminvoice.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Puts one invoice into the claim on an original that is already there (an invoice entered by
// hand); undo takes it out again. The inverse of RemoveInvoiceCommand.
class AddInvoiceCommand : public QUndoCommand
{
public:
    AddInvoiceCommand(ClaimDocument *document, const ClaimInvoice &invoice, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    ClaimInvoice m_invoice;
};

} // namespace ra
