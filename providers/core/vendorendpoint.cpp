#include "vendorendpoint.h"

#include <QHostAddress>

namespace ra {

VendorEndpoint VendorEndpoint::resolve(const QString &overrideUrl, const QUrl &defaultUrl)
{
    VendorEndpoint e;
    const QString text = overrideUrl.trimmed();
    e.m_url = text.isEmpty() ? defaultUrl : QUrl(text, QUrl::StrictMode);
    if (!e.m_url.isValid() || e.m_url.host().isEmpty()) {
        e.m_error = QStringLiteral("The endpoint \"%1\" is not a valid URL.").arg(text);
        return e;
    }
    if (!e.m_url.userInfo().isEmpty()) {
        e.m_error = QStringLiteral("The endpoint must not contain a user name or password.");
        e.m_url.setUserInfo({});
        return e;
    }
    if (e.m_url.hasQuery() || e.m_url.hasFragment()) {
        e.m_error = QStringLiteral("The endpoint must be a base URL without query or fragment.");
        return e;
    }
    const QString scheme = e.m_url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopback(e.m_url))
            e.m_error = QStringLiteral("Plain http is refused for %1: keys and invoices would travel "
                                       "unencrypted. Use https (http only works for a local test server).")
                            .arg(e.m_url.host());
    } else if (scheme != QLatin1String("https")) {
        e.m_error = QStringLiteral("The endpoint must use https.");
    }
    return e;
}

bool VendorEndpoint::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QUrl VendorEndpoint::resolved(const QString &path) const
{
    QUrl u = m_url;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return u;
}

QByteArray VendorEndpoint::hostHeader() const
{
    QByteArray h = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (h.contains(':'))
        h = '[' + h + ']';   // IPv6 literal
    const int port = m_url.port();
    const bool defaultPort = port < 0 || (port == 443 && m_url.scheme() == QLatin1String("https"))
                             || (port == 80 && m_url.scheme() == QLatin1String("http"));
    if (!defaultPort)
        h += ':' + QByteArray::number(port);
    return h;
}

} // namespace ra
