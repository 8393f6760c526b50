// Personal data never reaches a log line: log::redact masks ID-card and mobile numbers in
// free text, and the Qt message route goes through it.

#include "log.h"

#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace ra;

class TestLog : public QObject
{
    Q_OBJECT

private slots:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("resident id") << u"passenger 320583199001011234 boarded"_qs << u"passenger [id] boarded"_qs;
        QTest::newRow("id with X") << u"id=11010519491231002X"_qs << u"id=[id]"_qs;
        QTest::newRow("masked id") << u"3205831990****1234"_qs << u"[id]"_qs;
        QTest::newRow("mobile") << u"call 13812345678 now"_qs << u"call [phone] now"_qs;
        QTest::newRow("mobile in text") << u"电话:15900001111。"_qs << u"电话:[phone]。"_qs;
        QTest::newRow("invoice number kept") << u"number 24322000000489101796"_qs
                                             << u"number 24322000000489101796"_qs;
        QTest::newRow("8-digit number kept") << u"No 51142414"_qs << u"No 51142414"_qs;
        QTest::newRow("tax id with letters kept") << u"91120110MA06J3WLX8"_qs << u"91120110MA06J3WLX8"_qs;
        QTest::newRow("amount kept") << u"total 13800.00"_qs << u"total 13800.00"_qs;
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(log::redact(input.toStdString())), expected);
    }

    void loggersShareInstalledSinks()
    {
        std::ostringstream out;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
        log::installSinks({sink}, spdlog::level::info);
        log::get("test.a")->info("hello {}", 1);
        log::get("test.b")->debug("hidden");
        log::get("test.a")->flush();
        const std::string text = out.str();
        QVERIFY(text.find("[test.a]") != std::string::npos);
        QVERIFY(text.find("hello 1") != std::string::npos);
        QVERIFY(text.find("hidden") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
