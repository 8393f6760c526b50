#pragma once

#include "invoice.h"

#include <QString>

namespace ra {

// One invoice in a claim: the normalized invoice (fields with provenance, findings) plus
// where it came from. `id` is stable for the life of the claim file (undo and redo keep it),
// so edit history and selection can refer to it.
struct ClaimInvoice
{
    qint64 id = 0;
    QString sha256;            // the original it was recognised on
    qint64 recognitionId = 0;  // the recognition result it came from; 0 when unknown
    Invoice invoice;

    friend bool operator==(const ClaimInvoice &, const ClaimInvoice &) = default;
};

} // namespace ra
