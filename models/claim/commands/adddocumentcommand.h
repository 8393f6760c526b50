#pragma once

#include "claim/claiminvoice.h"
#include "claim/claimoriginal.h"
#include "claim/recognitionrecord.h"

#include <QByteArray>
#include <QList>
#include <QUndoCommand>

namespace ra {

class ClaimDocument;

// Adds an original file with its recognition result and the invoices found on it. Undo takes
// all of it out of the claim again; the command keeps the bytes for redo.
class AddDocumentCommand : public QUndoCommand
{
public:
    AddDocumentCommand(ClaimDocument *document, const ClaimOriginal &original, const QByteArray &bytes,
                       const RecognitionRecord &record, const QList<ClaimInvoice> &invoices,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ClaimDocument *m_document;
    ClaimOriginal m_original;
    QByteArray m_bytes;
    RecognitionRecord m_record;
    QList<ClaimInvoice> m_invoices;
};

} // namespace ra
