#include "appicon.h"
#include "appsettings.h"
#include "logsetup.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "worker/workerpooloptions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The language of Settings, else the system's when it is Chinese, else English. Qt's own
// dialogs (file chooser, buttons) follow through qtbase's translation.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString chosen = chinese ? u"zh_CN"_s : u"en"_s;
    ra::uilanguage::setCurrent(chosen);
    // Pages are drawn and documents read in worker processes, whose messages are shown as
    // they come: they speak the desk's language.
    ra::WorkerPoolOptions::setMessageLanguage(chinese ? chosen : QString());
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    auto *mine = new QTranslator(&app);
    if (mine->load(u":/i18n/reimburse_%1.qm"_s.arg(chosen)))
        QApplication::installTranslator(mine);
    if (chinese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"reimburse"_s);
    QApplication::setOrganizationName(u"reimburse"_s);
    QApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    QGuiApplication::setDesktopFileName(ra::appId());
    QApplication::setWindowIcon(ra::appIcon());
    ra::log::setupApplicationLogging(u"reimburse"_s, qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"),
                                     qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"));
    installTranslations(app, ra::AppSettings().language());

    ra::MainWindow window;
    window.show();
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    window.openArguments(arguments);
    return QApplication::exec();
}
