#pragma once

#include "invoicetype.h"

#include <QString>
#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// A person corrected an invoice's type. Undo restores the type with its source and the
// "inferred" mark.
class SetInvoiceTypeCommand : public QUndoCommand
{
public:
    SetInvoiceTypeCommand(ClaimDocument *document, qint64 invoiceId, InvoiceType before,
                          const QString &beforeSource, bool beforeInferred, InvoiceType after,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    qint64 m_invoiceId;
    InvoiceType m_before;
    QString m_beforeSource;
    bool m_beforeInferred;
    InvoiceType m_after;
};

} // namespace ra
