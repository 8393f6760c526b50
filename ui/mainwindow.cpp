#include "mainwindow.h"

#include <QLabel>

namespace ra {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Reimbursement Assistant"));
    auto *placeholder = new QLabel(tr("Drop invoices here"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
}

} // namespace ra
