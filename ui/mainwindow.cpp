#include "mainwindow.h"

#include "appicon.h"
#include "appsettings.h"
#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "claim/recentfiles.h"
#include "claimdetailsdialog.h"
#include "claimsession.h"
#include "comparedialog.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "documentformat.h"
#include "exportdialog.h"
#include "fieldform.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "log.h"
#include "pageview.h"
#include "messagebar.h"
#include "providerhost.h"
#include "settingsdialog.h"
#include "thumbnailcache.h"
#include "aboutbox.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QRegularExpression>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
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

// A claim file is recognised by its content (SQLite with application id RAC1), not its name.
bool looksLikeClaim(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(72);
    return head.startsWith("SQLite format 3") && head.size() >= 72 && head.mid(68, 4) == "RAC1";
}

constexpr auto kByType = "";

// A toolbar icon drawn from a glyph: the view actions have no standard icon, and an icon
// theme is not always there (offscreen, minimal desktops).
QIcon glyphIcon(const QString &glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = QApplication::font();
        f.setPixelSize(size * 3 / 4);
        f.setBold(true);
        p.setFont(f);
        p.setPen(QApplication::palette().color(QPalette::WindowText));
        p.drawText(pixmap.rect(), Qt::AlignCenter, glyph);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}   // provider chooser entry: the per-type defaults of Settings

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
    splitter->setSizes({620, 480, 420});
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
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (const QByteArray sizes = settings.value(u"window/splitter"_s).toByteArray(); !sizes.isEmpty())
        splitter->restoreState(sizes);
    if (size().width() < 900)
        resize(1400, 860);

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

void MainWindow::buildActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                      QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    add(u"new"_s, tr("&New Claim"), QKeySequence::New, &MainWindow::newClaim, QStyle::SP_FileIcon);
    add(u"open"_s, tr("&Open Claim…"), QKeySequence::Open, &MainWindow::openClaimDialog, QStyle::SP_DialogOpenButton);
    add(u"import"_s, tr("&Import Files…"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importFilesDialog,
        QStyle::SP_FileDialogNewFolder)
        ->setIconText(tr("Import"));   // toolbar text without the menu's accelerator and ellipsis
    add(u"importFolder"_s, tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        &MainWindow::importFolderDialog, QStyle::SP_DirIcon);
    add(u"paste"_s, tr("&Paste Invoice"), QKeySequence::Paste, &MainWindow::paste);
    add(u"save"_s, tr("&Save"), QKeySequence::Save, &MainWindow::save, QStyle::SP_DialogSaveButton);
    // Qt's SaveAs key is empty outside GNOME and KDE: the same key everywhere.
    add(u"saveAs"_s, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveAs);
    add(u"export"_s, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportClaim);
    add(u"details"_s, tr("Claim &Details…"), QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::editClaimDetails);
    add(u"quit"_s, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    // No prefix of ours: Qt words "Undo %1" itself, translated with qtbase.
    QAction *undo = m_claim->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undo"_s);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actions.insert(u"undo"_s, undo);
    QAction *redo = m_claim->undoStack()->createRedoAction(this);
    // QKeySequence::Redo is Ctrl+Shift+Z on Linux already: listing both bound that key twice
    // ("ambiguous shortcut") and left no Ctrl+Y.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(u"redo"_s);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_actions.insert(u"redo"_s, redo);
    add(u"remove"_s, tr("Re&move Invoice"), QKeySequence::Delete, &MainWindow::removeSelected,
        QStyle::SP_TrashIcon);
    add(u"find"_s, tr("&Find…"), QKeySequence::Find, [this] { m_list->focusFilter(); });
    add(u"settings"_s, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);

    add(u"nextInvoice"_s, tr("&Next Invoice"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { m_list->selectNext(); });
    add(u"previousInvoice"_s, tr("&Previous Invoice"), QKeySequence(Qt::CTRL | Qt::Key_Up),
        [this] { m_list->selectPrevious(); });
    add(u"nextField"_s, tr("Next &Field"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { m_form->nextField(); });
    add(u"previousField"_s, tr("Previous F&ield"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
        [this] { m_form->previousField(); });
    add(u"nextFinding"_s, tr("Next Fin&ding"), QKeySequence(Qt::Key_F8), [this] { m_form->nextFinding(); });
    add(u"editField"_s, tr("&Edit Field"), QKeySequence(Qt::Key_F2), [this] { m_form->editCurrentField(); });
    add(u"markReviewed"_s, tr("Mark &Reviewed and Go On"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &MainWindow::markReviewed, QStyle::SP_DialogApplyButton);
    add(u"compare"_s, tr("Re-run With Another &Provider…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        &MainWindow::compareProviders, QStyle::SP_BrowserReload);
    add(u"cancel"_s, tr("&Cancel Recognition"), QKeySequence(Qt::Key_Escape), [this] { m_importer->cancel(); },
        QStyle::SP_BrowserStop)
        ->setIconText(tr("Cancel"));

    add(u"zoomIn"_s, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_page->zoomIn(); })->setIcon(glyphIcon(u"+"_s));
    add(u"zoomOut"_s, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_page->zoomOut(); })->setIcon(glyphIcon(u"−"_s));
    add(u"fitPage"_s, tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_page->fitPage(); })
        ->setIcon(glyphIcon(u"▣"_s));
    add(u"fitWidth"_s, tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_9), [this] { m_page->fitWidth(); })
        ->setIcon(glyphIcon(u"↔"_s));
    add(u"actualSize"_s, tr("&Actual Size (100 %)"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_page->actualSize(); });
    add(u"rotateLeft"_s, tr("Rotate &Left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { m_page->rotateLeft(); });
    add(u"rotateRight"_s, tr("Rotate Ri&ght"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [this] { m_page->rotateRight(); })
        ->setIcon(glyphIcon(u"↻"_s));
    add(u"nextPage"_s, tr("Ne&xt Page"), QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] { m_page->nextPage(); });
    add(u"previousPage"_s, tr("Pre&vious Page"), QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] { m_page->previousPage(); });

    add(u"about"_s, tr("&About Reimbursement Assistant"), QKeySequence(), &MainWindow::about);
    add(u"aboutQt"_s, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });
    for (QAction *a : std::as_const(m_actions))
        addAction(a);   // shortcuts work wherever the focus is
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : {"new", "open"})
        file->addAction(action(QString::fromLatin1(name)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    for (const char *name : {"import", "importFolder", "paste"})
        file->addAction(action(QString::fromLatin1(name)));
    file->addSeparator();
    for (const char *name : {"save", "saveAs", "export", "details"})
        file->addAction(action(QString::fromLatin1(name)));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : {"undo", "redo"})
        edit->addAction(action(QString::fromLatin1(name)));
    edit->addSeparator();
    for (const char *name : {"remove", "find"})
        edit->addAction(action(QString::fromLatin1(name)));
    edit->addSeparator();
    edit->addAction(action(u"settings"_s));

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    for (const char *name : {"nextInvoice", "previousInvoice", "nextField", "previousField", "nextFinding", "editField"})
        review->addAction(action(QString::fromLatin1(name)));
    review->addSeparator();
    for (const char *name : {"markReviewed", "compare", "cancel"})
        review->addAction(action(QString::fromLatin1(name)));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"zoomIn", "zoomOut", "fitPage", "fitWidth", "actualSize"})
        view->addAction(action(QString::fromLatin1(name)));
    view->addSeparator();
    for (const char *name : {"rotateLeft", "rotateRight", "nextPage", "previousPage"})
        view->addAction(action(QString::fromLatin1(name)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"about"_s));
    help->addAction(action(u"aboutQt"_s));
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"MainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(u"import"_s));
    bar->addSeparator();
    auto *label = new QLabel(tr("Provider:"), bar);
    label->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(label);
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(u"ProviderChooser"_s);
    m_provider->setToolTip(tr("Which service recognises the documents you import next"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_provider);
    bar->addWidget(m_provider);
    bar->addAction(action(u"cancel"_s));
    bar->addSeparator();
    for (const char *name : std::initializer_list<const char *>{"undo", "redo", nullptr, "markReviewed", "compare", nullptr, "zoomOut", "zoomIn", "fitPage",
                             "fitWidth", "rotateRight"}) {
        if (!name) {
            bar->addSeparator();
            continue;
        }
        QAction *a = action(QString::fromLatin1(name));
        bar->addAction(a);
        // Icons only past the provider chooser: the undo text names the whole command.
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    connect(m_provider, &QComboBox::activated, this, [this] {
        m_qsettings->setValue(u"desk/provider"_s, m_provider->currentData().toString());
        const QString id = m_provider->currentData().toString();
        RecognitionProvider *p = m_host->services()->provider(id);
        if (p && !p->capabilities().testFlag(ProviderCapability::Offline) && !m_host->keychainTried()) {
            m_host->ensureKeychain();
            fillProviderChooser();
        }
        if (p && !p->isConfigured()) {
            const auto answer = QMessageBox::question(
                this, tr("Provider Not Set Up"),
                tr("%1 needs your account keys before it can recognise anything. Enter them now?").arg(p->displayName()));
            if (answer == QMessageBox::Yes)
                openSettings();
        }
    });
}

void MainWindow::buildStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setDefaultAction(action(u"cancel"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_cancel->hide();
    m_pageLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_pageLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    action(u"cancel"_s)->setEnabled(false);
}

void MainWindow::fillProviderChooser()
{
    const QString current = m_provider->count() ? m_provider->currentData().toString() : m_qsettings->value(u"desk/provider"_s).toString();
    const QSignalBlocker block(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("By file type (Settings)"), QString::fromLatin1(kByType));
    ProviderServices *services = m_host->services();
    for (RecognitionProvider *p : services->registry()->providers()) {
        // Until the keychain is opened, whether a cloud account is set up is not known.
        const bool known = m_host->keychainTried() || p->capabilities().testFlag(ProviderCapability::Offline);
        const QString name = !known || p->isConfigured() ? p->displayName() : tr("%1 — not set up").arg(p->displayName());
        m_provider->addItem(name, p->id());
        m_provider->setItemData(m_provider->count() - 1, p->note().isEmpty() ? p->displayName() : p->note(),
                                Qt::ToolTipRole);
    }
    if (RecognitionProvider *autoProvider = services->provider(u"auto"_s)) {
        m_provider->addItem(tr("Automatic (best configured)"), autoProvider->id());
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
}

QString MainWindow::providerFor(int format, bool isUrl) const
{
    const QString chosen = m_provider->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    if (isUrl)
        return u"auto"_s;
    return m_settings->defaultProvider(DocumentFormat(format));
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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openClaim(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent claims"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] { m_recent->clear(); });
    }
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

void MainWindow::onImportProgress(int done, int total, const QString &current)
{
    const bool running = total > 0 && done < total;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (!running) {
        m_progressLabel->clear();
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    if (!current.isEmpty())
        m_progressLabel->setText(tr("Recognising %1…").arg(current));
}

void MainWindow::onImportFinished(int added, int failed)
{
    m_progress->hide();
    m_cancel->hide();
    m_progressLabel->clear();
    if (failed == 0)
        statusBar()->showMessage(tr("%n document(s) added.", nullptr, added), 8000);
    else
        statusBar()->showMessage(tr("%1 added, %2 could not be added: see the rows marked Error.").arg(added).arg(failed),
                                 15000);
}

void MainWindow::lookForRecoverable()
{
    // Reading every leftover claim is I/O: on a worker; the bar appears when it is done.
    auto *watcher = new QFutureWatcher<QList<RecoverableClaim>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showRecoverable(watcher->result());
    });
    const QString dir = m_session->untitledDir();
    const QString current = m_claim->filePath();
    watcher->setFuture(QtConcurrent::run([dir, current] { return ClaimSession::findRecoverable(dir, current); }));
}

void MainWindow::showRecoverable(const QList<RecoverableClaim> &found)
{
    if (found.isEmpty()) {
        m_recoveryBar->hide();
        return;
    }
    const RecoverableClaim &r = found.constFirst();
    const QString when = QLocale().toString(r.lastChanged, QLocale::ShortFormat);
    QStringList parts;
    parts << tr("%n invoice(s)", nullptr, r.invoices);
    if (r.unfinished)
        parts << tr("%n unfinished file(s)", nullptr, r.unfinished);
    if (r.failed)
        parts << tr("%n file(s) not recognised", nullptr, r.failed);
    QString text = r.title.isEmpty() ? tr("An unsaved claim from %1 with %2 was left open when the app last stopped.")
                                           .arg(when, QLocale().createSeparatedList(parts))
                                     : tr("The unsaved claim “%1” from %2 with %3 was left open when the app last stopped.")
                                           .arg(r.title, when, QLocale().createSeparatedList(parts));
    if (found.size() > 1)
        text += u' ' + tr("(%n older one(s) too.)", nullptr, int(found.size() - 1));
    m_recoveryBar->showMessage(text);
    const QString path = r.path;
    m_recoveryBar->addButton(tr("&Recover"), [this, path] {
        openClaim(path, [this] {
            prepareForImport();
            m_importer->resumeUnfinished();
            lookForRecoverable();   // the claim left behind by this window, or an older one
        });
    });
    m_recoveryBar->addButton(tr("&Discard"), [this, path] {
        const QString where = m_session->discardRecoverable(path);
        if (where.isEmpty())
            m_noticeBar->showMessage(tr("The unsaved claim could not be discarded: %1").arg(m_session->errorString()),
                                     MessageBar::Kind::Warning);
        else
            m_noticeBar->showMessage(tr("The unsaved claim was moved to %1. Open it from there if you need it after all.")
                                         .arg(QDir::toNativeSeparators(where)));
        lookForRecoverable();
    });
}

void MainWindow::offerResume()
{
    int unfinished = 0;
    for (const ClaimIntake &e : m_claim->intake())
        if (e.isUnfinished() && !m_importer->isActive(e.id))
            ++unfinished;
    if (!unfinished)
        return;
    m_noticeBar->showMessage(tr("%n file(s) of this claim were not finished when it was last open.", nullptr, unfinished));
    m_noticeBar->addButton(tr("Res&ume"), [this] {
        prepareForImport();
        m_importer->resumeUnfinished();
    });
}

void MainWindow::onClaimOpened()
{
    m_thumbnails->clear();
    updateTitle();
    updateActions();
    // Reopening a claim brings back the invoice that was being looked at.
    if (const qint64 selection = m_claim->selection(); selection && m_claim->invoice(selection))
        m_list->selectInvoice(selection);
    else if (!m_claim->invoices().isEmpty())
        m_list->selectInvoice(m_claim->invoices().constFirst().id);
    if (m_claim->details().companyName.isEmpty() && !m_settings->companyName().isEmpty() && m_session->isUntitled()
        && m_session->isEmpty()) {
        // A blank claim starts with the employer from Settings, so buyer checks work at once.
        ClaimDetails details = m_claim->details();
        details.companyName = m_settings->companyName();
        details.companyTaxId = m_settings->companyTaxId();
        m_claim->setDetails(details);
        m_claim->undoStack()->clear();
        m_claim->markSaved();
    }
}

void MainWindow::openArguments(const QStringList &arguments)
{
    QStringList imports;
    QString claim;
    for (const QString &arg : arguments) {
        if (claim.isEmpty() && looksLikeClaim(arg))
            claim = arg;
        else
            imports << arg;
    }
    if (!claim.isEmpty())
        openClaim(claim);
    importFiles(imports);   // into the claim just opened, once it is
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_opening) {
        // They belong in the claim being opened, not the one it replaces.
        m_importAfterOpen += paths;
        return;
    }
    prepareForImport();
    m_importer->importPaths(paths);
}

bool MainWindow::mayUseCloud() const
{
    const QString chosen = m_provider->currentData().toString();
    if (!chosen.isEmpty())
        return chosen != u"local";
    for (DocumentFormat f : {DocumentFormat::Pdf, DocumentFormat::Ofd, DocumentFormat::Jpeg, DocumentFormat::Png})
        if (m_settings->defaultProvider(f) != u"local")
            return true;
    return false;
}

void MainWindow::prepareForImport()
{
    if (!m_host->keychainTried() && mayUseCloud()) {
        m_host->ensureKeychain();
        fillProviderChooser();
    }
}

bool MainWindow::openClaim(const QString &path, std::function<void()> then)
{
    if (m_claim->hasFile() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_claim->filePath()).absoluteFilePath()) {
        if (then)
            then();
        return true;
    }
    if (m_opening)
        return false;
    if (m_importer->isBusy()) {
        QMessageBox::information(this, tr("Recognition Running"),
                                 tr("Wait for the documents being recognised, or cancel them, before opening another claim."));
        return false;
    }
    if (!settleUntitled())
        return false;
    // Reading a claim is I/O (and a big one takes a while): on a worker; the window carries on.
    m_opening = true;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto *watcher = new QFutureWatcher<std::pair<std::optional<ClaimDocument::Loaded>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, then] {
        watcher->deleteLater();
        auto [loaded, error] = watcher->result();
        m_opening = false;
        statusBar()->clearMessage();
        bool ok = loaded && m_session->openLoaded(std::move(*loaded));
        if (!ok) {
            QMessageBox::warning(this, tr("Cannot Open Claim"), loaded ? m_session->errorString() : error);
            m_recent->remove(path);
        } else if (then) {
            then();
        }
        const QStringList queued = std::exchange(m_importAfterOpen, {});
        importFiles(queued);
        if (ok)
            offerResume();
    });
    watcher->setFuture(QtConcurrent::run([absolute] {
        QString error;
        auto loaded = ClaimDocument::load(absolute, ClaimStore::OpenMode::Existing, &error);
        return std::pair{std::move(loaded), error};
    }));
    return true;
}

bool MainWindow::settleUntitled()
{
    if (!m_session->isUntitled() || m_session->isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Save Claim?"),
                    tr("This claim has not been saved under a name yet. Save it before going on?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("If you discard it, its invoices are removed from the duplicate check too."));
    switch (box.exec()) {
    case QMessageBox::Save: return saveAs();
    case QMessageBox::Discard: m_session->discardUntitled(); return true;
    default: return false;
    }
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
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QList<QUrl> urls = mime->urls();
        // A claim file dropped on the window opens it; the rest is imported.
        for (auto it = urls.begin(); it != urls.end();) {
            if (it->isLocalFile() && looksLikeClaim(it->toLocalFile())) {
                openClaim(it->toLocalFile());
                it = urls.erase(it);
            } else {
                ++it;
            }
        }
        if (!urls.isEmpty()) {
            prepareForImport();
            m_importer->importUrls(urls);
        }
        event->acceptProposedAction();
        return;
    }
    if (mime->hasImage()) {
        paste();
        event->acceptProposedAction();
    }
}

// ---- actions ------------------------------------------------------------------------------

void MainWindow::newClaim()
{
    if (m_importer->isBusy() || !settleUntitled())
        return;
    if (m_session->isUntitled() && m_session->isEmpty())
        return;   // already a blank claim
    if (!m_session->newClaim())
        QMessageBox::critical(this, tr("Cannot start a claim"), m_session->errorString());
}

void MainWindow::openClaimDialog()
{
    const QString start = m_claim->hasFile() && !m_session->isUntitled() ? QFileInfo(m_claim->filePath()).absolutePath()
                                                                         : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Claim"), start,
                                                      tr("Claims (*.claim);;All files (*)"));
    if (!path.isEmpty())
        openClaim(path);
}

void MainWindow::importFilesDialog()
{
    const QString start = m_qsettings->value(u"import/lastDir"_s,
                                                         QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                              .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Invoices"), start,
        tr("Invoices (*.pdf *.ofd *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp);;All files (*)"));
    if (files.isEmpty())
        return;
    m_qsettings->setValue(u"import/lastDir"_s, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void MainWindow::importFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Invoices"),
                                                          m_qsettings->value(u"import/lastDir"_s).toString());
    if (dir.isEmpty())
        return;
    m_qsettings->setValue(u"import/lastDir"_s, dir);
    importFiles({dir});
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    prepareForImport();
    if (mime->hasUrls()) {
        m_importer->importUrls(mime->urls());
        return;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull())
            return;
        // PNG keeps every pixel of a screenshot; the name says where it came from.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_importer->importBytes(png, tr("Pasted image %1.png").arg(QDateTime::currentDateTime().toString(u"HHmmss"_s)));
        return;
    }
    const QUrl url = QUrl::fromUserInput(mime->text().trimmed());
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https" || url.isLocalFile()))
        m_importer->importUrls({url});
    else
        statusBar()->showMessage(tr("The clipboard holds no image, file or address to import."), 6000);
}

bool MainWindow::save()
{
    if (m_session->save()) {
        updateTitle();
        return true;
    }
    return saveAs();
}

bool MainWindow::saveAs()
{
    QString name = m_claim->details().displayName();
    if (name.isEmpty())
        name = tr("Claim %1").arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString start = QDir(m_claim->hasFile() && !m_session->isUntitled()
                                   ? QFileInfo(m_claim->filePath()).absolutePath()
                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(name + u".claim"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Claim As"), start, tr("Claims (*.claim)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".claim"_s, Qt::CaseInsensitive))
        path += u".claim"_s;
    if (!m_session->saveAs(path)) {
        QMessageBox::warning(this, tr("Cannot Save Claim"), m_session->errorString());
        return false;
    }
    updateTitle();
    return true;
}

void MainWindow::exportClaim()
{
    ExportDialog dialog(m_claim.get(), this);
    dialog.exec();
}

void MainWindow::editClaimDetails()
{
    ClaimDetailsDialog dialog(m_claim->details(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_claim->setDetails(dialog.details());
}

void MainWindow::removeSelected()
{
    const QList<qint64> ids = m_list->selectedInvoices();
    if (!ids.isEmpty()) {
        m_claim->removeInvoices(ids);
        return;
    }
    if (const int key = m_list->currentPending())
        m_model->removePending(key);
}

void MainWindow::markReviewed()
{
    const qint64 id = m_list->currentInvoice();
    const ClaimInvoice *ci = m_claim->invoice(id);
    if (!ci)
        return;
    if (ci->invoice.reviewed) {
        m_claim->setReviewed(id, false);
        return;
    }
    m_claim->setReviewed(id, true);
    // On to the next invoice that still needs a look, as an accountant works down a pile.
    const QList<ClaimInvoice> &all = m_claim->invoices();
    const int at = int(std::find_if(all.cbegin(), all.cend(), [id](const ClaimInvoice &c) { return c.id == id; }) - all.cbegin());
    for (int step = 1; step < all.size(); ++step) {
        const ClaimInvoice &next = all.at((at + step) % all.size());
        if (!next.invoice.reviewed) {
            m_list->selectInvoice(next.id);
            return;
        }
    }
    statusBar()->showMessage(tr("Every invoice in this claim is reviewed."), 8000);
}

void MainWindow::compareProviders()
{
    const qint64 id = m_list->currentInvoice();
    if (!id)
        return;
    m_host->ensureKeychain();   // the dialog offers the cloud providers
    CompareDialog dialog(m_claim.get(), m_importer, m_host->services()->registry(), id, this);
    dialog.exec();
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
    if (m_claim->details().companyName.isEmpty() && !m_settings->companyName().isEmpty()) {
        ClaimDetails details = m_claim->details();
        details.companyName = m_settings->companyName();
        details.companyTaxId = m_settings->companyTaxId();
        m_claim->setDetails(details);
    }
}

void MainWindow::about()
{
    showAboutBox(this);
}

void MainWindow::showListMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_list->view()->indexAt(pos);
    const int pending = index.data(InvoiceListModel::PendingKeyRole).toInt();
    if (pending) {
        const auto status = InvoiceStatus(index.data(InvoiceListModel::StatusRole).toInt());
        if (status == InvoiceStatus::Interrupted) {
            connect(menu.addAction(tr("&Resume")), &QAction::triggered, this, [this, pending] {
                prepareForImport();
                m_importer->resume({pending});
            });
            connect(menu.addAction(tr("Resume A&ll Unfinished")), &QAction::triggered, this, [this] {
                prepareForImport();
                m_importer->resumeUnfinished();
            });
        }
        if (status == InvoiceStatus::Error || status == InvoiceStatus::Cancelled) {
            connect(menu.addAction(tr("&Try Again")), &QAction::triggered, this, [this, pending] {
                prepareForImport();
                m_importer->retry(pending);
            });
        }
        if (status == InvoiceStatus::Error || status == InvoiceStatus::Cancelled || status == InvoiceStatus::Interrupted) {
            connect(menu.addAction(tr("&Dismiss")), &QAction::triggered, this, [this, pending] { m_model->removePending(pending); });
            connect(menu.addAction(tr("Dismiss &All Errors")), &QAction::triggered, m_model, &InvoiceListModel::clearFailed);
        }
    } else if (index.isValid()) {
        menu.addAction(action(u"markReviewed"_s));
        menu.addAction(action(u"compare"_s));
        menu.addSeparator();
        menu.addAction(action(u"remove"_s));
    }
    if (!menu.isEmpty())
        menu.exec(m_list->view()->viewport()->mapToGlobal(pos));
}

} // namespace ra
