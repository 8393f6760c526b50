#pragma once

#include "providercatalog.h"

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ra {

class AppSettings;
class CredentialStore;
class GeneralSettingsPage;
class NetworkAccess;
class ProviderSettingsPage;

// Settings: a list of pages on the left — General (employer, default provider per kind of file,
// language, timeout) and one page per cloud vendor account (Tencent Cloud, Qiniu, Ekuaibao,
// DeepFinch). OK writes everything: non-secret values to `settings` (one changed()), keys and
// account values to `credentials` only; fields left untouched rewrite nothing; Cancel writes
// nothing. Nothing secret reaches QSettings, a log or a message.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `providers`: the registry's catalog (ProviderRegistry::catalog(), "auto" may be added)
    // for the default-provider choices and names. Neither pointer is owned; both outlive the dialog.
    SettingsDialog(AppSettings *settings, CredentialStore *credentials, const QList<ProviderInfo> &providers,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The app's one NetworkAccess for "Test connection" (ProviderServices::network()); without
    // it each test makes its own.
    void setNetworkAccess(NetworkAccess *network);
    // What KeychainCredentialStore::openForDesktop said (empty when the keychain answers):
    // shown on every vendor page.
    void setKeychainStatus(const QString &status);
    // Transfer timeout of "Test connection" (default ConnectionCheck::kDefaultTimeoutMs).
    void setTestTimeout(int ms);

    // "general", "tencent", "qiniu", "ekuaibao", "deepfinch".
    QStringList pageIds() const;
    void showPage(const QString &id);
    QString currentPageId() const;
    ProviderSettingsPage *providerPage(const QString &vendor) const;
    GeneralSettingsPage *generalPage() const { return m_general; }

    // Checks every page, then writes: settings first, then the credentials. False when a value
    // is invalid (nothing is written) or the credential store refused a write (what came before
    // it is written); the page concerned is shown with the problem under the pages.
    bool apply();
    void accept() override;

Q_SIGNALS:
    // After OK wrote or removed any credential (providers' "configured" may have changed).
    void credentialsChanged();

private:
    void showProblem(const QString &pageId, const QString &problem, QWidget *focus);
    void recheckProblem();

    AppSettings *m_settings;
    CredentialStore *m_credentials;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    QList<ProviderSettingsPage *> m_providerPages;
    QStringList m_ids;
};

} // namespace ra
