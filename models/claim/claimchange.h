#pragma once

#include <QMetaType>
#include <QString>

namespace ra {

// The one change event of a ClaimDocument: every command emits exactly one per thing it
// changed, views and item models update from it (never from the commands themselves).
struct ClaimChange
{
    enum class Kind {
        DetailsChanged,    // claim details (claimant, purpose, ...)
        DocumentAdded,     // an original with its recognition result; `sha256`
        DocumentRemoved,   // `sha256`
        InvoiceAdded,      // `invoiceId`
        InvoiceRemoved,    // `invoiceId`
        InvoiceChanged,    // a field (`fieldKey`), the type or the findings of `invoiceId`
        IntakeAdded,       // a file accepted and not recognised yet; `intakeId`
        IntakeChanged,     // its state (recognising, failed, cancelled, ...); `intakeId`
        IntakeRemoved,     // recognised (its invoices arrive in the same change) or dismissed
        Reset,             // everything (a claim was opened)
    };

    Kind kind = Kind::Reset;
    qint64 invoiceId = 0;
    QString sha256;
    QString fieldKey;      // InvoiceChanged: the field edited; empty when findings/type changed
    qint64 intakeId = 0;   // Intake*: the entry

    friend bool operator==(const ClaimChange &, const ClaimChange &) = default;
};

} // namespace ra

Q_DECLARE_METATYPE(ra::ClaimChange)
