#include "commands.h"
#include "exitcodes.h"

#include "logsetup.h"

#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

const char kUsage[] =
    "Usage: reimburse-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  recognize [options] PATH...   recognise files and folders (recursively)\n"
    "  providers [--format table|json]\n"
    "                                each provider: id, accepted inputs, configured or not\n"
    "  render PATH [--page N] [--dpi D] --out FILE.png\n"
    "                                the page image exactly as the viewer shows it\n"
    "  export CLAIM --format xlsx|csv|json|pdf|originals --out PATH\n"
    "\n"
    "Run 'reimburse-cli COMMAND --help' for a command's options.\n"
    "Exit codes: 0 all processed, 1 some document failed, 2 bad command line, 3 configuration.\n";

} // namespace

int main(int argc, char *argv[])
{
    // Drawing pages with text (OFD rendering, the PDF report) needs a GUI application object,
    // never a display: the CLI runs on servers and in CI. Recognition needs neither, and a
    // core application starts in a fraction of the time, which counts when scripts call the
    // CLI once per file.
    const bool needsGui = argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "export") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication::setApplicationName(QStringLiteral("reimburse"));
    QGuiApplication::setOrganizationName(QStringLiteral("reimburse"));
    QGuiApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    // Before the application object, so that what Qt says while starting goes to the log file
    // and not into a script's standard error.
    ra::log::setupApplicationLogging(QStringLiteral("reimburse-cli"),
                                     qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"),
                                     qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"));
    std::unique_ptr<QCoreApplication> app(needsGui ? new QGuiApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        std::fputs(kUsage, stderr);
        return ra::cli::kExitUsage;
    }
    const QString command = args.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(kUsage, stdout);
        return ra::cli::kExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        std::printf("reimburse-cli %s\n", RA_VERSION);
        return ra::cli::kExitOk;
    }
    if (command == u"recognize")
        return ra::cli::runRecognize(args);
    if (command == u"providers")
        return ra::cli::runProviders(args);
    if (command == u"render")
        return ra::cli::runRender(args);
    if (command == u"export")
        return ra::cli::runExport(args);
    std::fprintf(stderr, "reimburse-cli: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return ra::cli::kExitUsage;
}
