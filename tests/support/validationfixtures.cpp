#include "validationfixtures.h"

#include "validation/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

Invoice makeInvoice(InvoiceType type, const KV &fields, const QString &source)
{
    Invoice inv;
    inv.type = type;
    for (const auto &[k, v] : fields)
        inv.set(k, makeField(v, source));
    return inv;
}

FieldMap makeItem(const KV &cells)
{
    FieldMap m;
    for (const auto &[k, v] : cells)
        m.insert(k, makeField(v, u"pdf:text"_s));
    return m;
}

QStringList summary(const FindingList &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule + u':' + severityKey(f.severity);
    return out;
}

void verifyWellFormed(const FindingList &findings)
{
    const QStringList ids = allRuleIds();
    for (const Finding &f : findings) {
        QVERIFY2(ids.contains(f.rule), qPrintable(f.rule));
        QVERIFY2(!f.message.isEmpty() && !f.messageZh.isEmpty(), qPrintable(f.rule));
        QVERIFY2(!f.fields.isEmpty(), qPrintable(f.rule));
        QVERIFY2(!f.message.contains(u"%1") && !f.messageZh.contains(u"%1"), qPrintable(f.message));
    }
}

Invoice goodLegacy()
{
    Invoice inv = makeInvoice(InvoiceType::VatElectronicNormal,
                              {{u"code"_s, u"012001900111"_s},
                               {u"number"_s, u"51142414"_s},
                               {u"date"_s, u"2019-07-20"_s},
                               {u"check_code"_s, u"65431824771847114698"_s},
                               {u"pretax_amount"_s, u"47.26"_s},
                               {u"tax_amount"_s, u"6.14"_s},
                               {u"total"_s, u"53.40"_s},
                               {u"total_in_words"_s, u"伍拾叁圆肆角"_s},
                               {u"seller_tax_id"_s, u"91120110MA06J3WLX8"_s},
                               {u"buyer_name"_s, u"个人"_s}});
    inv.items << makeItem({{u"name"_s, u"*日用品*纸巾"_s}, {u"amount"_s, u"47.26"_s},
                           {u"tax_rate"_s, u"13%"_s}, {u"tax_amount"_s, u"6.14"_s}});
    inv.qrcodes << u"01,10,012001900111,51142414,47.26,20190720,65431824771847114698,8BDD,"_s;
    return inv;
}

Invoice goodDigital()
{
    Invoice inv = makeInvoice(InvoiceType::DigitalSpecial,
                              {{u"number"_s, u"25322000000137756448"_s},
                               {u"date"_s, u"2025-03-28"_s},
                               {u"pretax_amount"_s, u"377.36"_s},
                               {u"tax_amount"_s, u"22.64"_s},
                               {u"total"_s, u"400.00"_s},
                               {u"total_in_words"_s, u"肆佰圆整"_s},
                               {u"seller_tax_id"_s, u"91321204MABNR8XA9N"_s},
                               {u"buyer_name"_s, u"苏州信泰宜合信息技术有限公司"_s},
                               {u"buyer_tax_id"_s, u"91320594769869645C"_s}});
    inv.items << makeItem({{u"name"_s, u"*住宿服务*住宿费"_s}, {u"amount"_s, u"377.36"_s},
                           {u"tax_rate"_s, u"6%"_s}, {u"tax_amount"_s, u"22.64"_s}});
    inv.qrcodes << u"01,31,,25322000000137756448,400.00,20250328,,123B"_s;
    return inv;
}

} // namespace ra::test
