// reimburse-worker: reads one untrusted document at a time for reimburse and reimburse-cli,
// inside limits and a sandbox, so that a file that hangs or exhausts a parser takes down
// only this process (docs/worker-process.md). Not meant to be run by hand.

#include "workerchannel.h"
#include "workerlimits.h"
#include "workersandbox.h"
#include "workerservice.h"

#include "threadpriority.h"

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    qint64 memoryMb = 0;
    int niceValue = 0;
    QString language;
    bool serve = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--serve") == 0)
            serve = true;
        else if (std::strcmp(argv[i], "--memory-mb") == 0 && i + 1 < argc)
            memoryMb = QByteArray(argv[++i]).toLongLong();
        else if (std::strcmp(argv[i], "--nice") == 0 && i + 1 < argc)
            niceValue = QByteArray(argv[++i]).toInt();
        else if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLatin1(argv[++i]);
    }
    if (!serve) {
        std::fputs("reimburse-worker reads documents for reimburse and reimburse-cli over its standard "
                   "input and output; it is started by them, not by hand.\n"
                   "Usage: reimburse-worker --serve [--memory-mb N] [--nice N] [--lang zh_CN]\n",
                   stderr);
        return 2;
    }
    // Before anything else: limits, the protocol's descriptors set aside, and the sandbox
    // while the process still has one thread.
    QStringList notes{ra::worker::WorkerLimits::applyAtStart(memoryMb)};
    // Threads started later inherit it: the whole worker yields the CPU as asked.
    if (niceValue > 0)
        ra::setBackgroundPriority(niceValue);
    ra::worker::WorkerChannel channel;
    if (qEnvironmentVariable("REIMBURSE_WORKER_SANDBOX") == QLatin1String("0"))
        notes << QStringLiteral("sandbox: off (REIMBURSE_WORKER_SANDBOX=0)");
    else
        notes << ra::worker::WorkerSandbox::apply(QDir::tempPath());

    // Pages with text (OFD) are drawn with QPainter: a GUI application on the offscreen
    // platform, whatever the host uses (no display is reachable from the sandbox anyway).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("reimburse"));
    QGuiApplication::setOrganizationName(QStringLiteral("reimburse"));
    // The renderer's and recogniser's messages reach the person as they are: in the desk's
    // language (the same translations as the desk, compiled in), English for the command line.
    QTranslator translator;
    static const QRegularExpression languageName(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
    if (languageName.match(language).hasMatch()
        && translator.load(QStringLiteral(":/i18n/reimburse_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);

    ra::worker::WorkerService service(channel, notes);
    return service.run();
}
