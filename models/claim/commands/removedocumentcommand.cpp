#include "claim/commands/removedocumentcommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

RemoveDocumentCommand::RemoveDocumentCommand(ClaimDocument *document, const OriginalBundle &bundle,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_bundle(bundle)
{
    setText(QCoreApplication::translate("Undo Commands", "Remove %1").arg(bundle.original.name));
}

void RemoveDocumentCommand::redo()
{
    if (!m_document->applyRemoveDocument(m_bundle.original.sha256))
        setObsolete(true);
}

void RemoveDocumentCommand::undo()
{
    if (!m_document->applyAddDocument(m_bundle))
        setObsolete(true);
}

} // namespace ra
