#pragma once

#include "fakevendorserver.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <functional>

namespace ra::test {

// Ekuaibao (合思) open API on loopback (vendor-protocols.md §3), with the documented QPS = 1
// counted over every call (setRateLimit(1) by default; refusals are HTTP 429):
//  - POST /api/openapi/v1/auth/getAccessToken {"appKey","appSecurity"} in the body (keys in
//    the query: 403); a token with ':' in it, expireTime in ms; 403 "密钥无效" for wrong keys.
//    A new token can be made to be refused for a moment (setTokenWarmupMs: the vendor's
//    "403 right after login").
//  - every other call: ?accessToken= known and not expired, else 403 "未授权".
//  - POST /api/openapi/v2/attachment/upload: multipart `name` (no ? \ / * < > : " |) + `file`
//    (≤ 30 MB) → {"value": {key, fileId, fileName, empty}}.
//  - POST /api/openapi/v2/attachment/downloadurls: [{id, key, expiration ≤ 1800}] → [{id, key,
//    url (signed, expiring), thumbUrl}], [] when unknown.
//  - POST /api/openapi/v2/invoice/processImageByFileUrl {"fileUrl"}: a URL from downloadurls,
//    unexpired, or one publish()ed elsewhere, of an image or PDF; else 400 "第三方出现问题请稍后再试".
class EkuaibaoFakeServer : public FakeVendorServer
{
    Q_OBJECT
public:
    enum class Call { Token, Upload, DownloadUrls, Ocr, Other };

    EkuaibaoFakeServer(const QString &appKey, const QString &appSecurity, QObject *parent = nullptr);
    ~EkuaibaoFakeServer() override;

    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }
    void setTokenWarmupMs(qint64 ms) { m_warmupMs = ms; }
    void expireAllTokens() { m_tokens.clear(); }
    // invoices[] for a file (default: the documented VAT example, region covering the image,
    // number = the PNG text "number" when the image has one).
    using Responder = std::function<QJsonArray(const QByteArray &file)>;
    void setResponder(Responder r) { m_responder = std::move(r); }
    void faultOn(Call call, Fault fault, int count = 1);

    int callsOf(Call call) const;       // every request of that kind received
    int logins() const { return m_logins; }
    int ocrCalls() const { return m_ocrCalls; }   // answered recognition calls
    QStringList issuedTokens() const { return m_issued; }

    static QJsonArray defaultInvoices(const QByteArray &file);

protected:
    Answer handle(const Request &request) override;
    Answer faultAnswer(Fault fault, const Request &request) override;
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Token
    {
        qint64 issuedMs;
        qint64 expiresMs;
    };
    struct StoredFile
    {
        QString key;
        QString name;
        QByteArray data;
    };
    static Call callOf(const QString &path);
    Answer error(int status, const QString &message);
    Answer value(const QJsonValue &v);
    QString checkToken(const Request &request, int *status) const;
    qint64 epochMs() const;

    QString m_appKey;
    QString m_appSecurity;
    qint64 m_tokenLifetimeMs = 2 * 3600 * 1000;
    qint64 m_warmupMs = 0;
    QHash<QString, Token> m_tokens;
    QStringList m_issued;
    QHash<QString, StoredFile> m_files;         // fileId → file
    QHash<QString, QPair<QString, qint64>> m_urls; // signed url → (fileId, expires ms)
    Responder m_responder;
    QList<QPair<Call, Fault>> m_callFaults;
    QHash<int, int> m_calls;
    int m_logins = 0;
    int m_ocrCalls = 0;
    int m_sequence = 0;
};

} // namespace ra::test
