#pragma once

#include "core/providercontext.h"
#include "documentformat.h"
#include "validation/validationcontext.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace ra {

// The desktop app's settings that are not secret, in QSettings: the employer (for
// buyer_mismatch), the default provider per kind of file, the language, and per vendor the
// endpoint override, per provider the user's rate limit, and the transfer timeout.
// Keys and every other credential value live in the CredentialStore, never here (Qiniu's
// bucket, bucket domain and private flag too: the providers read them from the store).
// Widget-free. Values read back are checked: a hand-edited file cannot hand out garbage.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned and must outlive this object (tests pass an INI file); nullptr:
    // the application's default QSettings.
    explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AppSettings() override;

    // The employer as it should appear as 购买方 (buyer) on invoices; empty = not configured.
    QString companyName() const;
    void setCompanyName(const QString &name);
    QString companyTaxId() const;              // stored trimmed and upper-cased
    void setCompanyTaxId(const QString &taxId);
    // companyName and companyTaxId for the validator (today's date).
    ValidationContext validationContext() const;

    // "pdf", "ofd", "image".
    static QStringList fileKinds();
    // "pdf" / "ofd" / "image" for a sniffed format; empty for anything else.
    static QString fileKind(DocumentFormat format);
    // A provider id ("local", "auto", "tencent-vat" ...); "local" when unset or the kind is unknown.
    QString defaultProvider(const QString &kind) const;
    QString defaultProvider(DocumentFormat format) const;
    // False (nothing stored) for an unknown kind or an empty id.
    bool setDefaultProvider(const QString &kind, const QString &providerId);

    // "" = follow the system, "zh_CN", "en". An unknown value reads as "".
    static QStringList languages();
    QString language() const;
    bool setLanguage(const QString &language);

    // "tencent", "qiniu", "qiniu-upload", "ekuaibao", "deepfinch" (providercontext.h).
    static QStringList endpointVendors();
    // The override as typed ("" = the vendor's default). Not validated here: the providers
    // refuse a bad one at use (VendorEndpoint), the settings dialog before saving.
    QString endpoint(const QString &vendor) const;
    bool setEndpoint(const QString &vendor, const QString &url);

    // Requests per second the user allows provider `providerId`; 0 = the documented limit.
    double userRateLimit(const QString &providerId) const;
    bool setUserRateLimit(const QString &providerId, double perSecond);   // refuses < 0, NaN, > kMaxRate
    static constexpr double kMaxRate = 1000.0;

    // Bounded to [kMinTimeoutMs, kMaxTimeoutMs]; default ProviderContext's 60 s.
    int transferTimeoutMs() const;
    void setTransferTimeoutMs(int ms);
    static constexpr int kMinTimeoutMs = 1000;
    static constexpr int kMaxTimeoutMs = 600000;

    // endpoints, userRateLimits and transferTimeoutMs filled in; network, credentials and
    // cache left null for the caller (ProviderServices fills them).
    ProviderContext providerContext() const;

    // Groups several setters into one changed() (emitted by the outermost endUpdate() when
    // anything changed). Setters outside a group emit changed() each time a value changes.
    void beginUpdate();
    void endUpdate();

    void sync();
    QString fileName() const;   // where the settings are written (for docs and support)

Q_SIGNALS:
    void changed();

private:
    QString readString(const QString &key) const;
    bool writeValue(const QString &key, const QVariant &value);
    void noteChanged();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
    int m_updateDepth = 0;
    bool m_pendingChange = false;
};

} // namespace ra
