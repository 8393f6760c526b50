#include "claim/commands/setinvoicetypecommand.h"

#include "claim/claimdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra {

SetInvoiceTypeCommand::SetInvoiceTypeCommand(ClaimDocument *document, qint64 invoiceId, InvoiceType before,
                                             const QString &beforeSource, bool beforeInferred, InvoiceType after,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_invoiceId(invoiceId), m_before(before),
      m_beforeSource(beforeSource), m_beforeInferred(beforeInferred), m_after(after)
{
    setText(QCoreApplication::translate("Undo Commands", "Change invoice type"));
}

void SetInvoiceTypeCommand::redo()
{
    if (!m_document->applyType(m_invoiceId, m_after, u"user"_s, false, false))
        setObsolete(true);
}

void SetInvoiceTypeCommand::undo()
{
    if (!m_document->applyType(m_invoiceId, m_before, m_beforeSource, m_beforeInferred, true))
        setObsolete(true);
}

} // namespace ra
