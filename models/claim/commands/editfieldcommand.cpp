#include "claim/commands/editfieldcommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

namespace ra {

EditFieldCommand::EditFieldCommand(ClaimDocument *document, qint64 invoiceId, const QString &key,
                                   const Field &before, const Field &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_invoiceId(invoiceId), m_key(key), m_before(before),
      m_after(after)
{
    setText(QCoreApplication::translate("Undo Commands", "Edit %1").arg(key));
}

void EditFieldCommand::redo()
{
    // A change the claim file refused never enters the undo stack.
    if (!m_document->applyField(m_invoiceId, m_key, m_after, false))
        setObsolete(true);
}

void EditFieldCommand::undo()
{
    if (!m_document->applyField(m_invoiceId, m_key, m_before, true))
        setObsolete(true);
}

} // namespace ra
