#pragma once

#include "claim/claimdata.h"
#include "invoicetype.h"

#include <QList>
#include <QString>

namespace ra {

// What one invoice adds to the figures of a claim. The three amounts are one set that adds up
// (金额 + 税额 = 价税合计) wherever the invoice allows it, so no export counts an invoice in one
// column and not in another: an invoice that states no 价税合计 (a QR code of an older kind
// carries only the pre-tax amount, whatever the type) counts 金额 + 税额 there, and one that
// states 价税合计 and 税额 but no 金额 counts the difference as 金额. An amount that is there but
// does not parse is not replaced: it adds nothing, and the exports show it as text.
struct InvoiceAmounts
{
    qint64 pretaxFen = 0;
    qint64 taxFen = 0;
    qint64 totalFen = 0;
    bool hasPretax = false;      // stated or derived
    bool hasTax = false;         // stated only
    bool hasTotal = false;       // stated or derived
    bool pretaxDerived = false;
    bool totalDerived = false;

    // Only a total (taxi, train and bus tickets): it counts in 价税合计 alone.
    bool totalOnly() const { return hasTotal && !hasPretax && !hasTax; }

    static InvoiceAmounts of(const Invoice &invoice);
};

// The figures of a claim an accountant checks first: how many invoices, how much in total,
// per invoice type, and what is still wrong. Every export (PDF report, XLSX, CSV, JSON) takes
// its amounts from InvoiceAmounts, so their totals agree. Files of the claim that are not
// recognised (ClaimData::intake) are not invoices and count nowhere here.
struct ClaimSummary
{
    struct TypeSubtotal
    {
        InvoiceType type = InvoiceType::Unknown;
        int count = 0;
        qint64 pretaxFen = 0;
        qint64 taxFen = 0;
        qint64 totalFen = 0;
    };
    struct OpenFinding
    {
        int index = 0;          // 1-based row of the invoice in the claim
        qint64 invoiceId = 0;
        QString label;          // "taxi.jpg p.1"
        Finding finding;
    };

    int count = 0;
    qint64 pretaxFen = 0;
    qint64 taxFen = 0;
    qint64 totalFen = 0;
    // The part of totalFen from invoices that state only a total, so the report can show
    // 金额 + 税额 + this = 价税合计.
    int totalOnlyCount = 0;
    qint64 totalOnlyFen = 0;
    QList<TypeSubtotal> byType;      // in the order of allInvoiceTypes(), types present only
    QList<OpenFinding> openFindings; // warnings and errors, in claim order
    // Supporting documents (ride-hailing itineraries: isSupportingDocument) are in the claim
    // beside their invoice but in none of the figures above: their amount is the invoice's.
    int supportingCount = 0;
    int supportingUnlinked = 0;      // of them, those no invoice of the claim was found for

    static ClaimSummary of(const ClaimData &data);
};

} // namespace ra
