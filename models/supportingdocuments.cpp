#include "supportingdocuments.h"

#include "export/claimsummary.h"
#include "invoicetype.h"
#include "textnormalize.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

struct Platform
{
    QStringView name;
    QList<QStringView> words; // in titles and in the names of the companies that invoice
};

// The companies are the sellers on the platforms' own e-invoices.
const QList<Platform> &platforms()
{
    static const QList<Platform> list = {
        {u"滴滴出行", {u"滴滴", u"小桔"}},
        {u"高德打车", {u"高德"}},
        {u"曹操出行", {u"曹操", u"吉利优行"}},
        {u"T3出行", {u"T3", u"领行"}},
        {u"享道出行", {u"享道"}},
        {u"美团打车", {u"美团", u"三快"}},
        {u"首汽约车", {u"首汽"}},
        {u"如祺出行", {u"如祺"}},
        {u"花小猪打车", {u"花小猪"}},
    };
    return list;
}

} // namespace

QString ridePlatformOf(const QString &text)
{
    const QString t = text::compact(text).toUpper();
    if (t.isEmpty())
        return {};
    for (const Platform &p : platforms())
        for (QStringView w : p.words)
            if (t.contains(w))
                return p.name.toString();
    return {};
}

QString ridePlatformOf(const Invoice &invoice)
{
    if (const QString p = invoice.value(u"platform"_s); !p.isEmpty()) {
        const QString known = ridePlatformOf(p);
        return known.isEmpty() ? p : known;
    }
    const QString fromTitle = ridePlatformOf(invoice.value(u"title"_s));
    return fromTitle.isEmpty() ? ridePlatformOf(invoice.value(u"seller_name"_s)) : fromTitle;
}

QList<SupportingLink> linkSupportingDocuments(const QList<Invoice> &invoices)
{
    QList<SupportingLink> links;
    QSet<int> taken;
    for (int d = 0; d < invoices.size(); ++d) {
        const Invoice &doc = invoices.at(d);
        if (!isSupportingDocument(doc.type))
            continue;
        const InvoiceAmounts amount = InvoiceAmounts::of(doc);
        if (!amount.hasTotal)
            continue;
        const QString platform = ridePlatformOf(doc);
        QList<int> samePlatform;
        QList<int> noPlatform;
        for (int i = 0; i < invoices.size(); ++i) {
            const Invoice &inv = invoices.at(i);
            if (isSupportingDocument(inv.type) || taken.contains(i))
                continue;
            const InvoiceAmounts a = InvoiceAmounts::of(inv);
            if (!a.hasTotal || a.totalFen != amount.totalFen)
                continue;
            const QString seller = ridePlatformOf(inv.value(u"seller_name"_s));
            if (!platform.isEmpty() && seller == platform)
                samePlatform.append(i);
            else if (seller.isEmpty())
                noPlatform.append(i);
        }
        SupportingLink link;
        link.document = d;
        if (samePlatform.size() == 1) {
            link.invoice = samePlatform.first();
        } else if (samePlatform.isEmpty() && noPlatform.size() == 1) {
            link.invoice = noPlatform.first();
            link.uncertain = true;
        } else {
            continue;
        }
        taken.insert(link.invoice);
        links.append(link);
    }
    return links;
}

} // namespace ra
