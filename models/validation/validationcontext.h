#pragma once

#include <QDate>
#include <QString>

namespace ra {

// What the single-invoice rules need to know beyond the invoice itself. Empty strings mean
// "not configured": buyer_mismatch then stays silent.
struct ValidationContext
{
    QString companyName;   // the claimant's company, as it should appear as 购买方名称
    QString companyTaxId;  // its 纳税人识别号
    QDate today = QDate::currentDate(); // tests pass a fixed date; date_future compares to it
};

} // namespace ra
