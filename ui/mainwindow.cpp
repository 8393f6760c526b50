#include "mainwindow.h"

#include "inputcollector.h"
#include "local/localrecognizer.h"

#include <QHeaderView>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtConcurrent>

namespace ra {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Reimbursement Assistant"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("documentTree"));
    m_list->setHeaderLabels({tr("File / invoice"), tr("Type"), tr("Number"), tr("Date"), tr("Total"),
                             tr("Seller"), tr("Findings")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(m_list);
    resize(1280, 800);
    connect(&m_watcher, &QFutureWatcher<RecognizedDocument>::resultReadyAt, this, &MainWindow::showResult);
    connect(&m_watcher, &QFutureWatcher<RecognizedDocument>::progressValueChanged, this, [this](int value) {
        statusBar()->showMessage(tr("Recognised %1 of %2").arg(value).arg(m_watcher.progressMaximum()));
    });
}

MainWindow::~MainWindow()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void MainWindow::importFiles(const QStringList &paths)
{
    const CollectedInputs inputs = collectInputs(paths);
    // Recognition reads, decodes and renders: never on the GUI thread.
    m_watcher.setFuture(QtConcurrent::mapped(inputs.files, [](const QString &path) {
        return LocalRecognizer::recognizeFile(path);
    }));
}

void MainWindow::showResult(int index)
{
    const RecognizedDocument doc = m_watcher.resultAt(index);
    auto *docItem = new QTreeWidgetItem(m_list, {QFileInfo(doc.file).fileName()});
    if (doc.error)
        docItem->setText(6, doc.error->message);
    for (const Invoice &inv : doc.invoices) {
        QStringList rules;
        for (const Finding &f : inv.findings)
            rules.append(f.rule);
        new QTreeWidgetItem(docItem, {tr("Page %1").arg(inv.page), invoiceTypeNameZh(inv.type),
                                      inv.value(QStringLiteral("number")), inv.value(QStringLiteral("date")),
                                      inv.value(QStringLiteral("total")), inv.value(QStringLiteral("seller_name")),
                                      rules.join(QStringLiteral(", "))});
    }
    docItem->setExpanded(true);
}

} // namespace ra
