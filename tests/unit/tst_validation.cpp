// The validation rules of docs/validation-rules.md: each rule alone (data-driven, asserting
// the rule id, severity, highlighted fields and the concrete messages), the whole validator,
// duplicate marking across a run, and a pass over the real fixtures' ground truth.
#include "qr/qrpayload.h"
#include "testpaths.h"
#include "validation/rules.h"
#include "validation/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

Q_DECLARE_METATYPE(ra::Invoice)

namespace {

using KV = QList<std::pair<QString, QString>>;

Invoice makeInvoice(InvoiceType type, const KV &fields, const QString &source = u"pdf:text"_s)
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

// "rule:severity" per finding, for compact comparisons.
QStringList summary(const FindingList &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule + u':' + severityKey(f.severity);
    return out;
}

// Every finding must be complete: both messages, a known rule id, at least one field.
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

// A consistent 数电 and a consistent legacy invoice, from real-looking values.
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

const QDate kToday(2025, 6, 1);

} // namespace

class TstValidation : public QObject
{
    Q_OBJECT

private slots:
    void totalMismatch_data();
    void totalMismatch();
    void totalMismatchMessages();
    void itemsSum_data();
    void itemsSum();
    void taxRate_data();
    void taxRate();
    void itemTax_data();
    void itemTax();
    void itemTaxMessage();
    void words_data();
    void words();
    void taxIds_data();
    void taxIds();
    void taxIdMessages();
    void codeType_data();
    void codeType();
    void numberFormat_data();
    void numberFormat();
    void dates_data();
    void dates();
    void qr_data();
    void qr();
    void qrMessageNamesField();
    void qrOnly_data();
    void qrOnly();
    void buyer_data();
    void buyer();
    void sourceConflicts_data();
    void sourceConflicts();
    void duplicates();
    void duplicatesRerunAndLabels();
    void identity_data();
    void identity();
    void goodInvoicesPass();
    void everyRuleFires();
    void revalidateKeepsForeignFindings();
    void ruleIds();
    void realFixtures();
    void arbitraryValuesNeverCrash();
};

// ---- total_mismatch ---------------------------------------------------------------------

void TstValidation::totalMismatch_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](const QString &p, const QString &t, const QString &s) {
        KV kv;
        if (!p.isNull())
            kv << std::pair{u"pretax_amount"_s, p};
        if (!t.isNull())
            kv << std::pair{u"tax_amount"_s, t};
        if (!s.isNull())
            kv << std::pair{u"total"_s, s};
        return makeInvoice(InvoiceType::VatSpecial, kv);
    };
    QTest::newRow("consistent") << inv(u"100.00"_s, u"13.00"_s, u"113.00"_s) << QStringList();
    QTest::newRow("off-by-one-fen") << inv(u"100.00"_s, u"13.00"_s, u"113.01"_s)
                                    << QStringList{u"total_mismatch:error"_s};
    QTest::newRow("wrong-total") << inv(u"100.00"_s, u"13.00"_s, u"112.00"_s)
                                 << QStringList{u"total_mismatch:error"_s};
    QTest::newRow("tax-exempt-stars") << inv(u"100.00"_s, u"***"_s, u"100.00"_s) << QStringList();
    QTest::newRow("tax-exempt-stars-other-total") << inv(u"100.00"_s, u"***"_s, u"90.00"_s) << QStringList();
    QTest::newRow("tax-absent") << inv(u"100.00"_s, QString(), u"112.00"_s) << QStringList();
    QTest::newRow("total-absent") << inv(u"100.00"_s, u"13.00"_s, QString()) << QStringList();
    QTest::newRow("zero-tax") << inv(u"57.00"_s, u"0.00"_s, u"57.00"_s) << QStringList();
    QTest::newRow("red-letter") << inv(u"-100.00"_s, u"-13.00"_s, u"-113.00"_s) << QStringList();
    QTest::newRow("red-letter-wrong") << inv(u"-100.00"_s, u"-13.00"_s, u"-87.00"_s)
                                      << QStringList{u"total_mismatch:error"_s};
    QTest::newRow("real-53.40") << inv(u"47.26"_s, u"6.14"_s, u"53.40"_s) << QStringList();
}

void TstValidation::totalMismatch()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkTotal(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidation::totalMismatchMessages()
{
    const Invoice inv = makeInvoice(InvoiceType::VatSpecial, {{u"pretax_amount"_s, u"100.00"_s},
                                                              {u"tax_amount"_s, u"13.00"_s},
                                                              {u"total"_s, u"112.00"_s}});
    const FindingList f = rules::checkTotal(inv);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().message, u"Pre-tax 100.00 + tax 13.00 = 113.00, but the total says 112.00."_s);
    QCOMPARE(f.first().messageZh, u"合计金额 100.00 + 合计税额 13.00 = 113.00，但价税合计为 112.00。"_s);
    QCOMPARE(f.first().fields, (QStringList{u"pretax_amount"_s, u"tax_amount"_s, u"total"_s}));
}

// ---- items_sum_mismatch -----------------------------------------------------------------

void TstValidation::itemsSum_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");

    const auto base = [](const QString &pretax, const QString &tax) {
        return makeInvoice(InvoiceType::VatSpecial, {{u"pretax_amount"_s, pretax}, {u"tax_amount"_s, tax}});
    };
    Invoice ok = base(u"150.00"_s, u"19.50"_s);
    ok.items << makeItem({{u"amount"_s, u"100.00"_s}, {u"tax_amount"_s, u"13.00"_s}})
             << makeItem({{u"amount"_s, u"50.00"_s}, {u"tax_amount"_s, u"6.50"_s}});
    QTest::newRow("consistent") << ok << QStringList();

    Invoice discount = base(u"90.00"_s, u"11.70"_s);
    discount.items << makeItem({{u"amount"_s, u"100.00"_s}, {u"tax_amount"_s, u"13.00"_s}})
                   << makeItem({{u"amount"_s, u"-10.00"_s}, {u"tax_amount"_s, u"-1.30"_s}});
    QTest::newRow("discount-line") << discount << QStringList();

    Invoice amounts = base(u"160.00"_s, u"19.50"_s);
    amounts.items = ok.items;
    QTest::newRow("amounts-off") << amounts << QStringList{u"items_sum_mismatch:warning"_s};

    Invoice taxes = base(u"150.00"_s, u"19.60"_s);
    taxes.items = ok.items;
    QTest::newRow("taxes-off") << taxes << QStringList{u"items_sum_mismatch:warning"_s};

    Invoice both = base(u"160.00"_s, u"19.60"_s);
    both.items = ok.items;
    QTest::newRow("both-off") << both
                              << QStringList{u"items_sum_mismatch:warning"_s, u"items_sum_mismatch:warning"_s};

    Invoice incomplete = base(u"160.00"_s, u"19.60"_s);
    incomplete.items << makeItem({{u"amount"_s, u"100.00"_s}, {u"tax_amount"_s, u"13.00"_s}})
                     << makeItem({{u"name"_s, u"(详见销货清单)"_s}});
    QTest::newRow("item-without-amount") << incomplete << QStringList();

    Invoice exempt = base(u"100.00"_s, u"***"_s);
    exempt.items << makeItem({{u"amount"_s, u"60.00"_s}, {u"tax_rate"_s, u"免税"_s}, {u"tax_amount"_s, u"***"_s}})
                 << makeItem({{u"amount"_s, u"40.00"_s}, {u"tax_rate"_s, u"免税"_s}, {u"tax_amount"_s, u"***"_s}});
    QTest::newRow("tax-exempt") << exempt << QStringList();

    QTest::newRow("no-items") << base(u"1.00"_s, u"2.00"_s) << QStringList();
}

void TstValidation::itemsSum()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkItemsSum(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

// ---- item_tax_mismatch ------------------------------------------------------------------

void TstValidation::taxRate_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("permille"); // -1 = unreadable
    QTest::newRow("percent") << u"13%"_s << 130;
    QTest::newRow("full-width-percent") << u"13％"_s << 130;
    QTest::newRow("fraction") << u"0.13"_s << 130;
    QTest::newRow("bare-percent-number") << u"13"_s << 130;
    QTest::newRow("simplified-1.5") << u"1.5%"_s << 15;
    QTest::newRow("fraction-1.5") << u"0.015"_s << 15;
    QTest::newRow("half-percent") << u"0.5%"_s << 5;
    QTest::newRow("six") << u"6%"_s << 60;
    QTest::newRow("three-bare") << u"3"_s << 30;
    QTest::newRow("zero-percent") << u"0%"_s << 0;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("exempt") << u"免税"_s << 0;
    QTest::newRow("not-taxed") << u"不征税"_s << 0;
    QTest::newRow("stars") << u"***"_s << 0;
    QTest::newRow("text") << u"abc"_s << -1;
    QTest::newRow("too-fine") << u"13.25%"_s << -1;
    QTest::newRow("above-100") << u"101%"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("dot-only") << u".%"_s << -1;
}

void TstValidation::taxRate()
{
    QFETCH(QString, rate);
    QFETCH(int, permille);
    const auto r = rules::parseTaxRatePermille(rate);
    QCOMPARE(r.value_or(-1), permille);
}

void TstValidation::itemTax_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto one = [](const QString &amount, const QString &rate, const QString &tax) {
        Invoice inv = makeInvoice(InvoiceType::VatSpecial, {});
        KV cells = {{u"amount"_s, amount}, {u"tax_amount"_s, tax}};
        if (!rate.isNull())
            cells << std::pair{u"tax_rate"_s, rate};
        inv.items << makeItem(cells);
        return inv;
    };
    const QStringList hit = {u"item_tax_mismatch:warning"_s};
    QTest::newRow("exact") << one(u"100.00"_s, u"13%"_s, u"13.00"_s) << QStringList();
    QTest::newRow("tax-inclusive-entry-one-fen") << one(u"88.50"_s, u"13%"_s, u"11.50"_s) << QStringList();
    QTest::newRow("two-fen-off") << one(u"88.50"_s, u"13%"_s, u"11.48"_s) << hit;
    QTest::newRow("fraction-rate") << one(u"100.00"_s, u"0.13"_s, u"13.00"_s) << QStringList();
    QTest::newRow("bare-rate") << one(u"100.00"_s, u"13"_s, u"13.00"_s) << QStringList();
    QTest::newRow("wrong-rate") << one(u"100.00"_s, u"9%"_s, u"13.00"_s) << hit;
    QTest::newRow("exempt-stars") << one(u"100.00"_s, u"免税"_s, u"***"_s) << QStringList();
    QTest::newRow("exempt-zero") << one(u"100.00"_s, u"免税"_s, u"0.00"_s) << QStringList();
    QTest::newRow("exempt-with-tax") << one(u"100.00"_s, u"免税"_s, u"5.00"_s) << hit;
    QTest::newRow("not-taxed") << one(u"100.00"_s, u"不征税"_s, u"***"_s) << QStringList();
    QTest::newRow("simplified-1.5") << one(u"100.00"_s, u"1.5%"_s, u"1.50"_s) << QStringList();
    QTest::newRow("discount-line") << one(u"-10.00"_s, u"13%"_s, u"-1.30"_s) << QStringList();
    QTest::newRow("discount-sign-wrong") << one(u"-10.00"_s, u"13%"_s, u"1.30"_s) << hit;
    QTest::newRow("half-rounds-away") << one(u"0.50"_s, u"13%"_s, u"0.07"_s) << QStringList();
    QTest::newRow("unreadable-rate") << one(u"100.00"_s, u"abc"_s, u"50.00"_s) << QStringList();
    QTest::newRow("no-rate") << one(u"100.00"_s, QString(), u"50.00"_s) << QStringList();

    Invoice fallback = one(u"100.00"_s, QString(), u"50.00"_s);
    fallback.set(u"tax_rate"_s, makeField(u"13%"_s, u"pdf:text"_s));
    QTest::newRow("invoice-rate-fallback") << fallback << hit;

    Invoice differential = one(u"100.00"_s, u"6%"_s, u"0.57"_s);
    differential.set(u"remark"_s, makeField(u"差额征税：90.00。"_s, u"pdf:text"_s));
    QTest::newRow("differential-taxation") << differential << QStringList();

    Invoice two = one(u"100.00"_s, u"13%"_s, u"13.00"_s);
    two.items << makeItem({{u"amount"_s, u"200.00"_s}, {u"tax_rate"_s, u"6%"_s}, {u"tax_amount"_s, u"13.00"_s}});
    QTest::newRow("second-line") << two << hit;
}

void TstValidation::itemTax()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkItemTax(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidation::itemTaxMessage()
{
    Invoice inv = makeInvoice(InvoiceType::VatSpecial, {});
    inv.items << makeItem({{u"name"_s, u"办公用品"_s}, {u"amount"_s, u"100.00"_s}})
              << makeItem({{u"name"_s, u"办公用品"_s},
                           {u"amount"_s, u"100.00"_s},
                           {u"tax_rate"_s, u"13%"_s},
                           {u"tax_amount"_s, u"12.00"_s}});
    const FindingList f = rules::checkItemTax(inv);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().message, u"Line 2 (办公用品): 100.00 × 13% = 13.00, but its tax says 12.00."_s);
    QCOMPARE(f.first().messageZh, u"第 2 行（办公用品）：金额 100.00 × 税率 13% = 13.00，但税额为 12.00。"_s);
    QVERIFY(f.first().fields.contains(u"items[1].tax_amount"_s));
}

// ---- words_mismatch ---------------------------------------------------------------------

void TstValidation::words_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](const QString &words, const QString &total) {
        KV kv = {{u"total_in_words"_s, words}};
        if (!total.isNull())
            kv << std::pair{u"total"_s, total};
        return makeInvoice(InvoiceType::VatSpecial, kv);
    };
    QTest::newRow("match") << inv(u"壹佰壹拾叁圆整"_s, u"113.00"_s) << QStringList();
    QTest::newRow("match-with-mark") << inv(u"⊗壹佰壹拾叁圆整"_s, u"113.00"_s) << QStringList();
    QTest::newRow("match-traditional") << inv(u"壹佰壹拾參圓整"_s, u"113.00"_s) << QStringList();
    QTest::newRow("match-optional-zero") << inv(u"壹佰玖拾元壹角玖分"_s, u"190.19"_s) << QStringList();
    QTest::newRow("match-negative") << inv(u"负壹佰壹拾叁圆整"_s, u"-113.00"_s) << QStringList();
    QTest::newRow("mismatch") << inv(u"壹佰壹拾贰圆整"_s, u"113.00"_s) << QStringList{u"words_mismatch:error"_s};
    QTest::newRow("sign-missing") << inv(u"壹佰壹拾叁圆整"_s, u"-113.00"_s) << QStringList{u"words_mismatch:error"_s};
    QTest::newRow("informal-digits") << inv(u"一百一十三元"_s, u"113.00"_s) << QStringList{u"words_mismatch:warning"_s};
    QTest::newRow("unreadable-no-total") << inv(u"壹佰伍圆"_s, QString()) << QStringList{u"words_mismatch:warning"_s};
    QTest::newRow("no-total") << inv(u"壹佰圆整"_s, QString()) << QStringList();
    QTest::newRow("no-words") << makeInvoice(InvoiceType::VatSpecial, {{u"total"_s, u"1.00"_s}}) << QStringList();
}

void TstValidation::words()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkWords(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    for (const Finding &x : f)
        QVERIFY(x.message.contains(inv.value(u"total_in_words"_s)));
}

// ---- tax_id_invalid ---------------------------------------------------------------------

void TstValidation::taxIds_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](const QString &seller, const QString &buyer) {
        KV kv;
        if (!seller.isNull())
            kv << std::pair{u"seller_tax_id"_s, seller};
        if (!buyer.isNull())
            kv << std::pair{u"buyer_tax_id"_s, buyer};
        return makeInvoice(InvoiceType::VatSpecial, kv);
    };
    QTest::newRow("both-valid") << inv(u"91120110MA06J3WLX8"_s, u"91370211MA3MPULP93"_s) << QStringList();
    QTest::newRow("lower-case") << inv(u"91120110ma06j3wlx8"_s, QString()) << QStringList();
    QTest::newRow("personal-buyer-absent") << inv(u"91420000722084584J"_s, QString()) << QStringList();
    QTest::newRow("nothing") << inv(QString(), QString()) << QStringList();
    QTest::newRow("bad-check") << inv(u"91120110MA06J3WLX9"_s, QString()) << QStringList{u"tax_id_invalid:error"_s};
    QTest::newRow("bad-characters") << inv(QString(), u"91370211MA3MPULPO3"_s) << QStringList{u"tax_id_invalid:error"_s};
    QTest::newRow("old-15-digit") << inv(u"410305012345678"_s, QString()) << QStringList{u"tax_id_invalid:warning"_s};
    QTest::newRow("masked-17") << inv(QString(), u"9111000007311XXXX"_s) << QStringList{u"tax_id_invalid:warning"_s};
    QTest::newRow("resident-id") << inv(QString(), u"11010519491231002X"_s) << QStringList();
    QTest::newRow("resident-id-typo") << inv(QString(), u"110105194912310021"_s) << QStringList{u"tax_id_invalid:error"_s};
    QTest::newRow("both-bad") << inv(u"91120110MA06J3WLX9"_s, u"410305123456789"_s)
                              << QStringList{u"tax_id_invalid:error"_s, u"tax_id_invalid:warning"_s};
}

void TstValidation::taxIds()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkTaxIds(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidation::taxIdMessages()
{
    const Invoice bad = makeInvoice(InvoiceType::VatSpecial, {{u"seller_tax_id"_s, u"91120110MA06J3WLX9"_s}});
    const FindingList f = rules::checkTaxIds(bad);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().fields, QStringList{u"seller_tax_id"_s});
    QCOMPARE(f.first().message,
             u"The seller's tax ID 91120110MA06J3WLX9 fails the GB 32100 check: its last character should be 8."_s);
    QCOMPARE(f.first().messageZh, u"销售方纳税人识别号 91120110MA06J3WLX9 校验位错误（按 GB 32100 最后一位应为 8）。"_s);

    // A mistyped resident ID number is personal data: the message must not repeat it.
    const Invoice person = makeInvoice(InvoiceType::VatSpecial, {{u"buyer_tax_id"_s, u"110105194912310021"_s}});
    const FindingList g = rules::checkTaxIds(person);
    QCOMPARE(g.size(), 1);
    QVERIFY(!g.first().message.contains(u"1101051949"));
    QVERIFY(!g.first().messageZh.contains(u"1101051949"));
}

// ---- code_type_mismatch -----------------------------------------------------------------

void TstValidation::codeType_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](InvoiceType t, const QString &code, const QString &number) {
        KV kv;
        if (!code.isNull())
            kv << std::pair{u"code"_s, code};
        if (!number.isNull())
            kv << std::pair{u"number"_s, number};
        return makeInvoice(t, kv);
    };
    const QStringList hit = {u"code_type_mismatch:warning"_s};
    QTest::newRow("e-normal-11") << inv(InvoiceType::VatElectronicNormal, u"012001900111"_s, u"51142414"_s) << QStringList();
    QTest::newRow("toll-code-typed-e-normal") << inv(InvoiceType::VatElectronicNormal, u"042001700112"_s, u"11162913"_s) << QStringList();
    QTest::newRow("e-special-13") << inv(InvoiceType::VatElectronicSpecial, u"052002100113"_s, u"00008006"_s) << QStringList();
    QTest::newRow("special-10-digit") << inv(InvoiceType::VatSpecial, u"1100171130"_s, u"00112233"_s) << QStringList();
    QTest::newRow("normal-code-typed-special") << inv(InvoiceType::VatSpecial, u"044001800104"_s, u"12345678"_s) << hit;
    QTest::newRow("e-normal-code-typed-roll") << inv(InvoiceType::VatRoll, u"012001900111"_s, u"51142414"_s) << hit;
    QTest::newRow("legacy-without-code") << inv(InvoiceType::VatNormal, QString(), u"12345678"_s) << hit;
    QTest::newRow("legacy-code-malformed") << inv(InvoiceType::VatSpecial, u"12345"_s, u"12345678"_s) << hit;
    QTest::newRow("legacy-unknown-structure") << inv(InvoiceType::VatNormal, u"144031900110"_s, u"12345678"_s) << QStringList();
    QTest::newRow("digital-with-code") << inv(InvoiceType::DigitalNormal, u"044001800104"_s, u"25322000000137756448"_s) << hit;
    QTest::newRow("digital-paper") << inv(InvoiceType::DigitalNormal, u"144001800104"_s, u"12345678"_s) << QStringList();
    QTest::newRow("digital-without-code") << inv(InvoiceType::DigitalSpecial, QString(), u"25322000000137756448"_s) << QStringList();
    QTest::newRow("taxi-any-code") << inv(InvoiceType::Taxi, u"144032270119"_s, u"01670989"_s) << QStringList();
    QTest::newRow("unknown-type") << inv(InvoiceType::Unknown, u"044001800104"_s, u"12345678"_s) << QStringList();
}

void TstValidation::codeType()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkCodeType(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

// ---- number_format ----------------------------------------------------------------------

void TstValidation::numberFormat_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](InvoiceType t, const QString &number, const QString &date) {
        KV kv = {{u"number"_s, number}};
        if (!date.isNull())
            kv << std::pair{u"date"_s, date};
        return makeInvoice(t, kv);
    };
    const QStringList error = {u"number_format:error"_s};
    const QStringList warning = {u"number_format:warning"_s};
    QTest::newRow("legacy-8") << inv(InvoiceType::VatElectronicNormal, u"51142414"_s, u"2019-07-20"_s) << QStringList();
    QTest::newRow("legacy-prefix") << inv(InvoiceType::VatElectronicNormal, u"No.51142414"_s, QString()) << QStringList();
    QTest::newRow("digital-20") << inv(InvoiceType::DigitalSpecial, u"25322000000137756448"_s, u"2025-03-28"_s) << QStringList();
    QTest::newRow("digital-train-20") << inv(InvoiceType::DigitalTrain, u"25329166851000825796"_s, u"2025-12-26"_s) << QStringList();
    QTest::newRow("seven-digits") << inv(InvoiceType::VatNormal, u"1234567"_s, QString()) << error;
    QTest::newRow("letters") << inv(InvoiceType::VatNormal, u"1234567A"_s, QString()) << error;
    QTest::newRow("demo-19-digits") << inv(InvoiceType::DigitalFlight, u"9223372036854775807"_s, u"2021-07-28"_s) << error;
    QTest::newRow("taxi-not-checked") << inv(InvoiceType::Taxi, u"123"_s, QString()) << QStringList();
    QTest::newRow("unknown-not-checked") << inv(InvoiceType::Unknown, u"123"_s, QString()) << QStringList();
    QTest::newRow("year-mismatch") << inv(InvoiceType::DigitalNormal, u"23322000000137756448"_s, u"2025-03-28"_s) << warning;
    QTest::newRow("year-minus-one") << inv(InvoiceType::DigitalNormal, u"24322000000137756448"_s, u"2025-01-05"_s) << QStringList();
    QTest::newRow("year-plus-one") << inv(InvoiceType::DigitalNormal, u"26322000000137756448"_s, u"2025-12-31"_s) << QStringList();
    QTest::newRow("century-wrap") << inv(InvoiceType::DigitalNormal, u"99322000000137756448"_s, u"2100-01-02"_s) << QStringList();
    QTest::newRow("no-date") << inv(InvoiceType::DigitalNormal, u"23322000000137756448"_s, QString()) << QStringList();
    QTest::newRow("bad-province") << inv(InvoiceType::DigitalNormal, u"25992000000137756448"_s, u"2025-03-28"_s) << warning;
    QTest::newRow("both-warnings") << inv(InvoiceType::DigitalNormal, u"20002000000137756448"_s, u"2025-03-28"_s)
                                   << QStringList{u"number_format:warning"_s, u"number_format:warning"_s};
}

void TstValidation::numberFormat()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkNumberFormat(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

// ---- date_invalid / date_future ---------------------------------------------------------

void TstValidation::dates_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const auto inv = [](const QString &d) { return makeInvoice(InvoiceType::VatSpecial, {{u"date"_s, d}}); };
    QTest::newRow("past") << inv(u"2021-06-11"_s) << QStringList();
    QTest::newRow("today") << inv(u"2025-06-01"_s) << QStringList();
    QTest::newRow("tomorrow") << inv(u"2025-06-02"_s) << QStringList{u"date_future:error"_s};
    QTest::newRow("far-future") << inv(u"2030-01-01"_s) << QStringList{u"date_future:error"_s};
    QTest::newRow("feb-30") << inv(u"2021-02-30"_s) << QStringList{u"date_invalid:error"_s};
    QTest::newRow("garbage") << inv(u"yesterday"_s) << QStringList{u"date_invalid:error"_s};
    QTest::newRow("empty-string") << inv(u""_s) << QStringList{u"date_invalid:error"_s};
    QTest::newRow("absent") << makeInvoice(InvoiceType::VatSpecial, {}) << QStringList();
}

void TstValidation::dates()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkDate(inv, kToday);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    // Without a today, nothing is in the future.
    QVERIFY(!summary(rules::checkDate(inv, QDate())).contains(u"date_future:error"_s));
}

// ---- qr_only_missing --------------------------------------------------------------------

void TstValidation::qrOnly_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<KV>("fields");
    QTest::addColumn<QStringList>("missing");
    const KV payload = {{u"code"_s, u"012001900111"_s}, {u"number"_s, u"51142414"_s}, {u"date"_s, u"2019-07-20"_s},
                        {u"pretax_amount"_s, u"47.26"_s}};
    QTest::newRow("old QR: no total, no seller") << u"qr:number"_s << payload << QStringList{u"total"_s, u"seller_name"_s};
    KV withTotal = payload;
    withTotal.append({u"total"_s, u"50.10"_s});
    QTest::newRow("数电 QR: no seller") << u"qr"_s << withTotal << QStringList{u"seller_name"_s};
    QTest::newRow("read from the text") << u"pdf:text"_s << payload << QStringList{};
}

void TstValidation::qrOnly()
{
    QFETCH(QString, source);
    QFETCH(KV, fields);
    QFETCH(QStringList, missing);
    const Invoice inv = makeInvoice(InvoiceType::VatElectronicNormal, fields, source);
    const FindingList found = rules::checkQrOnly(inv);
    if (missing.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), qsizetype(1));
    QCOMPARE(found.constFirst().rule, u"qr_only_missing"_s);
    QCOMPARE(found.constFirst().fields, missing);
    QVERIFY(found.constFirst().message.contains(u"QR code"_s));
    // Validation runs again on every edit: the finding is replaced, never repeated.
    Invoice twice = inv;
    revalidate(twice, {});
    revalidate(twice, {});
    QCOMPARE(std::count_if(twice.findings.cbegin(), twice.findings.cend(),
                           [](const Finding &f) { return f.rule == u"qr_only_missing"; }), 1);
    // A person who fills them in makes it go away.
    Invoice filled = inv;
    filled.set(u"total"_s, makeField(u"53.40"_s, u"user"_s));
    filled.set(u"seller_name"_s, makeField(u"某公司"_s, u"user"_s));
    QVERIFY(rules::checkQrOnly(filled).isEmpty());
}

// ---- qr_mismatch ------------------------------------------------------------------------

void TstValidation::qr_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const QStringList hit = {u"qr_mismatch:error"_s};

    QTest::newRow("legacy-consistent") << goodLegacy() << QStringList();
    QTest::newRow("digital-consistent") << goodDigital() << QStringList();

    Invoice number = goodLegacy();
    number.set(u"number"_s, makeField(u"51142415"_s, u"pdf:text"_s));
    QTest::newRow("number-differs") << number << hit;

    Invoice code = goodLegacy();
    code.set(u"code"_s, makeField(u"012001900112"_s, u"pdf:text"_s));
    QTest::newRow("code-differs") << code << hit;

    Invoice date = goodLegacy();
    date.set(u"date"_s, makeField(u"2019-07-21"_s, u"pdf:text"_s));
    QTest::newRow("date-differs") << date << hit;

    Invoice check = goodLegacy();
    check.set(u"check_code"_s, makeField(u"65431824771847114699"_s, u"pdf:text"_s));
    QTest::newRow("check-code-differs") << check << hit;

    Invoice spaced = goodLegacy();
    spaced.set(u"check_code"_s, makeField(u"65431 82477 18471 14698"_s, u"pdf:text"_s));
    QTest::newRow("check-code-spaced") << spaced << QStringList();

    Invoice tail = goodLegacy();
    tail.set(u"check_code"_s, makeField(u"114698"_s, u"vendor"_s));
    QTest::newRow("check-code-last-six") << tail << QStringList();

    Invoice pretax = goodLegacy();
    pretax.set(u"pretax_amount"_s, makeField(u"47.62"_s, u"pdf:text"_s));
    QTest::newRow("legacy-pretax-differs") << pretax << hit;

    Invoice legacyTotalIgnored = goodLegacy();
    legacyTotalIgnored.set(u"total"_s, makeField(u"99.00"_s, u"pdf:text"_s));
    QTest::newRow("legacy-total-not-compared") << legacyTotalIgnored << QStringList();

    Invoice total = goodDigital();
    total.set(u"total"_s, makeField(u"410.00"_s, u"pdf:text"_s));
    QTest::newRow("digital-total-differs") << total << hit;

    Invoice fromQr = goodLegacy();
    fromQr.set(u"number"_s, makeField(u"99999999"_s, u"qr"_s));
    QTest::newRow("field-sourced-from-qr") << fromQr << QStringList();

    Invoice alt = goodLegacy();
    alt.alternatives[u"number"_s] << makeField(u"51142415"_s, u"qr"_s);
    QTest::newRow("qr-alternative-differs") << alt << hit;

    Invoice altBoth = goodLegacy();
    altBoth.set(u"number"_s, makeField(u"51142415"_s, u"pdf:text"_s));
    altBoth.alternatives[u"number"_s] << makeField(u"51142414"_s, u"qr"_s);
    QTest::newRow("qr-alternative-and-payload-once") << altBoth << hit;

    Invoice altReversed = goodLegacy();
    altReversed.set(u"number"_s, makeField(u"51142414"_s, u"qr"_s));
    altReversed.alternatives[u"number"_s] << makeField(u"51142415"_s, u"pdf:text"_s);
    QTest::newRow("accepted-from-qr-alternative-printed") << altReversed << hit;

    Invoice altSame = goodLegacy();
    altSame.alternatives[u"pretax_amount"_s] << makeField(u"47.260"_s, u"qr"_s);
    QTest::newRow("qr-alternative-same-amount") << altSame << QStringList();

    Invoice altOther = goodLegacy();
    altOther.alternatives[u"number"_s] << makeField(u"51142415"_s, u"ofd:original_invoice.xml/InvoiceNo"_s);
    QTest::newRow("non-qr-alternative-is-not-qr") << altOther << QStringList();

    // The short toll form has no kind: offered as pre-tax, it may well be the total.
    Invoice tollAlt = makeInvoice(InvoiceType::Toll, {{u"pretax_amount"_s, u"27.18"_s}, {u"total"_s, u"28.00"_s}});
    tollAlt.alternatives[u"pretax_amount"_s] << makeField(u"28.00"_s, u"qr:amount"_s);
    QTest::newRow("qr-amount-alternative-equals-other-amount") << tollAlt << QStringList();

    Invoice tollAltWrong = tollAlt;
    tollAltWrong.alternatives[u"pretax_amount"_s] = {makeField(u"29.00"_s, u"qr:amount"_s)};
    QTest::newRow("qr-amount-alternative-equals-neither") << tollAltWrong << hit;

    Invoice url = goodLegacy();
    url.qrcodes = {u"https://example.com/x"_s};
    url.set(u"number"_s, makeField(u"00000000"_s, u"pdf:text"_s));
    QTest::newRow("url-qr-ignored") << url << QStringList();

    Invoice toll = makeInvoice(InvoiceType::Toll, {{u"code"_s, u"132052300111"_s}, {u"number"_s, u"03223884"_s},
                                                   {u"date"_s, u"2025-10-24"_s}, {u"total"_s, u"28.00"_s}});
    toll.qrcodes << u"132052300111,03223884,28.00,2025-10-24,苏州某某有限公司"_s;
    QTest::newRow("short-form-total") << toll << QStringList();

    Invoice tollWrong = toll;
    tollWrong.set(u"total"_s, makeField(u"82.00"_s, u"pdf:text"_s));
    QTest::newRow("short-form-amount-neither") << tollWrong << hit;

    Invoice twoFields = goodLegacy();
    twoFields.set(u"number"_s, makeField(u"51142415"_s, u"pdf:text"_s));
    twoFields.set(u"date"_s, makeField(u"2019-07-21"_s, u"pdf:text"_s));
    QTest::newRow("two-fields") << twoFields << QStringList{u"qr_mismatch:error"_s, u"qr_mismatch:error"_s};
}

void TstValidation::qr()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkQr(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidation::qrMessageNamesField()
{
    Invoice inv = goodLegacy();
    inv.set(u"number"_s, makeField(u"51142415"_s, u"pdf:text"_s));
    FindingList f = rules::checkQr(inv);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().fields, QStringList{u"number"_s});
    QCOMPARE(f.first().message, u"The QR code says the invoice number is 51142414, but the invoice shows 51142415."_s);
    QCOMPARE(f.first().messageZh, u"二维码中的发票号码为 51142414，但票面发票号码为 51142415。"_s);

    Invoice alt = goodLegacy();
    alt.alternatives[u"date"_s] << makeField(u"2019-07-02"_s, u"qr"_s);
    f = rules::checkQr(alt);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().fields, QStringList{u"date"_s});
    QCOMPARE(f.first().message, u"The QR code says the issue date is 2019-07-02, but pdf:text gives 2019-07-20."_s);
}

// ---- buyer_mismatch ---------------------------------------------------------------------

void TstValidation::buyer_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QString>("companyName");
    QTest::addColumn<QString>("companyTaxId");
    QTest::addColumn<QStringList>("expected");
    const Invoice inv = makeInvoice(InvoiceType::VatSpecial, {{u"buyer_name"_s, u"中化能源科技（天津）有限公司"_s},
                                                              {u"buyer_tax_id"_s, u"91370211MA3MPULP93"_s}});
    const QStringList hit = {u"buyer_mismatch:warning"_s};
    QTest::newRow("not-configured") << inv << QString() << QString() << QStringList();
    QTest::newRow("same") << inv << u"中化能源科技（天津）有限公司"_s << u"91370211MA3MPULP93"_s << QStringList();
    QTest::newRow("ascii-brackets") << inv << u"中化能源科技(天津)有限公司"_s << QString() << QStringList();
    QTest::newRow("spaces") << inv << u" 中化能源科技 (天津) 有限公司 "_s << QString() << QStringList();
    QTest::newRow("tax-id-lower-case") << inv << QString() << u"91370211ma3mpulp93"_s << QStringList();
    QTest::newRow("other-company") << inv << u"中化能源科技有限公司"_s << QString() << hit;
    QTest::newRow("other-tax-id") << inv << QString() << u"91120110MA06J3WLX8"_s << hit;
    QTest::newRow("both-other") << inv << u"某某公司"_s << u"91120110MA06J3WLX8"_s
                                << QStringList{u"buyer_mismatch:warning"_s, u"buyer_mismatch:warning"_s};
    QTest::newRow("no-buyer-on-invoice") << makeInvoice(InvoiceType::Taxi, {}) << u"某某公司"_s
                                         << u"91120110MA06J3WLX8"_s << QStringList();
}

void TstValidation::buyer()
{
    QFETCH(Invoice, inv);
    QFETCH(QString, companyName);
    QFETCH(QString, companyTaxId);
    ValidationContext ctx;
    ctx.companyName = companyName;
    ctx.companyTaxId = companyTaxId;
    const FindingList f = rules::checkBuyer(inv, ctx);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    if (!f.isEmpty() && !companyName.isEmpty() && f.first().fields == QStringList{u"buyer_name"_s}) {
        QVERIFY(f.first().message.contains(companyName));
        QVERIFY(f.first().messageZh.contains(inv.value(u"buyer_name"_s)));
    }
}

// ---- source_conflict --------------------------------------------------------------------

void TstValidation::sourceConflicts_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QStringList>("expected");
    const QStringList hit = {u"source_conflict:warning"_s};

    Invoice differs = goodLegacy();
    differs.alternatives[u"seller_name"_s] << makeField(u"天津京东达业贸易有限公司"_s, u"ofd:xml"_s);
    differs.set(u"seller_name"_s, makeField(u"天津京东达业贸易有限公可"_s, u"pdf:text"_s));
    QTest::newRow("names-differ") << differs << hit;

    Invoice sameMoney = goodLegacy();
    sameMoney.alternatives[u"total"_s] << makeField(u"53.4"_s, u"ofd:xml"_s);
    QTest::newRow("same-amount-other-spelling") << sameMoney << QStringList();

    Invoice qrOnly = goodLegacy();
    qrOnly.alternatives[u"number"_s] << makeField(u"51142415"_s, u"qr"_s);
    QTest::newRow("qr-alternative-not-a-source-conflict") << qrOnly << QStringList();

    Invoice twice = goodLegacy();
    twice.alternatives[u"number"_s] << makeField(u"51142415"_s, u"vendor:a"_s)
                                    << makeField(u"51142415"_s, u"vendor:b"_s)
                                    << makeField(u"51142416"_s, u"vendor:c"_s);
    QTest::newRow("repeated-values-once") << twice
                                          << QStringList{u"source_conflict:warning"_s, u"source_conflict:warning"_s};
}

void TstValidation::sourceConflicts()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkSourceConflicts(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    for (const Finding &x : f)
        QVERIFY(x.message.contains(inv.value(x.fields.first())));
}

// ---- duplicate --------------------------------------------------------------------------

void TstValidation::duplicates()
{
    Invoice a = goodLegacy();
    Invoice b = goodLegacy();
    Invoice c = goodLegacy();
    c.set(u"number"_s, makeField(u"51142499"_s, u"pdf:text"_s));
    Invoice d = goodDigital();
    Invoice e = goodDigital();
    e.set(u"code"_s, makeField(u"144001800104"_s, u"pdf:text"_s)); // the 20-digit number alone decides
    Invoice taxi1 = makeInvoice(InvoiceType::Taxi, {{u"number"_s, u"01670989"_s}});
    Invoice taxi2 = taxi1; // an 8-digit number without a code identifies nothing

    QList<Invoice *> all = {&a, &b, &c, &d, &e, &taxi1, &taxi2};
    const QStringList labels = {u"a.pdf p.1"_s, u"b.pdf p.1"_s, u"c.pdf p.1"_s, u"d.ofd p.1"_s,
                                u"e.jpg p.1"_s, u"t.jpg p.1"_s, u"t.jpg p.2"_s};
    QCOMPARE(markDuplicates(all, labels), 4);
    QCOMPARE(summary(a.findings), QStringList{u"duplicate:error"_s});
    QCOMPARE(summary(b.findings), QStringList{u"duplicate:error"_s});
    QVERIFY(c.findings.isEmpty());
    QCOMPARE(summary(d.findings), QStringList{u"duplicate:error"_s});
    QCOMPARE(summary(e.findings), QStringList{u"duplicate:error"_s});
    QVERIFY(taxi1.findings.isEmpty() && taxi2.findings.isEmpty());

    QCOMPARE(a.findings.first().message,
             u"Invoice code 012001900111, number 51142414 appears more than once in this run: also b.pdf p.1."_s);
    QCOMPARE(a.findings.first().messageZh,
             u"发票代码 012001900111、号码 51142414在本次处理中重复出现：另见 b.pdf p.1。"_s);
    QCOMPARE(a.findings.first().fields, (QStringList{u"code"_s, u"number"_s}));
    QVERIFY(b.findings.first().message.contains(u"a.pdf p.1"));
    QVERIFY(d.findings.first().message.contains(u"e.jpg p.1"));
    QCOMPARE(d.findings.first().fields, QStringList{u"number"_s});
    verifyWellFormed(a.findings);
}

void TstValidation::duplicatesRerunAndLabels()
{
    Invoice a = goodDigital();
    Invoice b = goodDigital();
    Invoice c = goodDigital();
    Finding foreign;
    foreign.rule = u"provider_note"_s;
    a.findings << foreign;
    QList<Invoice *> all = {&a, nullptr, &b, &c};
    QCOMPARE(markDuplicates(all, {u"first"_s}), 3);
    QCOMPARE(markDuplicates(all, {u"first"_s}), 3); // again: replaced, not doubled
    QCOMPARE(summary(a.findings), (QStringList{u"provider_note:warning"_s, u"duplicate:error"_s}));
    QVERIFY(a.findings.last().message.contains(u"invoice #3; invoice #4"));
    QVERIFY(b.findings.first().message.contains(u"first"));

    // After an edit the duplicate disappears on the next run.
    c.set(u"number"_s, makeField(u"25322000000137756449"_s, u"user"_s));
    b.set(u"number"_s, makeField(u"25322000000137756450"_s, u"user"_s));
    QCOMPARE(markDuplicates(all), 0);
    QCOMPARE(summary(a.findings), QStringList{u"provider_note:warning"_s});
}

void TstValidation::identity_data()
{
    QTest::addColumn<Invoice>("inv");
    QTest::addColumn<QString>("identity");
    QTest::newRow("legacy") << goodLegacy() << u"code:012001900111/51142414"_s;
    QTest::newRow("digital") << goodDigital() << u"number:25322000000137756448"_s;
    QTest::newRow("prefixed-number") << makeInvoice(InvoiceType::VatNormal, {{u"code"_s, u"044001800104"_s},
                                                                             {u"number"_s, u"No 12345678"_s}})
                                     << u"code:044001800104/12345678"_s;
    QTest::newRow("number-only") << makeInvoice(InvoiceType::Taxi, {{u"number"_s, u"01670989"_s}}) << QString();
    QTest::newRow("code-only") << makeInvoice(InvoiceType::VatNormal, {{u"code"_s, u"044001800104"_s}}) << QString();
    QTest::newRow("nothing") << Invoice() << QString();
}

void TstValidation::identity()
{
    QFETCH(Invoice, inv);
    QTEST(invoiceIdentity(inv), "identity");
}

// ---- the validator ----------------------------------------------------------------------

void TstValidation::goodInvoicesPass()
{
    ValidationContext ctx;
    ctx.today = kToday;
    QCOMPARE(summary(validateInvoice(goodLegacy(), ctx)), QStringList());
    ctx.companyName = u"苏州信泰宜合信息技术有限公司"_s;
    ctx.companyTaxId = u"91320594769869645C"_s;
    QCOMPARE(summary(validateInvoice(goodDigital(), ctx)), QStringList());
}

void TstValidation::everyRuleFires()
{
    Invoice inv = makeInvoice(InvoiceType::VatSpecial,
                              {{u"code"_s, u"044001800104"_s},   // a 普票 code on a 专票
                               {u"number"_s, u"1234567"_s},      // seven digits
                               {u"date"_s, u"2026-01-01"_s},     // after today
                               {u"pretax_amount"_s, u"100.00"_s},
                               {u"tax_amount"_s, u"13.00"_s},
                               {u"total"_s, u"112.00"_s},        // ≠ 113.00
                               {u"total_in_words"_s, u"壹佰壹拾叁圆整"_s}, // ≠ 112.00
                               {u"seller_tax_id"_s, u"91120110MA06J3WLX9"_s},
                               {u"buyer_name"_s, u"别的公司"_s}});
    inv.items << makeItem({{u"amount"_s, u"90.00"_s}, {u"tax_rate"_s, u"13%"_s}, {u"tax_amount"_s, u"13.00"_s}});
    inv.qrcodes << u"01,04,044001800104,12345678,100.00,20251231,,0000,"_s;
    inv.alternatives[u"seller_name"_s] << makeField(u"甲"_s, u"a"_s);
    inv.set(u"seller_name"_s, makeField(u"乙"_s, u"b"_s));
    ValidationContext ctx;
    ctx.today = QDate(2025, 12, 31);
    ctx.companyName = u"本公司"_s;
    const FindingList f = validateInvoice(inv, ctx);
    verifyWellFormed(f);
    QSet<QString> fired;
    for (const Finding &x : f)
        fired.insert(x.rule);
    const QSet<QString> expected = {u"total_mismatch"_s, u"items_sum_mismatch"_s, u"item_tax_mismatch"_s,
                                    u"words_mismatch"_s, u"tax_id_invalid"_s, u"code_type_mismatch"_s,
                                    u"number_format"_s, u"date_future"_s, u"qr_mismatch"_s,
                                    u"buyer_mismatch"_s, u"source_conflict"_s};
    QCOMPARE(fired, expected);
}

void TstValidation::revalidateKeepsForeignFindings()
{
    Invoice inv = goodLegacy();
    Finding foreign;
    foreign.rule = u"provider_note"_s;
    Finding dup;
    dup.rule = u"duplicate"_s;
    Finding stale;
    stale.rule = u"total_mismatch"_s;
    inv.findings << foreign << dup << stale;
    ValidationContext ctx;
    ctx.today = kToday;
    revalidate(inv, ctx);
    QCOMPARE(summary(inv.findings), (QStringList{u"provider_note:warning"_s, u"duplicate:warning"_s}));
    inv.set(u"total"_s, makeField(u"53.41"_s, u"user"_s));
    revalidate(inv, ctx);
    QVERIFY(summary(inv.findings).contains(u"total_mismatch:error"_s));
    QVERIFY(summary(inv.findings).contains(u"words_mismatch:error"_s));
}

void TstValidation::ruleIds()
{
    const QStringList ids = allRuleIds();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const char *id : {"total_mismatch", "items_sum_mismatch", "item_tax_mismatch", "words_mismatch",
                           "tax_id_invalid", "code_type_mismatch", "number_format", "date_invalid",
                           "date_future", "qr_mismatch", "qr_only_missing", "buyer_mismatch", "duplicate", "source_conflict"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    for (const RuleInfo &r : allRules())
        QVERIFY(!r.summaryEn.isEmpty() && !r.summaryZh.isEmpty());
}

// Every real fixture's ground truth, with its QR payloads, as one invoice: the rules must stay
// silent except where the fixture really is inconsistent (demo data).
void TstValidation::realFixtures()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures (../shared/fixtures/real/manifest.json) not present");
    QFile file(ra::test::realFixturesDir() + u"/manifest.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(file.readAll()).object().value(u"files"_s).toArray();

    // Known, verified inconsistencies of demo/test files.
    const QHash<QString, QStringList> known = {
        {u"ofdrw__ofdrw/xbrl-001.pdf"_s, {u"number_format:error"_s, u"tax_id_invalid:warning"_s}},
        {u"ofdrw__ofdrw/999.ofd"_s, {u"tax_id_invalid:error"_s}},
        {u"ofdrw__ofdrw/draw_param_ref.ofd"_s, {u"tax_id_invalid:warning"_s}},
        {u"guanshuicheng__invoice/增值税专用发票.jpg"_s, {u"tax_id_invalid:warning"_s, u"tax_id_invalid:warning"_s}},
    };
    const QDate today(2030, 1, 1);
    int checked = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"file"_s).toString();
        Invoice inv;
        const auto put = [&](const QString &key, const QString &manifestKey) {
            const QString value = o.value(manifestKey).toString();
            if (!value.isEmpty())
                inv.set(key, makeField(value, u"manifest"_s));
        };
        put(u"code"_s, u"invoice_code"_s);
        put(u"number"_s, u"invoice_number"_s);
        put(u"pretax_amount"_s, u"amount"_s);
        put(u"tax_amount"_s, u"tax"_s);
        put(u"total"_s, u"total"_s);
        put(u"check_code"_s, u"check_code"_s);
        put(u"seller_tax_id"_s, u"seller_tax_id"_s);
        put(u"buyer_tax_id"_s, u"buyer_tax_id"_s);
        // Some entries hold a note ("2017-12-26 (travel date; …)"): only plain ISO dates.
        if (const QString d = o.value(u"date"_s).toString(); d.size() == 10 && QDate::fromString(d, Qt::ISODate).isValid())
            put(u"date"_s, u"date"_s);
        for (const QJsonValue &p : o.value(u"qr_payload"_s).toArray())
            inv.qrcodes << p.toString();
        // The type from the QR kind where there is one, else from the code structure.
        for (const QString &p : std::as_const(inv.qrcodes))
            if (const auto payload = qr::parseInvoicePayload(p); payload && !payload->kind.isEmpty())
                inv.type = typeFromQrKind(payload->kind).value_or(InvoiceType::Unknown);
        if (inv.type == InvoiceType::Unknown && inv.has(u"code"_s))
            inv.type = typeFromInvoiceCode(inv.value(u"code"_s)).value_or(InvoiceType::Unknown);
        // Keys whose manifest value is a note, not a value (a train ticket's serial).
        if (inv.value(u"number"_s).contains(u' '))
            inv.fields.remove(u"number"_s);

        ValidationContext ctx;
        ctx.today = today;
        const FindingList f = validateInvoice(inv, ctx);
        verifyWellFormed(f);
        QStringList got = summary(f);
        QStringList want = known.value(name);
        got.sort();
        want.sort();
        if (got != want) {
            for (const Finding &x : f)
                qWarning("%s: %s", qPrintable(name), qPrintable(x.message));
        }
        QVERIFY2(got == want, qPrintable(name + u": "_s + got.join(u", "_s)));
        ++checked;
    }
    QVERIFY(checked >= 30);
}

void TstValidation::arbitraryValuesNeverCrash()
{
    // Values a broken recognizer could produce, in every key the rules read: the rules return
    // findings (or nothing), never crash (ASan/UBSan in CI) and never emit a malformed finding.
    const QStringList values = {u""_s, u" "_s, u"***"_s, u"-"_s, u"%"_s, u"0"_s, u"-0.01"_s,
                                u"99999999999999999999"_s, u"9223372036854775807"_s, u"¥1,234.5"_s,
                                u"13%"_s, u"2021-13-45"_s, u"2021-02-28"_s, u"壹佰圆整"_s, u"负"_s,
                                u"No."_s, u"91120110MA06J3WLX8"_s, u"\u0000"_s, QString(300, u'9'),
                                u"01,10,,,,,,,"_s, u"个人"_s};
    const QStringList keys = {u"code"_s, u"number"_s, u"date"_s, u"check_code"_s, u"pretax_amount"_s,
                              u"tax_amount"_s, u"total"_s, u"total_in_words"_s, u"tax_rate"_s,
                              u"seller_tax_id"_s, u"buyer_tax_id"_s, u"buyer_name"_s, u"remark"_s};
    ValidationContext ctx;
    ctx.today = kToday;
    ctx.companyName = u"某公司"_s;
    ctx.companyTaxId = u"91120110MA06J3WLX8"_s;
    quint64 x = 0x853C49E6748FEA9BULL;
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    QList<Invoice> run;
    for (int i = 0; i < 3000; ++i) {
        Invoice inv;
        inv.type = allInvoiceTypes().value(qsizetype(next() % quint64(allInvoiceTypes().size())));
        for (const QString &k : keys)
            if (next() % 3)
                inv.set(k, makeField(values.at(qsizetype(next() % quint64(values.size()))), u"t"_s));
        for (int n = int(next() % 3); n > 0; --n) {
            FieldMap item;
            for (const QString &k : {u"amount"_s, u"tax_rate"_s, u"tax_amount"_s, u"name"_s})
                if (next() % 2)
                    item.insert(k, makeField(values.at(qsizetype(next() % quint64(values.size()))), u"t"_s));
            inv.items << item;
        }
        if (next() % 2)
            inv.qrcodes << values.at(qsizetype(next() % quint64(values.size())))
                        << u"01,32,,25322000000137756448,400.00,20250328,,123B"_s;
        if (next() % 2)
            inv.alternatives[keys.at(qsizetype(next() % quint64(keys.size())))]
                << makeField(values.at(qsizetype(next() % quint64(values.size()))), u"qr"_s);
        const FindingList f = validateInvoice(inv, ctx);
        verifyWellFormed(f);
        run << inv;
    }
    QList<Invoice *> pointers;
    for (Invoice &inv : run)
        pointers << &inv;
    markDuplicates(pointers);
    for (const Invoice &inv : std::as_const(run))
        verifyWellFormed(inv.findings);
}

QTEST_GUILESS_MAIN(TstValidation)
#include "tst_validation.moc"
