#pragma once

#include "field.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// A person changed one field of one invoice. Keeps the whole field before and after, so undo
// restores the machine's value with its source and polygon exactly.
class EditFieldCommand : public QUndoCommand
{
public:
    EditFieldCommand(ClaimDocument *document, qint64 invoiceId, const QString &key, const Field &before,
                     const Field &after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    qint64 m_invoiceId;
    QString m_key;
    Field m_before;
    Field m_after;
};

} // namespace ra
