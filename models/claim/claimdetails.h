#pragma once

#include <QDate>
#include <QString>

namespace ra {

// What a claim says about itself: who claims, for what, over which period. The company name
// and tax id feed the buyer check of the validation rules.
struct ClaimDetails
{
    QString title;          // optional short name ("2024-05 Shanghai trip")
    QString claimant;       // 报销人
    QString department;     // 部门
    QString purpose;        // 事由
    QDate periodStart;      // 期间
    QDate periodEnd;
    QString currency = QStringLiteral("CNY");
    QString companyName;    // the employer, as it should appear as 购买方
    QString companyTaxId;

    // How other claims name this one (the duplicate ledger, window titles): the title, else
    // the purpose, else the claimant; empty when none is set.
    QString displayName() const
    {
        if (!title.isEmpty())
            return title;
        if (!purpose.isEmpty())
            return purpose;
        return claimant;
    }

    friend bool operator==(const ClaimDetails &, const ClaimDetails &) = default;
};

} // namespace ra
