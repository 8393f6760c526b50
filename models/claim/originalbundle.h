#pragma once

#include "claiminvoice.h"
#include "claimintake.h"
#include "claimoriginal.h"
#include "recognitionrecord.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace ra {

// An original with everything that hangs off it in a claim: what adding a document puts in and
// removing it takes out (and what undo puts back).
struct OriginalBundle
{
    ClaimOriginal original;
    QByteArray bytes;
    QList<RecognitionRecord> recognitions;
    QList<ClaimInvoice> invoices;
    // The intake entry the document was waiting as: it leaves the claim when the document comes
    // in, and comes back (as cancelled, with its bytes) when the addition is undone.
    std::optional<ClaimIntake> intake;
};

} // namespace ra
