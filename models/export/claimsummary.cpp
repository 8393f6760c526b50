#include "export/claimsummary.h"

#include "money.h"
#include "supportingdocuments.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra {

InvoiceAmounts InvoiceAmounts::of(const Invoice &invoice)
{
    InvoiceAmounts a;
    // Absent (or cleared by an edit) is not the same as unreadable: only the first is derived.
    const auto read = [&invoice](const QString &key, qint64 &fen, bool &has) {
        const QString text = invoice.value(key);
        if (text.isEmpty())
            return false;
        if (const auto v = money::parseFen(text)) {
            fen = *v;
            has = true;
        }
        return true;
    };
    const bool pretaxThere = read(u"pretax_amount"_s, a.pretaxFen, a.hasPretax);
    read(u"tax_amount"_s, a.taxFen, a.hasTax);
    const bool totalThere = read(u"total"_s, a.totalFen, a.hasTotal);
    if (!totalThere && (a.hasPretax || a.hasTax)) {
        a.totalFen = a.pretaxFen + a.taxFen;
        a.hasTotal = a.totalDerived = true;
    } else if (!pretaxThere && a.hasTotal && a.hasTax) {
        a.pretaxFen = a.totalFen - a.taxFen;
        a.hasPretax = a.pretaxDerived = true;
    }
    return a;
}

ClaimSummary ClaimSummary::of(const ClaimData &data)
{
    ClaimSummary s;
    QMap<int, TypeSubtotal> byType;
    const QList<InvoiceType> order = allInvoiceTypes();
    int index = 0;
    QList<Invoice> all;
    all.reserve(data.invoices.size());
    for (const ClaimInvoice &ci : data.invoices)
        all.append(ci.invoice);
    QSet<int> linked;
    for (const SupportingLink &l : linkSupportingDocuments(all))
        linked.insert(l.document);
    for (const ClaimInvoice &ci : data.invoices) {
        ++index;
        const Invoice &inv = ci.invoice;
        const ClaimOriginal *o = data.original(ci.sha256);
        const QString label = u"%1 p.%2"_s.arg(o ? o->name : ci.sha256.left(12)).arg(inv.page);
        if (isSupportingDocument(inv.type)) {
            // Not counted: its amount is its invoice's. Its findings still need a look.
            ++s.supportingCount;
            if (!linked.contains(index - 1))
                ++s.supportingUnlinked;
            for (const Finding &f : inv.findings)
                if (f.severity != Severity::Info)
                    s.openFindings.append({index, ci.id, label, f});
            continue;
        }
        const InvoiceAmounts a = InvoiceAmounts::of(inv);
        const qint64 pretax = a.pretaxFen;
        const qint64 tax = a.taxFen;
        const qint64 total = a.totalFen;
        ++s.count;
        if (a.totalOnly()) {
            ++s.totalOnlyCount;
            s.totalOnlyFen += total;
        }
        s.pretaxFen += pretax;
        s.taxFen += tax;
        s.totalFen += total;
        TypeSubtotal &t = byType[int(order.indexOf(inv.type))];
        t.type = inv.type;
        ++t.count;
        t.pretaxFen += pretax;
        t.taxFen += tax;
        t.totalFen += total;
        for (const Finding &f : inv.findings)
            if (f.severity != Severity::Info)
                s.openFindings.append({index, ci.id, label, f});
    }
    s.byType = byType.values();
    return s;
}

} // namespace ra
