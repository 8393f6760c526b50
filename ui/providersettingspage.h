#pragma once

#include "core/networkaccess.h"
#include "providercatalog.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {

class AppSettings;
class ConnectionCheck;
class CredentialStore;
class MemoryCredentialStore;

// One cloud vendor account in the settings dialog: its keys (masked), its other account values
// (region, bucket ...), the endpoint override(s) with inline validation, the user's rate limit
// per provider, where the keys are kept, "Remove keys" and "Test connection".
//
// Secrets: a stored value is never put into a widget. A key field shows "stored" as its
// placeholder and stays empty; typing replaces the value on save, leaving it empty keeps it.
// Show/hide reveals only what was typed. Values are written to the CredentialStore only, by
// save(); nothing secret goes to AppSettings or a log.
//
// Widgets have object names for tests and accessibility: "field_<key>", "endpoint_<key>",
// "endpointProblem_<key>", "rate_<providerId>", "keyStatus", "removeKeys", "testConnection",
// "testResult", "showHide_<key>" (the action).
class ProviderSettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class FieldKind { Secret, Text, Flag };
    struct Field
    {
        QString key;            // credential key ("secret_id")
        QString label;
        FieldKind kind = FieldKind::Secret;
        bool required = true;   // needed for the provider to be configured
        QString placeholder;
    };
    struct Endpoint
    {
        QString key;            // ProviderContext::endpoints key ("qiniu-upload")
        QString label;
        QString defaultUrl;
    };
    struct Spec
    {
        QString vendor;         // credential account and ConnectionCheck vendor ("tencent")
        QString title;
        QString description;
        QList<Field> fields;
        QList<Endpoint> endpoints;
        QStringList providerIds;    // providers of this account (rate limits)
        double documentedRate = 0;  // requests/s the vendor documents; 0 = none
    };
    // Tencent Cloud, Qiniu, Ekuaibao, DeepFinch.
    static QList<Spec> specs();

    // Why `text` is refused as an endpoint override, for a person; empty when it is acceptable
    // (empty text = the vendor's default). https anywhere, plain http only to loopback.
    static QString endpointProblem(const QString &text);

    ProviderSettingsPage(const Spec &spec, AppSettings *settings, CredentialStore *credentials,
                         const QList<ProviderInfo> &providers, QWidget *parent = nullptr);
    ~ProviderSettingsPage() override;

    const Spec &spec() const { return m_spec; }
    QString vendor() const { return m_spec.vendor; }

    void setNetworkAccess(NetworkAccess *network) { m_network = network; }
    void setTestTimeout(int ms) { m_testTimeoutMs = ms; }
    // What KeychainCredentialStore::openForDesktop said when there is no keychain.
    void setKeychainStatus(const QString &status);

    // Every endpoint acceptable; otherwise `problem` says which and why, and `focus` is the field.
    bool isValid(QString *problem = nullptr, QWidget **focus = nullptr) const;
    // Endpoint overrides and rate limits into `settings` (in the caller's update group).
    void saveSettings(AppSettings *settings) const;
    // Removes and writes what changed in the credential store. `changed` is set when anything
    // was written or removed; false with `error` (no value in it) when the store refused.
    bool saveCredentials(bool *changed, QString *error);
    bool hasCredentialChanges() const;

    bool isTesting() const;
    void startTest();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void buildUi(const QList<ProviderInfo> &providers);
    void loadCredentials();
    void updateStatus();
    void updateEndpointProblem(const QString &key);
    void toggleRemoval();
    void onTestFinished(bool ok, const QString &message);
    QString storedValue(const QString &key) const;
    bool isStored(const QString &key) const;
    bool anythingStored() const;

    Spec m_spec;
    AppSettings *m_settings;
    CredentialStore *m_credentials;
    QPointer<NetworkAccess> m_network;
    QHash<QString, QLineEdit *> m_fieldEdits;      // Secret and Text fields
    QHash<QString, QCheckBox *> m_flags;
    QHash<QString, QString> m_loadedText;          // Text/Flag values as loaded (not secrets)
    QHash<QString, QLineEdit *> m_endpointEdits;
    QHash<QString, QLabel *> m_endpointProblems;
    QHash<QString, QDoubleSpinBox *> m_rates;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_testButton = nullptr;
    bool m_pendingRemoval = false;
    int m_testTimeoutMs = 15000;
    // The check and the store of the values it was given (the store outlives the check).
    std::unique_ptr<MemoryCredentialStore> m_testStore;
    ConnectionCheck *m_check = nullptr;
};

} // namespace ra
