// 大写 amounts (invoice-standards.md c.6): parsing every legal spelling back to fen, refusing
// informal and malformed ones, and the invoice-style rendering.
#include "chineseamount.h"
#include "fieldtidy.h"
#include "invoice.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstChineseAmount : public QObject
{
    Q_OBJECT

private slots:
    void stripsTheMark_data();
    void stripsTheMark();
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void renders_data();
    void renders();
    void roundTripSmall();
    void roundTripLarge();
    void randomTokenStrings();
};

void TstChineseAmount::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    // The PBOC examples of c.6, with 元 and with 圆.
    QTest::newRow("middle-zero") << u"壹仟肆佰零玖元伍角"_s << qint64(140950);
    QTest::newRow("middle-zero-whole") << u"壹仟肆佰零玖元伍角整"_s << qint64(140950);
    QTest::newRow("zeros-in-a-row") << u"陆仟零柒元壹角肆分"_s << qint64(600714);
    QTest::newRow("yuan-digit-zero-with-ling") << u"壹仟陆佰捌拾元零叁角贰分"_s << qint64(168032);
    QTest::newRow("yuan-digit-zero-without-ling") << u"壹仟陆佰捌拾元叁角贰分"_s << qint64(168032);
    QTest::newRow("wan-zero-ling-after-yuan") << u"壹拾万柒仟元零伍角叁分"_s << qint64(10700053);
    QTest::newRow("wan-zero-ling-after-wan") << u"壹拾万零柒仟元伍角叁分"_s << qint64(10700053);
    QTest::newRow("jiao-zero") << u"壹万陆仟肆佰零玖元零贰分"_s << qint64(1640902);
    QTest::newRow("jiao-zero-without-ling") << u"壹万陆仟肆佰零玖元贰分"_s << qint64(1640902);
    QTest::newRow("explicit-ling-jiao") << u"壹万陆仟肆佰零玖元零角贰分"_s << qint64(1640902);
    // Invoice spellings (Aliyun sample, real fixtures).
    QTest::newRow("aliyun") << u"捌拾捌圆整"_s << qint64(8800);
    QTest::newRow("fixture-190.19") << u"壹佰玖拾元零壹角玖分"_s << qint64(19019);
    QTest::newRow("fixture-38.03") << u"叁拾捌元零叁分"_s << qint64(3803);
    QTest::newRow("fixture-no-zheng") << u"贰拾捌圆"_s << qint64(2800);
    QTest::newRow("fixture-25254.62") << u"贰万伍仟贰佰伍拾肆圆陆角贰分"_s << qint64(2525462);
    QTest::newRow("fixture-1466") << u"壹仟肆佰陆拾陆圆整"_s << qint64(146600);
    QTest::newRow("header-example") << u"壹万零陆佰圆整"_s << qint64(1060000);
    QTest::newRow("zheng-as-zheng") << u"壹佰圆正"_s << qint64(10000);
    // Marks, prefixes, blanks.
    QTest::newRow("mark-circled-times") << u"⊗壹仟零伍拾圆整"_s << qint64(105000);
    QTest::newRow("mark-circled-x") << u"ⓧ壹仟零伍拾圆整"_s << qint64(105000);
    QTest::newRow("mark-n-ary") << u"⨂壹仟零伍拾圆整"_s << qint64(105000);
    QTest::newRow("mark-plus") << u"⊕壹仟零伍拾圆整"_s << qint64(105000);
    QTest::newRow("mark-X") << u"X壹仟零伍拾圆整"_s << qint64(105000);
    QTest::newRow("mark-and-space") << u"⊗ 壹 仟 零 伍 拾 圆 整"_s << qint64(105000);
    QTest::newRow("renminbi") << u"人民币壹佰圆整"_s << qint64(10000);
    // Negative (red-letter) amounts.
    QTest::newRow("negative") << u"负伍拾元零伍分"_s << qint64(-5005);
    QTest::newRow("negative-after-mark") << u"⊗负叁佰壹拾捌圆整"_s << qint64(-31800);
    QTest::newRow("negative-before-mark") << u"负⊗叁佰壹拾捌圆整"_s << qint64(-31800);
    QTest::newRow("negative-fushu") << u"负数叁佰壹拾捌圆整"_s << qint64(-31800);
    // Traditional forms.
    QTest::newRow("traditional") << u"壹萬貳仟參佰肆拾伍圓陸角柒分"_s << qint64(1234567);
    QTest::newRow("traditional-yi") << u"壹億圓整"_s << qint64(10000000000);
    QTest::newRow("traditional-san-variant") << u"叄拾圓整"_s << qint64(3000);
    QTest::newRow("traditional-liu") << u"陸圓整"_s << qint64(600);
    // Zero and below one yuan.
    QTest::newRow("zero-yuan") << u"零元整"_s << qint64(0);
    QTest::newRow("zero-yuan-round") << u"零圆整"_s << qint64(0);
    QTest::newRow("jiao-only") << u"伍角"_s << qint64(50);
    QTest::newRow("jiao-only-whole") << u"伍角整"_s << qint64(50);
    QTest::newRow("fen-only") << u"叁分"_s << qint64(3);
    QTest::newRow("jiao-fen") << u"伍角叁分"_s << qint64(53);
    QTest::newRow("zero-yuan-jiao") << u"零圆伍角叁分"_s << qint64(53);
    QTest::newRow("zero-yuan-fen") << u"零元零叁分"_s << qint64(3);
    // Large and unusual.
    QTest::newRow("bare-shi") << u"拾圆整"_s << qint64(1000);
    QTest::newRow("bare-shi-wan") << u"拾伍万圆整"_s << qint64(15000000);
    QTest::newRow("yi-tens") << u"壹拾亿圆整"_s << qint64(100000000000);
    QTest::newRow("wan-yi") << u"壹万亿圆整"_s << qint64(100000000000000);
    QTest::newRow("yi-ling-wan") << u"壹亿零伍万圆整"_s << qint64(10005000000);
    QTest::newRow("yi-wan-mixed") << u"叁亿贰仟万零壹圆整"_s << qint64(32000000100);
    QTest::newRow("without-ling-explicit-units") << u"壹仟伍拾圆整"_s << qint64(105000);
    QTest::newRow("ones-after-ling") << u"壹佰零伍圆整"_s << qint64(10500);
    QTest::newRow("single-digit") << u"伍圆"_s << qint64(500);
    QTest::newRow("fen-then-zheng") << u"壹圆伍分整"_s << qint64(105);
}

void TstChineseAmount::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto v = ra::money::parseChineseUpper(text);
    QVERIFY2(v.has_value(), qPrintable(text));
    QCOMPARE(*v, fen);
}

void TstChineseAmount::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"  "_s;
    QTest::newRow("mark-only") << u"⊗"_s;
    QTest::newRow("minus-only") << u"负"_s;
    QTest::newRow("informal-digits") << u"一百元整"_s;
    QTest::newRow("informal-liang") << u"两百元整"_s;
    QTest::newRow("informal-ling") << u"壹佰元另伍分"_s;
    QTest::newRow("informal-mao") << u"壹佰元伍毛"_s;
    QTest::newRow("informal-shi") << u"十元整"_s;
    QTest::newRow("arabic") << u"100元"_s;
    QTest::newRow("ascii") << u"abc"_s;
    QTest::newRow("no-yuan") << u"壹佰"_s;
    QTest::newRow("whole-only") << u"整"_s;
    QTest::newRow("yuan-whole-only") << u"圆整"_s;
    QTest::newRow("ambiguous-bare-ones") << u"壹佰伍圆"_s;
    QTest::newRow("ambiguous-bare-wan") << u"壹万伍圆"_s;
    QTest::newRow("ambiguous-before-wan") << u"壹佰伍万圆"_s;
    QTest::newRow("two-digits") << u"壹壹圆"_s;
    QTest::newRow("unit-twice") << u"拾拾圆"_s;
    QTest::newRow("ascending-units") << u"伍拾叁佰圆"_s;
    QTest::newRow("unit-without-digit") << u"壹仟佰圆"_s;
    QTest::newRow("digit-then-zero") << u"伍零圆"_s;
    QTest::newRow("leading-zero") << u"零壹圆"_s;
    QTest::newRow("trailing-zero") << u"壹拾零圆"_s;
    QTest::newRow("wan-twice") << u"壹万贰万圆"_s;
    QTest::newRow("yi-twice") << u"壹亿贰亿圆"_s;
    QTest::newRow("bare-wan") << u"万圆"_s;
    QTest::newRow("yuan-twice") << u"壹圆圆"_s;
    QTest::newRow("after-whole") << u"壹圆整伍角"_s;
    QTest::newRow("whole-twice") << u"壹圆整整"_s;
    QTest::newRow("jiao-twice") << u"壹圆伍角伍角"_s;
    QTest::newRow("jiao-after-fen") << u"壹圆伍分伍角"_s;
    QTest::newRow("digit-without-unit-after-yuan") << u"壹圆伍"_s;
    QTest::newRow("trailing-ling") << u"壹圆零"_s;
    QTest::newRow("jiao-without-digit") << u"壹圆角"_s;
    QTest::newRow("text-after") << u"壹圆整（含税）"_s;
    QTest::newRow("double-negative") << u"负负壹圆"_s;
    QTest::newRow("very-long") << QString(1000, u'壹');
}

void TstChineseAmount::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!ra::money::parseChineseUpper(text).has_value());
}

void TstChineseAmount::renders_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("header-example") << qint64(1060000) << u"壹万零陆佰圆整"_s;
    QTest::newRow("zero") << qint64(0) << u"零圆整"_s;
    QTest::newRow("jiao-no-zheng") << qint64(5340) << u"伍拾叁圆肆角"_s;
    QTest::newRow("yuan-digit-zero") << qint64(19019) << u"壹佰玖拾圆零壹角玖分"_s;
    QTest::newRow("jiao-zero") << qint64(3803) << u"叁拾捌圆零叁分"_s;
    QTest::newRow("middle-zero") << qint64(140950) << u"壹仟肆佰零玖圆伍角"_s;
    QTest::newRow("zeros-in-a-row") << qint64(600714) << u"陆仟零柒圆壹角肆分"_s;
    QTest::newRow("wan-boundary") << qint64(10700053) << u"壹拾万零柒仟圆零伍角叁分"_s;
    QTest::newRow("below-one-jiao") << qint64(50) << u"伍角"_s;
    QTest::newRow("below-one-fen") << qint64(3) << u"叁分"_s;
    QTest::newRow("below-one-both") << qint64(53) << u"伍角叁分"_s;
    QTest::newRow("negative") << qint64(-5005) << u"负伍拾圆零伍分"_s;
    QTest::newRow("ten") << qint64(1000) << u"壹拾圆整"_s;
    QTest::newRow("one-thousand-one") << qint64(100100) << u"壹仟零壹圆整"_s;
    QTest::newRow("wan-ling-ones") << qint64(10000100) << u"壹拾万零壹圆整"_s;
    QTest::newRow("yi") << qint64(10000000000) << u"壹亿圆整"_s;
    QTest::newRow("yi-ling-wan") << qint64(10005000000) << u"壹亿零伍万圆整"_s;
    QTest::newRow("wan-yi") << qint64(100000000000000) << u"壹万亿圆整"_s;
    QTest::newRow("wan-yi-ling-ones") << qint64(100000000000500) << u"壹万亿零伍圆整"_s;
}

void TstChineseAmount::renders()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(ra::money::toChineseUpper(fen), text);
}

void TstChineseAmount::roundTripSmall()
{
    for (qint64 fen = 0; fen <= 200000; fen += 7) {
        const QString text = ra::money::toChineseUpper(fen);
        const auto back = ra::money::parseChineseUpper(text);
        QVERIFY2(back.has_value() && *back == fen, qPrintable(QString::number(fen) + u' ' + text));
        const auto negative = ra::money::parseChineseUpper(ra::money::toChineseUpper(-fen));
        QVERIFY2(negative.has_value() && *negative == -fen, qPrintable(QString::number(-fen)));
    }
}

void TstChineseAmount::roundTripLarge()
{
    // Every digit pattern around the 万 and 亿 boundaries, plus a pseudo-random walk.
    QList<qint64> values = {10000000000, 10000000001, 999999999999, 100000000000000,
                            100010000000000, 123456789012345, 900000000000099, 1000000000000000,
                            99999999999999999};
    for (qint64 base = 1; base <= 100000000000000000; base *= 10)
        for (qint64 m : {1, 9, 11, 101, 1001, 10001})
            if (base <= 100000000000000000 / m)
                values << base * m << base * m + 1 << base * m + 10;
    quint64 x = 88172645463325252ULL;
    for (int i = 0; i < 20000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        values << qint64(x % 100000000000000000ULL) / qint64(1 + (x >> 60));
    }
    for (qint64 fen : std::as_const(values)) {
        const QString text = ra::money::toChineseUpper(fen);
        const auto back = ra::money::parseChineseUpper(text);
        QVERIFY2(back.has_value() && *back == fen, qPrintable(QString::number(fen) + u' ' + text));
    }
}

void TstChineseAmount::randomTokenStrings()
{
    // Random strings over the amount alphabet: never a crash (the suite runs under ASan/UBSan
    // in CI), and whatever parses renders back to the same value.
    const QString alphabet = u"零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正负⊗貳萬"_s;
    quint64 x = 0x9E3779B97F4A7C15ULL;
    int accepted = 0;
    for (int i = 0; i < 50000; ++i) {
        QString s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int len = int(x % 14);
        for (int k = 0; k < len; ++k) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s += alphabet.at(qsizetype(x % quint64(alphabet.size())));
        }
        const auto v = ra::money::parseChineseUpper(s);
        if (!v)
            continue;
        ++accepted;
        const auto again = ra::money::parseChineseUpper(ra::money::toChineseUpper(*v));
        QVERIFY2(again && *again == *v, qPrintable(s));
    }
    QVERIFY(accepted > 0);
}

void TstChineseAmount::stripsTheMark_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("circled times") << u"⊗壹仟零伍拾圆整"_s << u"壹仟零伍拾圆整"_s;
    QTest::newRow("circled x, space") << u"ⓧ 伍拾圆整"_s << u"伍拾圆整"_s;
    QTest::newRow("typed X") << u"X伍圆整"_s << u"伍圆整"_s;
    QTest::newRow("none") << u"伍圆整"_s << u"伍圆整"_s;
    QTest::newRow("negative") << u"⊗负伍拾元零伍分"_s << u"负伍拾元零伍分"_s;
}

void TstChineseAmount::stripsTheMark()
{
    QFETCH(QString, printed);
    QFETCH(QString, stored);
    QCOMPARE(ra::money::stripAmountMark(printed), stored);
    ra::Invoice inv;
    ra::Field f;
    f.value = printed;
    inv.fields.insert(u"total_in_words"_s, f);
    inv.alternatives[u"total_in_words"_s].append(f);
    ra::tidyPrintedValues(inv);
    QCOMPARE(inv.value(u"total_in_words"_s), stored);
    QCOMPARE(inv.alternatives.value(u"total_in_words"_s).constFirst().value, stored);
    QCOMPARE(ra::money::parseChineseUpper(stored), ra::money::parseChineseUpper(printed));
}

QTEST_GUILESS_MAIN(TstChineseAmount)
#include "tst_chineseamount.moc"
