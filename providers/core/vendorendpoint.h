#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ra {

// A vendor's base URL: the default, or an override (setting or REIMBURSE_<VENDOR>_ENDPOINT).
// Only https, or plain http to a loopback host (a local test server), is accepted. Pointing a
// vendor elsewhere changes where requests go and the Host that is signed, nothing else.
class VendorEndpoint
{
public:
    VendorEndpoint() = default;
    // `override` empty → `defaultUrl`.
    static VendorEndpoint resolve(const QString &overrideUrl, const QUrl &defaultUrl);

    bool isValid() const { return m_error.isEmpty() && m_url.isValid(); }
    QString error() const { return m_error; }   // why it was refused, for a person
    QUrl url() const { return m_url; }
    // The URL of `path` ("/", "/invoice/multiple") under the base, keeping a base path prefix.
    QUrl resolved(const QString &path) const;
    // "host" or "host:port" exactly as the Host header carries it (and as it is signed).
    QByteArray hostHeader() const;

    static bool isLoopback(const QUrl &url);

private:
    QUrl m_url;
    QString m_error;
};

} // namespace ra
