#include "mainwindow.h"
#include "threadhandoff.h"

#include "appicon.h"
#include "appsettings.h"
#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "claim/recentfiles.h"
#include "claimdetailsdialog.h"
#include "claimsession.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "documentformat.h"
#include "exportdialog.h"
#include "fieldform.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "invoicetype.h"
#include "invoicelistpanel.h"
#include "log.h"
#include "pageview.h"
#include "messagebar.h"
#include "ocrmodelstatus.h"
#include "providerhost.h"
#include "settingsdialog.h"
#include "thumbnailcache.h"
#include "aboutbox.h"
#include "deskgeometry.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString defaultUntitledDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"untitled"_s);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget *parent) : QMainWindow(parent), m_options(std::move(options))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setWindowIcon(appIcon());

    if (!m_options.settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_options.settings = m_ownSettings.get();
    }
    m_qsettings = m_options.settings;
    m_settings = std::make_unique<AppSettings>(m_qsettings);
    m_recent = std::make_unique<RecentFiles>(m_qsettings);
    // The keychain may ask the person for a password, and offline recognition needs none: it is
    // opened when a cloud provider is about to be used or its settings are shown, never at start.
    m_host = new ProviderHost(m_settings.get(), m_options.credentials, m_options.keychainOpener,
                              m_options.cacheDirectory, this);
    if (m_options.ledgerPath != u"-") {
        m_ledger = std::make_unique<DuplicateLedger>();
        if (!m_ledger->open(m_options.ledgerPath.isEmpty() ? DuplicateLedger::defaultPath() : m_options.ledgerPath)) {
            log::get("ui")->warn("duplicate ledger unavailable: {}", m_ledger->errorString().toStdString());
            m_ledger.reset();
        }
    }
    m_claim = std::make_unique<ClaimDocument>();
    if (m_ledger)
        m_claim->setLedger(m_ledger.get());
    m_session = new ClaimSession(m_claim.get(), m_ledger.get(), m_recent.get(),
                                 m_options.untitledDir.isEmpty() ? defaultUntitledDir() : m_options.untitledDir, this);

    // Whether a QR-only finding must say the OCR models are missing: looked up off this thread.
    (void)OcrModelStatus::check();
    m_thumbnails = new ThumbnailCache(m_claim.get(), this);
    m_model = new InvoiceListModel(m_claim.get(), m_thumbnails, this);
    m_list = new InvoiceListPanel(m_model, this);
    m_page = new PageView(m_claim.get(), this);
    m_form = new FieldForm(m_claim.get(), this);
    m_importer = new ImportController(m_claim.get(), m_model, this);
    m_importer->setProviderChooser([this](DocumentFormat format, bool isUrl) { return providerFor(int(format), isUrl); });
    m_thumbnails->setSize(m_list->view()->iconSize(), devicePixelRatioF());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"DeskSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_page);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setCollapsible(1, false);   // the page is what the desk is for
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] {
        if (QAction *a = action(u"toggleList"_s))
            a->setChecked(m_splitter->sizes().at(0) > 0);
    });
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_recoveryBar = new MessageBar(central);
    m_recoveryBar->setObjectName(u"RecoveryBar"_s);
    m_noticeBar = new MessageBar(central);
    m_noticeBar->setObjectName(u"NoticeBar"_s);
    column->addWidget(m_recoveryBar);
    column->addWidget(m_noticeBar);
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    m_importer->setServices(m_host->services());
    fillProviderChooser();
    m_host->setBusyCheck([this] { return m_importer->isBusy(); });
    connect(m_host, &ProviderHost::servicesChanged, this, [this] {
        m_importer->setServices(m_host->services());
        fillProviderChooser();
    });
    connect(m_host, &ProviderHost::keychainUnavailable, this, [this](const QString &status) {
        m_noticeBar->showMessage(status, MessageBar::Kind::Warning);
    });
    m_model->setActiveCheck([this](qint64 id) { return m_importer->isActive(id); });
    connect(m_importer, &ImportController::activeChanged, m_model, &InvoiceListModel::refreshPending);

    connect(m_list, &InvoiceListPanel::currentInvoiceChanged, this, &MainWindow::onCurrentInvoiceChanged);
    connect(m_list, &InvoiceListPanel::currentPendingChanged, this, &MainWindow::onCurrentPendingChanged);
    connect(m_form, &FieldForm::fieldSelected, this, [this](qint64, const QString &key) { m_page->highlightField(key); });
    connect(m_form, &FieldForm::inputRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_page, &PageView::fieldClicked, this, [this](qint64 invoiceId, const QString &key) {
        if (invoiceId == m_form->invoiceId())
            m_form->selectField(key);
    });
    connect(m_page, &PageView::invoiceClicked, m_list, &InvoiceListPanel::selectInvoice);
    connect(m_page, &PageView::fieldMarked, this, &MainWindow::onFieldMarked);
    // Region badges carry the invoice's row in the list, so receipts on a photo and rows match.
    m_page->setRowLabeler([this](qint64 invoiceId) {
        const int row = m_model->rowOfInvoice(invoiceId);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_list->view()->model());
        if (row < 0 || !proxy)
            return row + 1;
        const QModelIndex shown = proxy->mapFromSource(m_model->index(row, 0));
        return shown.isValid() ? shown.row() + 1 : 0;
    });
    if (QAbstractItemModel *shown = m_list->view()->model()) {
        connect(shown, &QAbstractItemModel::layoutChanged, m_page, &PageView::refreshRegionLabels);
        connect(shown, &QAbstractItemModel::rowsInserted, m_page, &PageView::refreshRegionLabels);
        connect(shown, &QAbstractItemModel::rowsRemoved, m_page, &PageView::refreshRegionLabels);
        connect(shown, &QAbstractItemModel::modelReset, m_page, &PageView::refreshRegionLabels);
    }
    connect(m_page, &PageView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    });
    connect(m_page, &PageView::pageChanged, this, [this](int index, int count) {
        m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(index + 1).arg(count) : QString());
        action(u"nextPage"_s)->setEnabled(index + 1 < count);
        action(u"previousPage"_s)->setEnabled(index > 0);
    });
    connect(m_importer, &ImportController::progress, this, &MainWindow::onImportProgress);
    connect(m_importer, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_importer, &ImportController::busyChanged, this, [this](bool busy) {
        m_cancel->setEnabled(busy);
        action(u"cancel"_s)->setEnabled(busy);
        if (!busy)
            m_host->retryPending();
    });
    connect(m_importer, &ImportController::invoicesAdded, this, [this](const QList<qint64> &ids) {
        // The first invoice of a batch is shown at once, so there is something to review.
        if (!m_list->currentInvoice() && !ids.isEmpty())
            m_list->selectInvoice(ids.constFirst());
    });
    connect(m_claim.get(), &ClaimDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_claim.get(), &ClaimDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(m_claim.get(), &ClaimDocument::changed, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_claim.get(), &ClaimDocument::storeFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The claim file could not be written"),
                             tr("%1\n\nYour last change was not saved. Use File › Save As to keep the claim "
                                "somewhere else.").arg(message));
    });
    connect(m_session, &ClaimSession::claimOpened, this, &MainWindow::onClaimOpened);
    m_list->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);

    QSettings &settings = *m_qsettings;
    // Within the screen it opens on, whatever screen it was closed on; the page first.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        setGeometry(deskgeometry::placeWithin(geometry(), available));
    else
        setGeometry(deskgeometry::defaultGeometry(available));
    restoreState(settings.value(u"window/state"_s).toByteArray());
    const QByteArray sizes = settings.value(u"window/splitter"_s).toByteArray();
    if (sizes.isEmpty() || !splitter->restoreState(sizes)) {
        const deskgeometry::DeskSizes d = deskgeometry::splitterSizes(width());
        splitter->setSizes({d.list, d.page, d.form});
    }

    if (!m_session->newClaim())
        QMessageBox::critical(this, tr("Cannot start a claim"), m_session->errorString());
    // Claims a crash left behind are offered in a bar, never a question before the window: the
    // files given on the command line open meanwhile.
    if (m_options.offerRecovery)
        lookForRecoverable();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Recognition, the views and the thumbnails all read the claim, which is a member and so
    // would go before the widgets do: take them down here, in that order.
    m_importer->cancel();
    delete m_importer;
    m_importer = nullptr;
    delete takeCentralWidget();   // list, page view, form
    delete m_model;
    m_model = nullptr;
    delete m_thumbnails;
    m_thumbnails = nullptr;
    disconnect(m_claim.get(), nullptr, this, nullptr);
    m_claim.reset();              // closes the claim file
    if (!m_removeOnExit.isEmpty())
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_removeOnExit + suffix);
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Reimbursement Assistant").arg(m_session->title()));
    setWindowModified(m_claim->isModified() || (m_session->isUntitled() && !m_session->isEmpty()));
    setWindowFilePath(m_session->isUntitled() ? QString() : m_claim->filePath());
}

void MainWindow::updateActions()
{
    const bool hasInvoice = m_list->currentInvoice() != 0;
    for (const char *name : {"markReviewed", "compare", "remove", "nextField", "previousField", "nextFinding", "editField"})
        action(QString::fromLatin1(name))->setEnabled(hasInvoice);
    action(u"export"_s)->setEnabled(!m_claim->invoices().isEmpty());
}

void MainWindow::onCurrentInvoiceChanged(qint64 invoiceId)
{
    m_page->showInvoice(invoiceId);
    m_form->setInvoice(invoiceId);
    if (invoiceId)
        m_claim->setSelection(invoiceId);
    updateActions();
}

void MainWindow::onCurrentPendingChanged(int key)
{
    if (!key)
        return;
    const QModelIndex i = m_model->index(m_model->pendingRowOf(key), 0);
    const QString error = i.data(InvoiceListModel::ErrorRole).toString();
    if (!error.isEmpty())
        statusBar()->showMessage(error, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importer->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Recognition Running"),
            tr("Documents are still being recognised. Stop and quit? Everything already added stays in the claim."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importer->cancel();
    }
    if (!settleUntitled()) {
        event->ignore();
        return;
    }
    // An empty untitled claim is only a blank sheet: leave no file behind.
    if (m_session->isUntitled() && m_session->isEmpty())
        m_removeOnExit = m_claim->filePath();
    QSettings &settings = *m_qsettings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    event->accept();
}

void MainWindow::openSettings()
{
    m_host->ensureKeychain();   // the accounts' pages show and store keys
    fillProviderChooser();
    SettingsDialog dialog(m_settings.get(), m_host->credentials(), m_host->services()->registry()->catalog(), this);
    dialog.setNetworkAccess(m_host->services()->network());
    dialog.setKeychainStatus(m_host->keychainStatus());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_host->requestRebuild();
    // An employer given by its tax id alone is an employer too: the buyer checks work with it.
    const bool claimHasEmployer = !m_claim->details().companyName.isEmpty() || !m_claim->details().companyTaxId.isEmpty();
    if (!claimHasEmployer && (!m_settings->companyName().isEmpty() || !m_settings->companyTaxId().isEmpty())) {
        ClaimDetails details = m_claim->details();
        details.companyName = m_settings->companyName();
        details.companyTaxId = m_settings->companyTaxId();
        m_claim->setDetails(details);
    }
}

void MainWindow::toggleList()
{
    // Collapsed, the page takes the list's width; shown again, the list gets back what it had.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.at(0) > 0) {
        m_listWidth = sizes.at(0);
        sizes[1] += sizes.at(0);
        sizes[0] = 0;
    } else {
        sizes[0] = m_listWidth > 0 ? m_listWidth : deskgeometry::splitterSizes(width()).list;
        sizes[1] = std::max(200, sizes.at(1) - sizes.at(0));
    }
    m_splitter->setSizes(sizes);
    action(u"toggleList"_s)->setChecked(sizes.at(0) > 0);
}

void MainWindow::about()
{
    showAboutBox(this);
}


} // namespace ra
