#pragma once

#include "fakevendorserver.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace ra::test {

// DeepFinch /ocr/value_add_tax_invoice on loopback (vendor-protocols.md §4): X-DF-API-ID and
// X-DF-API-SECRET must match (401 UNAUTHORIZED), the body must be multipart with either a `file`
// part or a `url` field naming a publish()ed document (400 INVALID_ARGUMENT otherwise) holding a
// JPEG/PNG of at most 5 MB and 6000 px a side (400 INVALID_ARGUMENT / DETECTION_FAILED). Answers
// {status, request_id, result|reason}.
// Faults: RATE_LIMIT_EXCEEDED (403), INTERNAL_ERROR (500), UNAUTHORIZED (401), 503, ...
class DeepFinchFakeServer : public FakeVendorServer
{
    Q_OBJECT
public:
    DeepFinchFakeServer(const QString &apiId, const QString &apiSecret, QObject *parent = nullptr);
    ~DeepFinchFakeServer() override;

    // `result` for an accepted image (default: the seed's example with a valid date, regions
    // scaled to the image, invoice number = the image's PNG text "number" when present).
    using Responder = std::function<QJsonObject(const QByteArray &image)>;
    void setResponder(Responder r) { m_responder = std::move(r); }

    int ocrCalls() const { return m_ocrCalls; }
    QString lastRequestId() const { return m_lastRequestId; }

    static QJsonObject defaultResult(const QByteArray &image);

protected:
    Answer handle(const Request &request) override;
    Answer faultAnswer(Fault fault, const Request &request) override;

private:
    Answer status(int http, const QString &status, const QString &reason);

    QString m_apiId;
    QString m_apiSecret;
    Responder m_responder;
    int m_ocrCalls = 0;
    int m_sequence = 0;
    QString m_lastRequestId;
};

} // namespace ra::test
