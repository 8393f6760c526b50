// The validation rules of docs/validation-rules.md on an invoice's identity and provenance,
// each alone, data-driven, asserting the rule id, severity, highlighted fields and the concrete
// messages: tax ids, code and type, number format, dates, the QR code (missing, mismatched),
// the buyer, conflicting sources, and duplicate marking across a run. The amount rules and
// the whole validator: tst_validation.
#include "qr/qrpayload.h"
#include "validation/rules.h"
#include "validation/validator.h"
#include "validationfixtures.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;

class TstValidationIdentity : public QObject
{
    Q_OBJECT

private slots:
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
};

void TstValidationIdentity::taxIds_data()
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

void TstValidationIdentity::taxIds()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkTaxIds(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidationIdentity::taxIdMessages()
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

void TstValidationIdentity::codeType_data()
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

void TstValidationIdentity::codeType()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkCodeType(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidationIdentity::numberFormat_data()
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

void TstValidationIdentity::numberFormat()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkNumberFormat(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidationIdentity::dates_data()
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

void TstValidationIdentity::dates()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkDate(inv, kToday);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    // Without a today, nothing is in the future.
    QVERIFY(!summary(rules::checkDate(inv, QDate())).contains(u"date_future:error"_s));
}

void TstValidationIdentity::qr_data()
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

void TstValidationIdentity::qr()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkQr(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
}

void TstValidationIdentity::qrMessageNamesField()
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

void TstValidationIdentity::qrOnly_data()
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

void TstValidationIdentity::qrOnly()
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

void TstValidationIdentity::buyer_data()
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

void TstValidationIdentity::buyer()
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

void TstValidationIdentity::sourceConflicts_data()
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

void TstValidationIdentity::sourceConflicts()
{
    QFETCH(Invoice, inv);
    const FindingList f = rules::checkSourceConflicts(inv);
    verifyWellFormed(f);
    QTEST(summary(f), "expected");
    for (const Finding &x : f)
        QVERIFY(x.message.contains(inv.value(x.fields.first())));
}

void TstValidationIdentity::duplicates()
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

void TstValidationIdentity::duplicatesRerunAndLabels()
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

void TstValidationIdentity::identity_data()
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

void TstValidationIdentity::identity()
{
    QFETCH(Invoice, inv);
    QTEST(invoiceIdentity(inv), "identity");
}

QTEST_GUILESS_MAIN(TstValidationIdentity)
#include "tst_validationidentity.moc"
