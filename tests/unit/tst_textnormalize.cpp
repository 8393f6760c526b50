// ra::text: folding what PDF text layers contain (Kangxi radicals, radical-supplement forms,
// compatibility ideographs, full-width ASCII) into ordinary text, and invoice-number prefixes.
#include "textnormalize.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstTextNormalize : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldKangxiBlockIsComplete();
    void compact_data();
    void compact();
    void stripNumberPrefix_data();
    void stripNumberPrefix();
    void printed_data();
    void printed();
    void withoutTrailingSeparators_data();
    void withoutTrailingSeparators();
};

void TstTextNormalize::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("plain-unchanged") << u"增值税专用发票"_s << u"增值税专用发票"_s;
    QTest::newRow("ascii-unchanged") << u"No. 12345678 (a+b)"_s << u"No. 12345678 (a+b)"_s;
    QTest::newRow("null-stays-null") << QString() << QString();
    // Kangxi radicals (U+2F00–U+2FD5), as in the real fixture's "电⼦发票" (⼦ U+2F26).
    QTest::newRow("kangxi-zi") << u"电\u2F26发票"_s << u"电子发票"_s;
    QTest::newRow("kangxi-ri") << u"\u2F47期"_s << u"日期"_s;
    QTest::newRow("kangxi-jin") << u"\u2FA6额"_s << u"金额"_s;
    QTest::newRow("kangxi-yong") << u"专\u2F64发票"_s << u"专用发票"_s;
    QTest::newRow("kangxi-first") << u"\u2F00"_s << u"一"_s;
    QTest::newRow("kangxi-last") << u"\u2FD5"_s << u"龠"_s;
    QTest::newRow("kangxi-whole-title") << u"电\u2F26发票（增值税专\u2F64发票）"_s
                                        << u"电子发票(增值税专用发票)"_s;
    // CJK radicals supplement: not NFKC-mapped, folded by our own table.
    QTest::newRow("supplement-yellow") << u"\u2EE9河"_s << u"黄河"_s;
    QTest::newRow("supplement-long") << u"\u2ED3沙"_s << u"长沙"_s;
    QTest::newRow("supplement-gate") << u"\u2ED4票"_s << u"门票"_s;
    QTest::newRow("supplement-horse") << u"\u2EE2"_s << u"马"_s;
    QTest::newRow("supplement-cart") << u"\u2ECB票"_s << u"车票"_s;
    QTest::newRow("supplement-wind") << u"\u2EDB"_s << u"风"_s;
    QTest::newRow("supplement-fly") << u"\u2EDC机"_s << u"飞机"_s;
    QTest::newRow("supplement-fish") << u"\u2EE5"_s << u"鱼"_s;
    QTest::newRow("supplement-even") << u"\u2EEC"_s << u"齐"_s;
    QTest::newRow("supplement-west") << u"\u2EC4安"_s << u"西安"_s;
    QTest::newRow("supplement-see") << u"\u2EC5"_s << u"见"_s;
    QTest::newRow("supplement-horn") << u"\u2EC6"_s << u"角"_s;
    QTest::newRow("supplement-shell") << u"\u2EC9"_s << u"贝"_s;
    QTest::newRow("supplement-eat") << u"\u2EDD品"_s << u"食品"_s;
    QTest::newRow("supplement-wheat") << u"\u2EE8"_s << u"麦"_s;
    QTest::newRow("supplement-c-dragon") << u"\u2EF0"_s << u"龙"_s;
    QTest::newRow("supplement-blue") << u"\u2ED8岛"_s << u"青岛"_s;
    QTest::newRow("supplement-leaf") << u"\u2EDA"_s << u"页"_s;
    QTest::newRow("supplement-component-kept") << u"\u2E80"_s << u"\u2E80"_s;
    // CJK compatibility ideographs, BMP and supplementary plane.
    QTest::newRow("compat-bmp") << u"\uF900"_s << u"豈"_s;
    QTest::newRow("compat-supplementary") << u"\U0002F800"_s << u"丽"_s;
    QTest::newRow("compat-unified-kept") << u"\uFA0E"_s << u"\uFA0E"_s;
    // Full-width ASCII and spaces.
    QTest::newRow("full-width-digits") << u"１２３４５６７８９０"_s << u"1234567890"_s;
    QTest::newRow("full-width-letters") << u"ＡＢＣｘｙｚ"_s << u"ABCxyz"_s;
    QTest::newRow("full-width-punctuation") << u"（）：，．－％"_s << u"():,.-%"_s;
    QTest::newRow("full-width-yen") << u"￥53.40"_s << u"¥53.40"_s;
    QTest::newRow("yen-unchanged") << u"¥53.40"_s << u"¥53.40"_s;
    QTest::newRow("ideographic-space") << u"名\u3000称"_s << u"名 称"_s;
    QTest::newRow("no-break-space") << u"a\u00A0b"_s << u"a b"_s;
    QTest::newRow("zero-width-dropped") << u"12\u200B34\uFEFF"_s << u"1234"_s;
    QTest::newRow("small-hyphen") << u"\uFE6318"_s << u"-18"_s;
    // Content that NFKC would rewrite is kept: item names use it on purpose.
    QTest::newRow("circled-kept") << u"①㈠½"_s << u"①㈠½"_s;
    QTest::newRow("square-metre-kept") << u"㎡"_s << u"㎡"_s;
    QTest::newRow("lone-surrogate-kept") << QString(QChar(0xD800)) << QString(QChar(0xD800));
}

void TstTextNormalize::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    const QString got = ra::text::fold(text);
    QCOMPARE(got, folded);
    QCOMPARE(got.isNull(), folded.isNull());
}

// Every assigned Kangxi radical folds to one ordinary CJK ideograph.
void TstTextNormalize::foldKangxiBlockIsComplete()
{
    for (char16_t c = 0x2F00; c <= 0x2FD5; ++c) {
        const QString folded = ra::text::fold(QString(QChar(c)));
        QCOMPARE(folded.size(), 1);
        const char16_t u = folded.at(0).unicode();
        QVERIFY2((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF),
                 qPrintable(u"U+%1 → U+%2"_s.arg(int(c), 4, 16).arg(int(u), 4, 16)));
    }
}

void TstTextNormalize::compact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compacted");

    QTest::newRow("blanks") << u" 价 税 合 计 "_s << u"价税合计"_s;
    QTest::newRow("tabs-newlines") << u"开票\t日期\r\n："_s << u"开票日期:"_s;
    QTest::newRow("ideographic-space") << u"购\u3000买\u3000方"_s << u"购买方"_s;
    QTest::newRow("kangxi-and-blanks") << u"电 \u2F26 发票"_s << u"电子发票"_s;
    QTest::newRow("full-width") << u"Ｎｏ　１２３"_s << u"No123"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TstTextNormalize::compact()
{
    QFETCH(QString, text);
    QFETCH(QString, compacted);
    QCOMPARE(ra::text::compact(text), compacted);
}

void TstTextNormalize::stripNumberPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");

    QTest::newRow("plain") << u"12345678"_s << u"12345678"_s;
    QTest::newRow("No") << u"No63591128"_s << u"63591128"_s;
    QTest::newRow("No-space") << u"No 12345678"_s << u"12345678"_s;
    QTest::newRow("No-dot") << u"No.12345678"_s << u"12345678"_s;
    QTest::newRow("No-dot-space") << u"No. 12345678"_s << u"12345678"_s;
    QTest::newRow("NO-colon") << u"NO:12345678"_s << u"12345678"_s;
    QTest::newRow("NO-full-width-colon") << u"NO：12345678"_s << u"12345678"_s;
    QTest::newRow("no-lower") << u"no12345678"_s << u"12345678"_s;
    QTest::newRow("numero-sign") << u"№12345678"_s << u"12345678"_s;
    QTest::newRow("numero-sign-space") << u"№ 12345678"_s << u"12345678"_s;
    QTest::newRow("full-width-No") << u"Ｎｏ．１２３４５６７８"_s << u"12345678"_s;
    QTest::newRow("full-width-NO-colon") << u"ＮＯ：１２３４５６７８"_s << u"12345678"_s;
    QTest::newRow("surrounding-blanks") << u"  No 12345678 "_s << u"12345678"_s;
    QTest::newRow("inner-blanks") << u"1234 5678"_s << u"12345678"_s;
    QTest::newRow("digital-20") << u"No 25322000000137756448"_s << u"25322000000137756448"_s;
    QTest::newRow("leading-zero-kept") << u"No.03223884"_s << u"03223884"_s;
    QTest::newRow("word-not-a-prefix") << u"None"_s << u"None"_s;
    QTest::newRow("prefix-only") << u"No."_s << u"No."_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TstTextNormalize::stripNumberPrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QCOMPARE(ra::text::stripNumberPrefix(text), number);
}

void TstTextNormalize::printed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");

    // the registered form of a company name keeps its full-width brackets (issue #12)
    QTest::newRow("full-width-brackets-kept") << u"聚光科技（杭州）股份有限公司"_s << u"聚光科技（杭州）股份有限公司"_s;
    QTest::newRow("kangxi-radical") << u"电\u2F26发票（增值税专用发票）"_s << u"电子发票（增值税专用发票）"_s;
    QTest::newRow("radical-supplement") << u"\u2EE9河"_s << u"黄河"_s;
    QTest::newRow("compatibility-ideograph") << u"\uF900"_s << u"\u8C48"_s;
    QTest::newRow("full-width-colon-kept") << u"订单号：A001"_s << u"订单号：A001"_s;
    QTest::newRow("full-width-digits-kept") << u"１２３"_s << u"１２３"_s;
    QTest::newRow("zero-width-dropped") << u"积\u200B塔"_s << u"积塔"_s;
    QTest::newRow("circled-kept") << u"①号"_s << u"①号"_s;
    QTest::newRow("blanks-kept") << u" a b "_s << u" a b "_s;
    QTest::newRow("null-stays-null") << QString() << QString();
}

void TstTextNormalize::printed()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    const QString got = ra::text::printed(text);
    QCOMPARE(got, printed);
    QCOMPARE(got.isNull(), printed.isNull());
    // folding what is stored gives what folding the page gives: comparisons are unchanged
    QCOMPARE(ra::text::fold(got), ra::text::fold(text).remove(QChar(0x200B)));
}

void TstTextNormalize::withoutTrailingSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("trimmed");

    QTest::newRow("semicolon") << u"积塔;"_s << u"积塔"_s;
    QTest::newRow("full-width-semicolon") << u"积塔；"_s << u"积塔"_s;
    QTest::newRow("comma-and-blank") << u" 李蓉蓉， "_s << u"李蓉蓉"_s;
    QTest::newRow("several") << u"王五;、 "_s << u"王五"_s;
    QTest::newRow("inner-kept") << u"张;三"_s << u"张;三"_s;
    QTest::newRow("nothing-left") << u";"_s << u""_s;
}

void TstTextNormalize::withoutTrailingSeparators()
{
    QFETCH(QString, text);
    QFETCH(QString, trimmed);
    QCOMPARE(ra::text::withoutTrailingSeparators(text), trimmed);
}

QTEST_GUILESS_MAIN(TstTextNormalize)
#include "tst_textnormalize.moc"
