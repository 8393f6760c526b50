#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>
#include "invoicetype.h"

#include <functional>
#include <optional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class QToolButton;

namespace ra {

class AppSettings;
class ClaimDocument;
class ClaimSession;
class CredentialStore;
class DuplicateLedger;
class FieldForm;
class ImportController;
class InvoiceListModel;
class InvoiceListPanel;
class MessageBar;
class ProviderHost;
struct RecoverableClaim;
class PageView;
class ProviderServices;
class RecentFiles;
class ThumbnailCache;

// The review desk: the invoice list on the left, the page with every recognised region in the
// centre, the field form on the right. Owns the claim being worked on and the services that
// recognise documents; everything slow (reading, recognising, rendering) runs off this thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QSettings *settings = nullptr;                    // null: the application's QSettings
        std::shared_ptr<CredentialStore> credentials;     // null: the OS keychain, opened when first needed
        // How the keychain is opened (null: the OS keychain); tests give one that fails.
        using KeychainOpener = std::function<std::shared_ptr<CredentialStore>(QString *status)>;
        KeychainOpener keychainOpener;
        QString ledgerPath;                               // empty: the default; "-": no ledger
        QString untitledDir;                              // empty: <AppData>/untitled
        QString cacheDirectory;                           // empty: the default response cache
        bool offerRecovery = true;                        // offer claims a crash left behind
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // `reimburse FILE...`: claim files are opened, everything else imported.
    void openArguments(const QStringList &arguments);
    void importFiles(const QStringList &paths);
    // Opens a claim file: read on a worker, then shown. False when it was not even started (the
    // person cancelled, recognition is running); failures to read are reported in a message box.
    // `then` runs once the claim is open.
    // `keepUntitled`: leave the current untitled claim as it is (recovery) instead of asking.
    bool openClaim(const QString &path, std::function<void()> then = {}, bool keepUntitled = false);
    bool isOpeningClaim() const { return m_opening; }
    // An invoice entered by hand: on the current invoice's page (another invoice of a partly
    // read document), or for a file that was never recognised (its intake entry). 0, 0: the
    // list's current row.
    void enterByHand(qint64 invoiceId = 0, int intakeKey = 0);
    // Draws the form's current field on the page: the next box dragged on the page is where
    // its value is (mainwindowmanual.cpp).
    void markFieldOnPage();


    // For tests.
    ClaimDocument *claim() const { return m_claim.get(); }
    InvoiceListPanel *listPanel() const { return m_list; }
    InvoiceListModel *listModel() const { return m_model; }
    PageView *pageView() const { return m_page; }
    FieldForm *fieldForm() const { return m_form; }
    ImportController *importer() const { return m_importer; }
    ClaimSession *session() const { return m_session; }
    ProviderHost *providerHost() const { return m_host; }
    MessageBar *recoveryBar() const { return m_recoveryBar; }
    MessageBar *noticeBar() const { return m_noticeBar; }
    AppSettings *appSettings() const { return m_settings.get(); }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void fillProviderChooser();
    // Opens the keychain first when the next import may go to a cloud provider.
    void prepareForImport();
    bool mayUseCloud() const;
    void lookForRecoverable();
    void showRecoverable(const QList<RecoverableClaim> &found);
    void offerResume();
    QString providerFor(int format, bool isUrl) const;
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void onCurrentInvoiceChanged(qint64 invoiceId);
    void onCurrentPendingChanged(int key);
    void onImportProgress(int done, int total, const QString &current);
    void onImportFinished(int added, int failed);
    void onClaimOpened();

    // Actions.
    void newClaim();
    void openClaimDialog();
    void importFilesDialog();
    void importFolderDialog();
    void paste();
    bool save();
    bool saveAs();
    void exportClaim();
    void editClaimDetails();
    void removeSelected();
    void markReviewed();
    void compareProviders();
    void openSettings();
    void about();
    void toggleList();
    std::optional<InvoiceType> chooseInvoiceType(const QString &file);
    void showEnteredByHand(qint64 invoiceId);
    void onFieldMarked(qint64 invoiceId, const QString &key, const QPolygonF &polygon, int page);
    void showListMenu(const QPoint &pos);
    // Asks what to do with an untitled claim that has invoices; false = the person cancelled.
    bool settleUntitled();

    Options m_options;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_qsettings = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<DuplicateLedger> m_ledger;
    std::unique_ptr<ClaimDocument> m_claim;
    ProviderHost *m_host = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_listWidth = 0;
    MessageBar *m_recoveryBar = nullptr;
    MessageBar *m_noticeBar = nullptr;
    bool m_opening = false;
    QStringList m_importAfterOpen;   // files given while a claim was being opened
    ClaimSession *m_session = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    InvoiceListModel *m_model = nullptr;
    InvoiceListPanel *m_list = nullptr;
    PageView *m_page = nullptr;
    FieldForm *m_form = nullptr;
    ImportController *m_importer = nullptr;

    QComboBox *m_provider = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QString m_removeOnExit;   // a blank untitled claim leaves no file behind
};

} // namespace ra
