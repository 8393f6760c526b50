// The comma-separated invoice QR payload (invoice-standards.md c.1): synthetic payloads and
// every qr_payload of the real fixtures' manifest.
#include "qr/qrpayload.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TstQrPayload : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void taxInclusiveKinds_data();
    void taxInclusiveKinds();
    void realPayloads();
    void mutatedPayloads();
};

void TstQrPayload::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("amountFen");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("checkCode");
    QTest::addColumn<QString>("token");

    QTest::newRow("doc-example-integer-amount")
        << u"01,10,011001700112,10113872,32,20180224,17602940807063740560,0819,"_s << u"10"_s
        << u"011001700112"_s << u"10113872"_s << qint64(3200) << QDate(2018, 2, 24)
        << u"17602940807063740560"_s << u"0819"_s;
    QTest::newRow("no-trailing-comma")
        << u"01,10,037021700211,27209635,227.18,20181022,15842564450878415553,C4AA"_s << u"10"_s
        << u"037021700211"_s << u"27209635"_s << qint64(22718) << QDate(2018, 10, 22)
        << u"15842564450878415553"_s << u"C4AA"_s;
    QTest::newRow("one-decimal")
        << u"01,10,042001700112,10077287,124.8,20180323,16167883775201694087,ADD8,"_s << u"10"_s
        << u"042001700112"_s << u"10077287"_s << qint64(12480) << QDate(2018, 3, 23)
        << u"16167883775201694087"_s << u"ADD8"_s;
    QTest::newRow("digital-special-empty-code-and-check")
        << u"01,31,,25322000000137756448,400.00,20250328,,123B"_s << u"31"_s << QString()
        << u"25322000000137756448"_s << qint64(40000) << QDate(2025, 3, 28) << QString() << u"123B"_s;
    QTest::newRow("surrounding-whitespace-and-newline")
        << u"  01, 32 ,,24322000000470744001,1600.00,20241126,,5FA6,\r\n"_s << u"32"_s << QString()
        << u"24322000000470744001"_s << qint64(160000) << QDate(2024, 11, 26) << QString() << u"5FA6"_s;
    QTest::newRow("full-width-commas")
        << u"01，10，012001900111，51142414，47.26，20190720，65431824771847114698，8BDD，"_s << u"10"_s
        << u"012001900111"_s << u"51142414"_s << qint64(4726) << QDate(2019, 7, 20)
        << u"65431824771847114698"_s << u"8BDD"_s;
    QTest::newRow("ten-digit-code")
        << u"01,01,1100171130,00112233,1000.00,20170301,,AB12,"_s << u"01"_s << u"1100171130"_s
        << u"00112233"_s << qint64(100000) << QDate(2017, 3, 1) << QString() << u"AB12"_s;
    QTest::newRow("no-token")
        << u"01,04,044001800104,12345678,10.50,20190101,12345678901234567890"_s << u"04"_s
        << u"044001800104"_s << u"12345678"_s << qint64(1050) << QDate(2019, 1, 1)
        << u"12345678901234567890"_s << QString();
    QTest::newRow("negative-red-letter")
        << u"01,32,,25322000000000000001,-318.00,20250101,,FFFF,"_s << u"32"_s << QString()
        << u"25322000000000000001"_s << qint64(-31800) << QDate(2025, 1, 1) << QString() << u"FFFF"_s;
    // The Jiangsu 车辆通行费 general invoice prints a short form without version and kind.
    QTest::newRow("short-toll-form")
        << u"132052300111,03223884,28.00,2025-10-24,苏州某某信息技术有限公司"_s << QString()
        << u"132052300111"_s << u"03223884"_s << qint64(2800) << QDate(2025, 10, 24) << QString()
        << QString();
}

void TstQrPayload::parses()
{
    QFETCH(QString, text);
    const auto p = ra::qr::parseInvoicePayload(text);
    QVERIFY(p.has_value());
    QTEST(p->kind, "kind");
    QTEST(p->code, "code");
    QTEST(p->number, "number");
    QTEST(p->amountFen, "amountFen");
    QTEST(p->date, "date");
    QTEST(p->checkCode, "checkCode");
    QTEST(p->token, "token");
    if (!p->kind.isEmpty())
        QCOMPARE(p->version, u"01"_s);
}

void TstQrPayload::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("url") << u"https://inv-veri.chinatax.gov.cn/index.html?a=1,b=2"_s;
    QTest::newRow("url-with-payload-like-query")
        << u"http://x.cn/?01,10,011001700112,10113872,32,20180224,17602940807063740560,0819,"_s;
    QTest::newRow("prose") << u"发票代码,发票号码,金额,日期"_s;
    QTest::newRow("too-few-parts") << u"01,10,011001700112,10113872,32"_s;
    QTest::newRow("bad-date") << u"01,10,011001700112,10113872,32,20180230,1760,0819,"_s;
    QTest::newRow("date-not-digits") << u"01,10,011001700112,10113872,32,2018022A,1760,0819,"_s;
    QTest::newRow("three-decimals") << u"01,10,011001700112,10113872,32.125,20180224,,0819,"_s;
    QTest::newRow("amount-with-yen") << u"01,10,011001700112,10113872,¥32,20180224,,0819,"_s;
    QTest::newRow("amount-empty") << u"01,10,011001700112,10113872,,20180224,,0819,"_s;
    QTest::newRow("eleven-digit-code") << u"01,10,01100170011,10113872,32,20180224,,0819,"_s;
    QTest::newRow("short-number") << u"01,10,011001700112,1011387,32,20180224,,0819,"_s;
    QTest::newRow("number-with-letters") << u"01,10,011001700112,1011387A,32,20180224,,0819,"_s;
    QTest::newRow("21-digit-number") << u"01,31,,253220000001377564481,400.00,20250328,,123B"_s;
    QTest::newRow("kind-one-digit") << u"01,1,011001700112,10113872,32,20180224,,0819,"_s;
    QTest::newRow("railway-encrypted")
        << u"030202211090020943102609302934963923642087474080711590096731386139726304012007"_s;
    QTest::newRow("check-code-letters") << u"01,10,011001700112,10113872,32,20180224,ABCDEFG,0819,"_s;
    QTest::newRow("huge-amount") << u"01,10,011001700112,10113872,99999999999999999999,20180224,,0819,"_s;
    QTest::newRow("very-long") << QString(5000, u',');
}

void TstQrPayload::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!ra::qr::parseInvoicePayload(text).has_value());
}

void TstQrPayload::taxInclusiveKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("inclusive");
    for (const char *k : {"01", "04", "10", "11", "14", "20"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
    for (const char *k : {"31", "32", "51", "61"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
    QTest::newRow("empty") << QString() << false;
}

void TstQrPayload::taxInclusiveKinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, inclusive);
    ra::qr::InvoicePayload p;
    p.kind = kind;
    QCOMPARE(p.amountIsTaxInclusive(), inclusive);
}

void TstQrPayload::realPayloads()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures (../shared/fixtures/real/manifest.json) not present");
    QFile f(ra::test::realFixturesDir() + u"/manifest.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray();
    int parsed = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        const QJsonArray payloads = o.value(u"qr_payload"_s).toArray();
        const QJsonArray truth = o.value(u"qr_parsed"_s).toArray();
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            const QString text = payloads.at(i).toString();
            const auto p = ra::qr::parseInvoicePayload(text);
            const QString what = o.value(u"file"_s).toString() + u": "_s + text;
            if (i >= truth.size()) {
                // Not a standard payload per the manifest: only the short toll form may parse,
                // and then it must agree with the printed code and number.
                if (p) {
                    QVERIFY2(p->kind.isEmpty(), qPrintable(what));
                    QCOMPARE(p->code, o.value(u"invoice_code"_s).toString());
                    QCOMPARE(p->number, o.value(u"invoice_number"_s).toString());
                }
                continue;
            }
            QVERIFY2(p.has_value(), qPrintable(what));
            const QJsonObject t = truth.at(i).toObject();
            QCOMPARE(p->kind, t.value(u"type"_s).toString());
            QCOMPARE(p->code, t.value(u"code"_s).toString());
            QCOMPARE(p->number, t.value(u"number"_s).toString());
            QCOMPARE(p->date.toString(Qt::ISODate), t.value(u"date"_s).toString());
            QCOMPARE(p->checkCode, t.value(u"chk"_s).toString());
            // Amount: the QR's own text; then which printed amount it is.
            const QString amt = t.value(u"amt"_s).toString();
            const qint64 whole = amt.section(u'.', 0, 0).toLongLong();
            const QString frac = QString(amt.section(u'.', 1, 1) + u"00"_s).left(2);
            QCOMPARE(p->amountFen, whole * 100 + frac.toLongLong());
            const bool inclusiveTruth = t.value(u"amount_field_is"_s).toString() == u"total incl. tax";
            const bool sameAsPretax = o.value(u"amount"_s).toString() == o.value(u"total"_s).toString();
            // Where pre-tax equals total (zero tax) the manifest may label either way.
            if (!sameAsPretax)
                QCOMPARE(p->amountIsTaxInclusive(), inclusiveTruth);
            ++parsed;
        }
    }
    QVERIFY(parsed >= 25);
}

void TstQrPayload::mutatedPayloads()
{
    // Random single and double character changes of a real-shaped payload: never a crash, and
    // whatever still parses keeps the invariants the rules rely on.
    const QString base = u"01,10,012001900111,51142414,47.26,20190720,65431824771847114698,8BDD,"_s;
    const QString alphabet = u"0123456789,.-ABZ 圆"_s;
    quint64 x = 0x2545F4914F6CDD1DULL;
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (int i = 0; i < 20000; ++i) {
        QString s = base;
        for (int k = 0; k < 1 + int(next() % 2); ++k) {
            const qsizetype pos = qsizetype(next() % quint64(s.size()));
            switch (next() % 3) {
            case 0: s[pos] = alphabet.at(qsizetype(next() % quint64(alphabet.size()))); break;
            case 1: s.remove(pos, 1); break;
            default: s.insert(pos, alphabet.at(qsizetype(next() % quint64(alphabet.size())))); break;
            }
        }
        const auto p = ra::qr::parseInvoicePayload(s);
        if (!p)
            continue;
        QVERIFY2(p->date.isValid(), qPrintable(s));
        QVERIFY2(p->number.size() >= 8 && p->number.size() <= 20, qPrintable(s));
        QVERIFY2(p->code.isEmpty() || p->code.size() == 10 || p->code.size() == 12, qPrintable(s));
    }
}

QTEST_GUILESS_MAIN(TstQrPayload)
#include "tst_qrpayload.moc"
