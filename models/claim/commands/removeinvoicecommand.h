#pragma once

#include "claim/claiminvoice.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Takes one invoice out of the claim (its original stays); undo puts it back with the same id.
class RemoveInvoiceCommand : public QUndoCommand
{
public:
    RemoveInvoiceCommand(ClaimDocument *document, const ClaimInvoice &invoice, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    ClaimInvoice m_invoice;
};

} // namespace ra
