#include "claim/commands/setreviewedcommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

SetReviewedCommand::SetReviewedCommand(ClaimDocument *document, qint64 invoiceId, bool reviewed,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_invoiceId(invoiceId), m_reviewed(reviewed)
{
    setText(reviewed ? QCoreApplication::translate("Undo Commands", "Mark reviewed")
                     : QCoreApplication::translate("Undo Commands", "Mark not reviewed"));
}

void SetReviewedCommand::redo()
{
    if (!m_document->applyReviewed(m_invoiceId, m_reviewed))
        setObsolete(true);
}

void SetReviewedCommand::undo()
{
    if (!m_document->applyReviewed(m_invoiceId, !m_reviewed))
        setObsolete(true);
}

} // namespace ra
