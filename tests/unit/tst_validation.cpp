// The validation rules of docs/validation-rules.md on amounts (each rule alone, data-driven,
// asserting the rule id, severity, highlighted fields and the concrete messages), the whole
// validator, and a pass over the real fixtures' ground truth. The rules on identity, codes,
// dates, QR codes, buyers, sources and duplicates: tst_validationidentity. Both build their
// invoices with tests/support/validationfixtures.*.
#include "qr/qrpayload.h"
#include "testpaths.h"
#include "validation/rules.h"
#include "validation/validator.h"
#include "validationfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;

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
    void goodInvoicesPass();
    void everyRuleFires();
    void revalidateKeepsForeignFindings();
    void ruleIds();
    void realFixtures();
    void arbitraryValuesNeverCrash();
};

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
