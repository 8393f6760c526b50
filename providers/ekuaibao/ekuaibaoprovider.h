#pragma once

#include "core/cloudprovider.h"
#include "ekuaibaoapi.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace ra {

// ekuaibao: 合思 发票OCR识别 (processImageByFileUrl). Per page: the attachment upload, then
// downloadurls for a signed fileUrl, then the OCR call on it; every entry of `invoices` is an
// invoice with its region. Strictly one call per second (the documented QPS = 1, counted over
// every call, the login included). One access token is shared by all documents: taken from
// getAccessToken (appKey/appSecurity in the body), renewed before its expireTime, obtained
// again when a call says it is no longer valid; a 403 right after the login is the vendor's
// "not active yet" and is retried after a pause; a 403 that outlasts those pauses, like a token
// refused later, gets one login again before the document fails. The token lives in memory only.
// A remote document is taken only when it is a URL of Ekuaibao's attachment service (the API
// documents fileUrl as the URL its download API returns; ekuaibao::isAttachmentServiceUrl): sent
// as the fileUrl as it is, no upload, nothing downloaded. A URL from elsewhere is refused
// (UnsupportedInput) before any call; `auto` then goes on to the next provider.
class EkuaibaoProvider : public CloudProvider
{
    Q_OBJECT
public:
    explicit EkuaibaoProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~EkuaibaoProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    bool acceptsUrl(DocumentFormat format) const override;
    double documentedRateLimit() const override;
    QString vendorName() const override;
    QString credentialAccount() const override;
    QStringList requiredCredentialKeys() const override;
    QString note() const override;

    int logins() const { return m_logins; }   // getAccessToken calls made (tests)

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;

private:
    friend class EkuaibaoRun;
    using TokenCallback = std::function<void(const std::optional<DocumentError> &error)>;

    qint64 nowMs() const;
    VendorEndpoint endpoint() const;
    // Calls back (from the event loop or at once) when a valid token is there, or with the
    // login's error. One login at a time; everyone waiting shares it.
    void withToken(TokenCallback callback);
    // A call said `token` is not (or no longer) valid: forget it, unless a newer one is there.
    void invalidateToken(const QString &token);
    // A call was accepted with `token`: from now on a 403 means it expired.
    void confirmToken(const QString &token);
    const ekuaibao::AccessToken &token() const { return m_token; }

    ekuaibao::AccessToken m_token;
    QPointer<NetworkJob> m_login;
    QList<TokenCallback> m_waiting;
    int m_logins = 0;
};

} // namespace ra
