#pragma once

#include "claiminvoice.h"
#include "claimoriginal.h"
#include "recognitionrecord.h"

#include <QByteArray>
#include <QList>

namespace ra {

// An original with everything that hangs off it in a claim: what adding a document puts in and
// removing it takes out (and what undo puts back).
struct OriginalBundle
{
    ClaimOriginal original;
    QByteArray bytes;
    QList<RecognitionRecord> recognitions;
    QList<ClaimInvoice> invoices;
};

} // namespace ra
