#pragma once

#include "fakevendorserver.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <functional>

namespace ra::test {

// Qiniu on loopback, all three hosts in one server:
//  - Kodo form upload, POST / : multipart token/key/file; the upload token is checked as Kodo
//    does (access key, HMAC-SHA1 over the encoded policy, scope bucket[:key], deadline), a bad
//    one is HTTP 401 {"error": "bad token"}; the object is stored.
//  - the bucket's domain, GET /kodo/<key> (bucketDomain()); a private bucket wants ?e=&token=.
//  - ap-gate, POST /invoice/multiple?url=… : the "Qiniu" management token recomputed over what
//    arrived (method, path and query as received, Host, Content-Type, X-Qiniu-* headers),
//    X-Qiniu-Date within 15 minutes (else 403), a Content-Type always present, no body; `url`
//    must name a stored object (private: with a valid signature and deadline) or a document
//    publish()ed elsewhere, a JPEG/PNG of at most 8 MB, else {"result":0,"code":10400|10006}.
//    Answers carry X-Reqid.
// Faults can target one of the calls (faultOn) or the next requests (injectFault).
class QiniuFakeServer : public FakeVendorServer
{
    Q_OBJECT
public:
    enum class Call { Upload, Download, Ocr };

    QiniuFakeServer(const QString &accessKey, const QString &secretKey, const QString &bucket,
                    QObject *parent = nullptr);
    ~QiniuFakeServer() override;

    QString bucketDomain() const;                  // baseUrl() + "/kodo"
    void setPrivateBucket(bool privateBucket) { m_private = privateBucket; }
    // identify_results for a stored image (default: one VAT invoice covering 90 % of it, whose
    // number is the image's PNG text "number" when it has one).
    using Responder = std::function<QJsonArray(const QByteArray &image)>;
    void setResponder(Responder r) { m_responder = std::move(r); }
    void setServerTime(std::function<qint64()> unixSeconds) { m_serverTime = std::move(unixSeconds); }
    // The next `count` requests of `call` get `fault`.
    void faultOn(Call call, Fault fault, int count = 1);

    int uploads() const { return m_uploads; }
    int ocrCalls() const { return m_ocrCalls; }           // valid, answered recognition calls
    int callsOf(Call call) const;                          // every request of that kind received
    QHash<QString, QByteArray> objects() const { return m_objects; }
    QString lastOcrUrl() const { return m_lastOcrUrl; }   // the decoded url= of the last call

    static QJsonArray defaultResults(const QByteArray &image);

protected:
    Answer handle(const Request &request) override;
    Answer faultAnswer(Fault fault, const Request &request) override;
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static Call callOf(const QUrl &url, const QByteArray &method);
    Answer handleUpload(const Request &request);
    Answer handleDownload(const Request &request);
    Answer handleOcr(const Request &request);
    std::optional<QString> objectKeyFromUrl(const QByteArray &url, QString *problem) const;
    Answer json(int status, const QJsonObject &body);
    qint64 now() const;

    QByteArray m_ak;
    QByteArray m_sk;
    QString m_bucket;
    bool m_private = false;
    Responder m_responder;
    std::function<qint64()> m_serverTime;
    QHash<QString, QByteArray> m_objects;
    QList<QPair<Call, Fault>> m_callFaults;
    QHash<int, int> m_calls;
    int m_uploads = 0;
    int m_ocrCalls = 0;
    int m_sequence = 0;
    QString m_lastOcrUrl;
};

} // namespace ra::test
