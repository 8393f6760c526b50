// ra::money::parseFen / formatFen: amounts as printed on invoices (currency signs, thousands
// separators, full-width digits, red-letter negatives) to integer fen and back.
#include "money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TstMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseFen_data();
    void parseFen();
    void parseFenRefuses_data();
    void parseFenRefuses();
    void formatFen_data();
    void formatFen();
    void roundTrip_data();
    void roundTrip();
};

void TstMoney::parseFen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("plain-two-decimals") << u"103834.00"_s << qint64(10383400);
    QTest::newRow("integer") << u"318"_s << qint64(31800);
    QTest::newRow("one-decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("zero") << u"0.00"_s << qint64(0);
    QTest::newRow("leading-dot") << u".5"_s << qint64(50);
    QTest::newRow("trailing-zero-decimals") << u"87.280000"_s << qint64(8728);
    QTest::newRow("third-decimal-zero") << u"1.230"_s << qint64(123);
    QTest::newRow("yen-sign") << u"¥87.28"_s << qint64(8728);
    QTest::newRow("full-width-yen-sign") << u"￥89.90"_s << qint64(8990);
    QTest::newRow("yen-then-blank") << u"¥ 53.40"_s << qint64(5340);
    QTest::newRow("thousands") << u"¥1,234.5"_s << qint64(123450);
    QTest::newRow("thousands-millions") << u"1,234,567.89"_s << qint64(123456789);
    QTest::newRow("full-width-comma") << u"1，234.00"_s << qint64(123400);
    QTest::newRow("full-width-digits") << u"１２３.４５"_s << qint64(12345);
    QTest::newRow("full-width-dot") << u"１２３．４５"_s << qint64(12345);
    QTest::newRow("surrounding-blanks") << u"  53.40 \t"_s << qint64(5340);
    QTest::newRow("ideographic-space") << u"\u300053.40\u3000"_s << qint64(5340);
    QTest::newRow("xiaoxie-label") << u"(小写)¥53.40"_s << qint64(5340);
    QTest::newRow("xiaoxie-full-width-brackets") << u"（小写）￥ 53.40"_s << qint64(5340);
    QTest::newRow("xiaoxie-colon") << u"小写：¥53.40"_s << qint64(5340);
    QTest::newRow("yuan-suffix") << u"53.40元"_s << qint64(5340);
    QTest::newRow("currency-code") << u"CNY 53.40"_s << qint64(5340);
    // Red-letter (负数) invoices print the sign before or after the currency sign.
    QTest::newRow("negative") << u"-318.00"_s << qint64(-31800);
    QTest::newRow("negative-half") << u"-0.5"_s << qint64(-50);
    QTest::newRow("negative-after-yen") << u"¥-318.00"_s << qint64(-31800);
    QTest::newRow("negative-before-yen") << u"-¥318.00"_s << qint64(-31800);
    QTest::newRow("negative-full-width-minus") << u"－318.00"_s << qint64(-31800);
    QTest::newRow("negative-full-width-everything") << u"￥－３１８．００"_s << qint64(-31800);
    QTest::newRow("negative-minus-sign") << u"\u2212318.00"_s << qint64(-31800);
    QTest::newRow("negative-zero") << u"-0.00"_s << qint64(0);
    QTest::newRow("leading-zeros") << u"000123.45"_s << qint64(12345);
    QTest::newRow("largest-representable") << u"92233720368547758.07"_s
                                           << std::numeric_limits<qint64>::max();
    QTest::newRow("most-negative-but-one") << u"-92233720368547758.07"_s
                                           << -std::numeric_limits<qint64>::max();
}

void TstMoney::parseFen()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const std::optional<qint64> got = ra::money::parseFen(text);
    QVERIFY2(got.has_value(), qPrintable(text));
    QCOMPARE(*got, fen);
}

void TstMoney::parseFenRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("masked") << u"***"_s;
    QTest::newRow("yen-only") << u"¥"_s;
    QTest::newRow("minus-only") << u"-"_s;
    QTest::newRow("third-decimal") << u"1.234"_s;
    QTest::newRow("fourth-decimal") << u"1.2301"_s;
    QTest::newRow("two-dots") << u"1.2.3"_s;
    QTest::newRow("cut-off-dot") << u"12."_s;
    QTest::newRow("decimal-comma") << u"12,34"_s;
    QTest::newRow("bad-grouping") << u"1,2345.00"_s;
    QTest::newRow("group-too-short") << u"1,23.00"_s;
    QTest::newRow("leading-comma") << u",123.00"_s;
    QTest::newRow("comma-in-fraction") << u"1.2,3"_s;
    QTest::newRow("double-minus") << u"--5"_s;
    QTest::newRow("trailing-minus") << u"5-"_s;
    QTest::newRow("plus-sign") << u"+5"_s;
    QTest::newRow("double-yen") << u"¥¥5"_s;
    QTest::newRow("trailing-garbage") << u"53.40x"_s;
    QTest::newRow("percent") << u"13%"_s;
    QTest::newRow("chinese-upper") << u"伍拾叁圆肆角"_s;
    QTest::newRow("arabic-indic-digits") << u"\u0661\u0662"_s;
    QTest::newRow("overflow-integer") << u"9223372036854775807"_s;
    QTest::newRow("overflow-by-one-fen") << u"92233720368547758.08"_s;
    QTest::newRow("overflow-huge") << u"99999999999999999999999999999999"_s;
}

void TstMoney::parseFenRefuses()
{
    QFETCH(QString, text);
    const std::optional<qint64> got = ra::money::parseFen(text);
    QVERIFY2(!got.has_value(), qPrintable(u"parsed as %1"_s.arg(got.value_or(0))));
}

void TstMoney::formatFen_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("one-fen") << qint64(1) << u"0.01"_s;
    QTest::newRow("ten-fen") << qint64(10) << u"0.10"_s;
    QTest::newRow("ordinary") << qint64(12345) << u"123.45"_s;
    QTest::newRow("whole-yuan") << qint64(10383400) << u"103834.00"_s;
    QTest::newRow("negative") << qint64(-31800) << u"-318.00"_s;
    QTest::newRow("negative-fen") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TstMoney::formatFen()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(ra::money::formatFen(fen), text);
}

void TstMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    for (qint64 v : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(-1), qint64(5340),
                     qint64(-10383400), std::numeric_limits<qint64>::max(),
                     -std::numeric_limits<qint64>::max()})
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TstMoney::roundTrip()
{
    QFETCH(qint64, fen);
    QCOMPARE(ra::money::parseFen(ra::money::formatFen(fen)), std::optional<qint64>(fen));
}

QTEST_GUILESS_MAIN(TstMoney)
#include "tst_money.moc"
