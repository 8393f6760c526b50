#include "claim/commands/adddocumentcommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

AddDocumentCommand::AddDocumentCommand(ClaimDocument *document, const OriginalBundle &bundle, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_bundle(bundle)
{
    setText(QCoreApplication::translate("Undo Commands", "Add %1").arg(bundle.original.name));
}

void AddDocumentCommand::redo()
{
    if (!m_document->applyAddDocument(m_bundle))
        setObsolete(true);
}

void AddDocumentCommand::undo()
{
    if (!m_document->applyRemoveDocument(m_bundle.original.sha256, m_bundle.intake, m_bundle.bytes))
        setObsolete(true);
}

} // namespace ra
