#pragma once

#include "claim/claimdata.h"
#include "invoicetype.h"

#include <QList>
#include <QString>

namespace ra {

// The figures of a claim an accountant checks first: how many invoices, how much in total,
// per invoice type, and what is still wrong. Amounts that do not parse count as invoices but
// add nothing (they show up as findings).
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
    QList<TypeSubtotal> byType;      // in the order of allInvoiceTypes(), types present only
    QList<OpenFinding> openFindings; // warnings and errors, in claim order

    static ClaimSummary of(const ClaimData &data);
};

} // namespace ra
