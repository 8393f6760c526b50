#pragma once

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// A person marked an invoice as reviewed (every value checked against the page), or took the
// mark back. Undoable like any edit, so a slip of the keyboard costs one Ctrl+Z.
class SetReviewedCommand : public QUndoCommand
{
public:
    SetReviewedCommand(ClaimDocument *document, qint64 invoiceId, bool reviewed, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    qint64 m_invoiceId;
    bool m_reviewed;
};

} // namespace ra
