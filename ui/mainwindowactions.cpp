// The window's actions, menus, toolbar and status bar: every shortcut is set here once.
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
    add(u"enterByHand"_s, tr("Enter Invoice by &Hand…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
        [this] { enterByHand(); });
    add(u"markField"_s, tr("&Mark Field on Page"), QKeySequence(Qt::CTRL | Qt::Key_M), &MainWindow::markFieldOnPage);
    // Esc first ends marking a field on the page, and only then stops recognition.
    add(u"cancel"_s, tr("&Cancel Recognition"), QKeySequence(Qt::Key_Escape), [this] {
        if (m_page->isMarking())
            m_page->cancelMarking();
        else
            m_importer->cancel();
    },
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

    QAction *list = add(u"toggleList"_s, tr("Show Invoice &List"), QKeySequence(Qt::Key_F9), &MainWindow::toggleList);
    list->setCheckable(true);
    list->setChecked(true);

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
    for (const char *name : {"markReviewed", "compare", "enterByHand", "markField", "cancel"})
        review->addAction(action(QString::fromLatin1(name)));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"zoomIn", "zoomOut", "fitPage", "fitWidth", "actualSize"})
        view->addAction(action(QString::fromLatin1(name)));
    view->addSeparator();
    for (const char *name : {"rotateLeft", "rotateRight", "nextPage", "previousPage"})
        view->addAction(action(QString::fromLatin1(name)));
    view->addSeparator();
    view->addAction(action(u"toggleList"_s));

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

} // namespace ra
