#include "claim/commands/setdetailscommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

SetDetailsCommand::SetDetailsCommand(ClaimDocument *document, const ClaimDetails &before,
                                     const ClaimDetails &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("Undo Commands", "Change claim details"));
}

void SetDetailsCommand::redo()
{
    if (!m_document->applyDetails(m_after))
        setObsolete(true);
}

void SetDetailsCommand::undo()
{
    if (!m_document->applyDetails(m_before))
        setObsolete(true);
}

} // namespace ra
