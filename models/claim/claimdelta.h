#pragma once

#include "claimdata.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

namespace ra {

// One change to a claim as the store writes it: everything in here is committed in a single
// transaction, so a crash leaves either all of it or none.
struct ClaimDelta
{
    std::optional<ClaimDetails> details;
    QList<ClaimOriginal> originalsAdded;
    QHash<QString, QByteArray> originalBytes;   // sha256 → bytes, for originalsAdded
    QStringList originalsRemoved;               // sha256; their pages and recognitions go too
    QList<RecognitionRecord> recognitionsAdded;
    QList<ClaimInvoice> invoicesWritten;        // inserted or replaced by id
    QList<qint64> invoicesRemoved;
    QList<FieldEdit> editsAdded;
    QList<ClaimIntake> intakeWritten;           // inserted or replaced by id (bytes kept)
    QHash<qint64, QByteArray> intakeBytes;      // id → bytes, for intakeWritten
    QList<qint64> intakeRemoved;

    bool isEmpty() const
    {
        return !details && originalsAdded.isEmpty() && originalsRemoved.isEmpty()
            && recognitionsAdded.isEmpty() && invoicesWritten.isEmpty() && invoicesRemoved.isEmpty()
            && editsAdded.isEmpty() && intakeWritten.isEmpty() && intakeRemoved.isEmpty();
    }
};

} // namespace ra
