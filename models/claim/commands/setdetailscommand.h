#pragma once

#include "claim/claimdetails.h"

#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Changes the claim details (claimant, purpose, period, ...) as one step.
class SetDetailsCommand : public QUndoCommand
{
public:
    SetDetailsCommand(ClaimDocument *document, const ClaimDetails &before, const ClaimDetails &after,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    ClaimDetails m_before;
    ClaimDetails m_after;
};

} // namespace ra
