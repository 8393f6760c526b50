#pragma once

#include "claim/originalbundle.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Takes an original out of the claim with its recognition results and invoices; undo puts all
// of it back (same ids), from the copy this command keeps.
class RemoveDocumentCommand : public QUndoCommand
{
public:
    RemoveDocumentCommand(ClaimDocument *document, const OriginalBundle &bundle, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    OriginalBundle m_bundle;
};

} // namespace ra
