#pragma once

#include <QMainWindow>

namespace ra {

// The review desk's main window. Thin: it arranges the list, the page view and the form,
// and forwards actions; the data lives in the claim document (models/).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ra
