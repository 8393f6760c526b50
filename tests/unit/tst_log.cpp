// Personal data never reaches a log line: log::redact masks ID-card and mobile numbers in
// free text, and the Qt message route goes through it. A process killed with SIGKILL keeps its
// log: warnings are in the file when the call returns, other lines arrive within the flush
// period (this binary re-runs itself as the process to kill).

#include "log.h"
#include "logsetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <spdlog/sinks/ostream_sink.h>
#include <cstdio>
#include <sstream>

using namespace ra;

namespace {

constexpr char kChildArgument[] = "--log-crash-child";

bool fileContains(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
}

void say(const QByteArray &line)
{
    std::fputs(QByteArray(line + '\n').constData(), stdout);
    std::fflush(stdout);
}

// The process the test kills: application logging as main() sets it up (the data folder is
// the parent's temporary one, through XDG_DATA_HOME), a few lines, then it waits. Whether each
// warning is in the file is checked here, right after the call returns: that is the promise.
int crashChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ra-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_log_child"));
    const QString path = log::setupApplicationLogging(QStringLiteral("crash-child"), false, false);
    say("path " + QFile::encodeName(path));
    const auto logger = log::get("test.crash");
    logger->info("info line before the warning");
    logger->warn("the warning line");
    say(QByteArray("warning-in-file ") + (fileContains(path, "the warning line") ? "yes" : "no"));
    qWarning("a Qt warning line");
    say(QByteArray("qt-warning-in-file ") + (fileContains(path, "a Qt warning line") ? "yes" : "no"));
    logger->info("info line after the warning");
    say("ready");
    // Killed long before this; the bound only keeps an orphan from living on if the test dies.
    for (int i = 0; i < 600; ++i)
        QThread::msleep(500);
    return 0;
}

} // namespace

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

    void killedProcessKeepsItsLog()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is a Unix signal");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildArgument)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        const auto said = [&](const QByteArray &line) {
            out += child.readAllStandardOutput();
            return out.contains(QByteArray(line + '\n'));
        };
        // Waits for the child to get there, however slow the machine; nothing is timed.
        QTRY_VERIFY_WITH_TIMEOUT(said("ready"), 20000);
        QVERIFY2(out.contains("warning-in-file yes\n"), out.constData());
        QVERIFY2(out.contains("qt-warning-in-file yes\n"), out.constData());
        const qsizetype at = out.indexOf("path ") + 5;
        const QString path = QFile::decodeName(out.mid(at, out.indexOf('\n', at) - at));
        QVERIFY2(path.startsWith(dir.path()), qPrintable(path));
        QVERIFY(fileContains(path, "info line before the warning"));
        // The line after the warning only gets there through the periodic flush.
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(path, "info line after the warning"), 20000);

        child.kill(); // SIGKILL: no destructor, no atexit, no flush
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        for (const char *line : {"[info] info line before the warning", "[warning] the warning line",
                                 "a Qt warning line", "[info] info line after the warning"})
            QVERIFY2(text.contains(line), text.constData());
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], kChildArgument) == 0)
        return crashChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestLog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_log.moc"
