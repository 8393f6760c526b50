#pragma once

#include "claim/originalbundle.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Adds an original with its recognition result and the invoices found on it. Undo takes all of
// it out of the claim again; the command keeps the bytes for redo.
class AddDocumentCommand : public QUndoCommand
{
public:
    AddDocumentCommand(ClaimDocument *document, const OriginalBundle &bundle, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    OriginalBundle m_bundle;
};

} // namespace ra
