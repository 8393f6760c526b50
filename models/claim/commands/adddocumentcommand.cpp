#include "claim/commands/adddocumentcommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

AddDocumentCommand::AddDocumentCommand(ClaimDocument *document, const ClaimOriginal &original,
                                       const QByteArray &bytes, const RecognitionRecord &record,
                                       const QList<ClaimInvoice> &invoices, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_original(original), m_bytes(bytes), m_record(record),
      m_invoices(invoices)
{
    setText(QCoreApplication::translate("Undo Commands", "Add %1").arg(original.name));
}

void AddDocumentCommand::redo()
{
    if (!m_document->applyAddDocument(m_original, m_bytes, m_record, m_invoices))
        setObsolete(true);
}

void AddDocumentCommand::undo()
{
    if (!m_document->applyRemoveDocument(m_original.sha256))
        setObsolete(true);
}

} // namespace ra
