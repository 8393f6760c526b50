#pragma once

#include "claimdetails.h"
#include "claimintake.h"
#include "claiminvoice.h"
#include "claimoriginal.h"
#include "fieldedit.h"
#include "recognitionrecord.h"

#include <QList>
#include <QString>

namespace ra {

// Everything a claim holds except the original bytes (read on demand): a plain value, so a
// snapshot can go to an export on another thread while the document carries on.
struct ClaimData
{
    QString claimId;                        // UUID, stable across Save As; names the claim in the ledger
    ClaimDetails details;
    QList<ClaimOriginal> originals;         // in the order they were added
    QList<RecognitionRecord> recognitions;  // every result ever received, oldest first
    QList<ClaimInvoice> invoices;           // claim order (by id)
    QList<FieldEdit> history;               // oldest first
    QList<ClaimIntake> intake;              // files not (yet) recognised, in the order accepted

    const ClaimInvoice *invoice(qint64 id) const
    {
        for (const ClaimInvoice &i : invoices)
            if (i.id == id)
                return &i;
        return nullptr;
    }
    const ClaimIntake *intakeEntry(qint64 id) const
    {
        for (const ClaimIntake &e : intake)
            if (e.id == id)
                return &e;
        return nullptr;
    }
    const ClaimOriginal *original(const QString &sha256) const
    {
        for (const ClaimOriginal &o : originals)
            if (o.sha256 == sha256)
                return &o;
        return nullptr;
    }

    friend bool operator==(const ClaimData &, const ClaimData &) = default;
};

} // namespace ra
