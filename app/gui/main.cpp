#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("reimburse"));
    QApplication::setOrganizationName(QStringLiteral("reimburse"));
    ra::MainWindow window;
    window.show();
    return QApplication::exec();
}
