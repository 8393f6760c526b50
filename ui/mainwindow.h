#pragma once

#include "recognizeddocument.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QTreeWidget;

namespace ra {

// The main window. For now it recognises the files it is given off the GUI thread and lists
// each document's invoices; the review desk (page view, field form) replaces the list.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void importFiles(const QStringList &paths);

private:
    void showResult(int index);

    QTreeWidget *m_list = nullptr;
    QFutureWatcher<RecognizedDocument> m_watcher;
};

} // namespace ra
