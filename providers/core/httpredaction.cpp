#include "httpredaction.h"

#include "secretvalues.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace ra::net {
namespace {

const QString kMask = QString::fromLatin1(kRedacted);

// Name fragments that make a header, a query parameter or a JSON key secret.
const QStringList &secretFragments()
{
    static const QStringList list = {
        QStringLiteral("token"),      QStringLiteral("secret"),    QStringLiteral("signature"),
        QStringLiteral("password"),   QStringLiteral("accesskey"), QStringLiteral("appsecurity"),
        QStringLiteral("apikey"),     QStringLiteral("api-key"),   QStringLiteral("api_key"),
        QStringLiteral("credential"), QStringLiteral("authorization"), QStringLiteral("cookie"),
        // Vendor ids that pair with a secret (DeepFinch's X-DF-API-ID, Ekuaibao's appKey,
        // Tencent's SecretId): not secret alone, but they name the account, so never logged.
        QStringLiteral("apiid"),      QStringLiteral("api_id"),    QStringLiteral("api-id"),
        QStringLiteral("appkey"),     QStringLiteral("app_key"),   QStringLiteral("app-key"),
    };
    return list;
}

bool isSecretName(const QString &name)
{
    const QString n = name.toLower();
    for (const QString &f : secretFragments())
        if (n.contains(f))
            return true;
    return false;
}

QString redactQuery(const QString &encodedQuery, int depth);

// A query value that is itself a URL (Qiniu's url=…) may be a signed download link, ours or
// one a person gave (whose parameters can be named anything: Azure's `sig`): its whole query
// is masked, not only the parameters named like secrets.
QString redactValue(const QString &encodedValue, int depth)
{
    const QString decoded = QUrl::fromPercentEncoding(encodedValue.toUtf8());
    if (depth > 3 || !(decoded.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                       || decoded.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)))
        return encodedValue;
    const QUrl inner(decoded, QUrl::TolerantMode);
    if (!inner.isValid())
        return encodedValue;
    QString redacted = inner.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment
                                      | QUrl::FullyEncoded);
    if (inner.hasQuery())
        redacted += QLatin1Char('?') + kMask;
    if (redacted == decoded)
        return encodedValue;
    return QString::fromLatin1(QUrl::toPercentEncoding(redacted, "[]"));
}

QString redactQuery(const QString &encodedQuery, int depth)
{
    QStringList parts = encodedQuery.split(QLatin1Char('&'));
    for (QString &p : parts) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? p : p.left(eq);
        const QString decodedName = QUrl::fromPercentEncoding(name.toUtf8());
        if (isSecretName(decodedName)) {
            p = name + QLatin1Char('=') + kMask;
        } else if (eq >= 0) {
            p = name + QLatin1Char('=') + redactValue(p.mid(eq + 1), depth);
        }
    }
    return parts.join(QLatin1Char('&'));
}

QString fragmentsPattern()
{
    QStringList escaped;
    // Authorization has its own pattern that keeps the scheme.
    for (const QString &f : secretFragments())
        if (f != QLatin1String("authorization"))
            escaped << QRegularExpression::escape(f);
    return escaped.join(QLatin1Char('|'));
}

} // namespace

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    if (n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "set-cookie"
        || n == "x-df-api-secret" || n == "x-tc-token")
        return true;
    return isSecretName(QString::fromLatin1(n));
}

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return secrets::mask(value);
    const QByteArray n = name.toLower();
    if (n == "authorization" || n == "proxy-authorization") {
        const qsizetype sp = value.indexOf(' ');
        if (sp > 0)
            return value.left(sp) + ' ' + kRedacted;
    }
    return kRedacted;
}

QString redactUrl(const QUrl &url)
{
    QString out = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment
                               | QUrl::FullyEncoded);
    if (url.hasQuery())
        out += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded), 0);
    return out;
}

QString redactText(const QString &text)
{
    static const QString frag = fragmentsPattern();
    // "Authorization: TC3-HMAC-SHA256 Credential=…" and "Authorization": "Qiniu ak:sig"
    static const QRegularExpression auth(
        QStringLiteral(R"re((?i)(authorization["']?\s*[:=]\s*["']?)([A-Za-z0-9-]+ )?[^"'\r\n]+)re"));
    // "accessToken": "…"
    static const QRegularExpression json(
        QStringLiteral(R"re((?i)("[A-Za-z0-9_.-]*(?:%1)[A-Za-z0-9_.-]*"\s*:\s*)"[^"]*")re").arg(frag));
    // accessToken=…, Signature=…, X-DF-API-SECRET: …
    static const QRegularExpression pair(
        QStringLiteral(R"re((?i)((?:^|[?&;,\s])[A-Za-z0-9_.-]*(?:%1)[A-Za-z0-9_.-]*)(\s*[=:]\s*)([^&\s"',;#]+))re").arg(frag));
    QString t = secrets::mask(text);
    t.replace(auth, QStringLiteral("\\1\\2") + kMask);
    t.replace(json, QStringLiteral("\\1\"") + kMask + QStringLiteral("\""));
    t.replace(pair, QStringLiteral("\\1\\2") + kMask);
    return t;
}

QByteArray redactBody(const QByteArray &body)
{
    QByteArray out = secrets::mask(body);
    // The name rules work on text: a body that is not UTF-8 (an image, a PDF) keeps its bytes.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(out);
    if (decoder.hasError())
        return out;
    const QString redacted = redactText(text);
    return redacted == text ? out : redacted.toUtf8();
}

} // namespace ra::net
