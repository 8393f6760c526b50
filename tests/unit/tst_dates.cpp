// ra::dates: the date and time spellings invoices and vendors use, validated as calendar dates.
#include "dates.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstDates : public QObject
{
    Q_OBJECT

private slots:
    void parseDate_data();
    void parseDate();
    void parseDateRefuses_data();
    void parseDateRefuses();
    void formatDate();
    void parseTime_data();
    void parseTime();
};

void TstDates::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("chinese") << u"2021年06月11日"_s << QDate(2021, 6, 11);
    QTest::newRow("chinese-short-month-day") << u"2021年6月1日"_s << QDate(2021, 6, 1);
    QTest::newRow("chinese-without-ri") << u"2021年6月1"_s << QDate(2021, 6, 1);
    QTest::newRow("chinese-spaced") << u" 2021 年 6 月 1 日 "_s << QDate(2021, 6, 1);
    QTest::newRow("chinese-full-width-digits") << u"２０２１年０６月１１日"_s << QDate(2021, 6, 11);
    QTest::newRow("chinese-kangxi-ri") << u"2021年06月11\u2F47"_s << QDate(2021, 6, 11);
    QTest::newRow("digits") << u"20210611"_s << QDate(2021, 6, 11);
    QTest::newRow("digits-full-width") << u"２０２１０６１１"_s << QDate(2021, 6, 11);
    QTest::newRow("iso") << u"2021-06-11"_s << QDate(2021, 6, 11);
    QTest::newRow("iso-short") << u"2021-6-3"_s << QDate(2021, 6, 3);
    QTest::newRow("slash") << u"2021/06/11"_s << QDate(2021, 6, 11);
    QTest::newRow("dot") << u"2021.06.11"_s << QDate(2021, 6, 11);
    QTest::newRow("full-width-hyphens") << u"2021－06－11"_s << QDate(2021, 6, 11);
    QTest::newRow("blanks-around") << u"\t2021-06-11  "_s << QDate(2021, 6, 11);
    QTest::newRow("with-time") << u"2021-06-11 12:00:00"_s << QDate(2021, 6, 11);
    QTest::newRow("with-iso-time") << u"2021-06-11T08:30"_s << QDate(2021, 6, 11);
    QTest::newRow("short-day-with-time") << u"2021-6-3 12:00"_s << QDate(2021, 6, 3);
    QTest::newRow("leap-day-2020") << u"2020-02-29"_s << QDate(2020, 2, 29);
    QTest::newRow("leap-day-2000") << u"2000年2月29日"_s << QDate(2000, 2, 29);
    QTest::newRow("first-year") << u"1990-01-01"_s << QDate(1990, 1, 1);
    QTest::newRow("last-year") << u"2100-12-31"_s << QDate(2100, 12, 31);
}

void TstDates::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const std::optional<QDate> got = ra::dates::parseDate(text);
    QVERIFY2(got.has_value(), qPrintable(text));
    QCOMPARE(*got, date);
}

void TstDates::parseDateRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"  "_s;
    QTest::newRow("words") << u"开票日期"_s;
    QTest::newRow("no-leap-day-2021") << u"2021-02-29"_s;
    QTest::newRow("no-leap-day-1900-style") << u"2100-02-29"_s;
    QTest::newRow("february-30") << u"2021年02月30日"_s;
    QTest::newRow("april-31") << u"20210431"_s;
    QTest::newRow("month-13") << u"2021-13-01"_s;
    QTest::newRow("month-0") << u"2021-00-10"_s;
    QTest::newRow("day-0") << u"2021-06-00"_s;
    QTest::newRow("before-1990") << u"1989-12-31"_s;
    QTest::newRow("after-2100") << u"2101-01-01"_s;
    QTest::newRow("year-0") << u"0000-01-01"_s;
    QTest::newRow("mixed-separators") << u"2021-06/11"_s;
    QTest::newRow("two-digit-year") << u"21-06-11"_s;
    QTest::newRow("seven-digits") << u"2021061"_s;
    QTest::newRow("nine-digits") << u"202106111"_s;
    QTest::newRow("day-first") << u"11/06/2021"_s;
    QTest::newRow("trailing-garbage") << u"2021-06-11x"_s;
    QTest::newRow("bad-time") << u"2021-06-11 noon"_s;
    QTest::newRow("arabic-indic-digits") << u"\u0662\u0660\u0662\u0661-06-11"_s;
    QTest::newRow("very-long") << QString(1000, u'1');
}

void TstDates::parseDateRefuses()
{
    QFETCH(QString, text);
    const std::optional<QDate> got = ra::dates::parseDate(text);
    QVERIFY2(!got.has_value(), qPrintable(got ? got->toString(Qt::ISODate) : QString()));
}

void TstDates::formatDate()
{
    QCOMPARE(ra::dates::formatDate(QDate(2021, 6, 11)), u"2021-06-11"_s);
    QCOMPARE(ra::dates::formatDate(QDate(1999, 12, 1)), u"1999-12-01"_s);
    QVERIFY(ra::dates::formatDate(QDate()).isNull());
}

void TstDates::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("time"); // null = refused

    QTest::newRow("hh-mm") << u"09:05"_s << u"09:05"_s;
    QTest::newRow("h-mm") << u"9:05"_s << u"09:05"_s;
    QTest::newRow("chinese") << u"09时05分"_s << u"09:05"_s;
    QTest::newRow("chinese-short") << u"9时5分"_s << u"09:05"_s;
    QTest::newRow("chinese-seconds") << u"09时05分30秒"_s << u"09:05"_s;
    QTest::newRow("seconds-dropped") << u"12:30:59"_s << u"12:30"_s;
    QTest::newRow("full-width-colon") << u"09：05"_s << u"09:05"_s;
    QTest::newRow("full-width-digits") << u"０９:０５"_s << u"09:05"_s;
    QTest::newRow("blanks") << u" 23:59 "_s << u"23:59"_s;
    QTest::newRow("midnight") << u"00:00"_s << u"00:00"_s;

    QTest::newRow("hour-24") << u"24:00"_s << QString();
    QTest::newRow("minute-60") << u"12:60"_s << QString();
    QTest::newRow("second-60") << u"12:00:60"_s << QString();
    QTest::newRow("one-digit-minute") << u"9:5"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << u"上午"_s << QString();
    QTest::newRow("three-digit-hour") << u"123:45"_s << QString();
}

void TstDates::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QString, time);
    const std::optional<QString> got = ra::dates::parseTime(text);
    if (time.isNull()) {
        QVERIFY2(!got.has_value(), qPrintable(got.value_or(QString())));
    } else {
        QVERIFY2(got.has_value(), qPrintable(text));
        QCOMPARE(*got, time);
    }
}

QTEST_GUILESS_MAIN(TstDates)
#include "tst_dates.moc"
