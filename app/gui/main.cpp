#include "logsetup.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("reimburse"));
    QApplication::setOrganizationName(QStringLiteral("reimburse"));
    ra::log::setupApplicationLogging(QStringLiteral("reimburse"), qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"),
                                     qEnvironmentVariableIsSet("REIMBURSE_VERBOSE"));
    ra::MainWindow window;
    window.show();
    QStringList files = QApplication::arguments();
    files.removeFirst();
    if (!files.isEmpty())
        window.importFiles(files);
    return QApplication::exec();
}
