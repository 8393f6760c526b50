#include "export/claimsummary.h"

#include "money.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace ra {

ClaimSummary ClaimSummary::of(const ClaimData &data)
{
    ClaimSummary s;
    QMap<int, TypeSubtotal> byType;
    const QList<InvoiceType> order = allInvoiceTypes();
    int index = 0;
    for (const ClaimInvoice &ci : data.invoices) {
        ++index;
        const Invoice &inv = ci.invoice;
        const qint64 pretax = money::parseFen(inv.value(u"pretax_amount"_s)).value_or(0);
        const qint64 tax = money::parseFen(inv.value(u"tax_amount"_s)).value_or(0);
        const qint64 total = money::parseFen(inv.value(u"total"_s)).value_or(0);
        ++s.count;
        s.pretaxFen += pretax;
        s.taxFen += tax;
        s.totalFen += total;
        TypeSubtotal &t = byType[int(order.indexOf(inv.type))];
        t.type = inv.type;
        ++t.count;
        t.pretaxFen += pretax;
        t.taxFen += tax;
        t.totalFen += total;
        const ClaimOriginal *o = data.original(ci.sha256);
        const QString label = u"%1 p.%2"_s.arg(o ? o->name : ci.sha256.left(12)).arg(inv.page);
        for (const Finding &f : inv.findings)
            if (f.severity != Severity::Info)
                s.openFindings.append({index, ci.id, label, f});
    }
    s.byType = byType.values();
    return s;
}

} // namespace ra
