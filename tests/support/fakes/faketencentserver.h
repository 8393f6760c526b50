#pragma once

#include "fakevendorserver.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace ra::test {

// Tencent OCR on loopback: checks what the real API checks — POST /, Content-Type, X-TC-Action
// (VatInvoiceOCR / VerifyOfdVatInvoiceOCR), X-TC-Version, X-TC-Timestamp within 5 minutes of
// its clock, the TC3-HMAC-SHA256 Authorization (recomputed with the Host it received and
// service "ocr"), X-TC-Region for VatInvoiceOCR (required: MissingParameter; one of ap-beijing,
// ap-guangzhou, ap-hongkong, ap-shanghai: else UnsupportedRegion), and the body shape (ImageBase64 | OfdFileBase64, IsPdf/PdfPageNumber) — then
// the document: an ImageUrl / OfdFileUrl is fetched from what was publish()ed (else
// FailedOperation.DownLoadError), a PDF needs IsPdf (its page count is the answer's PdfPageSize),
// an OFD must be a package, a page beyond the document is InvalidParameterValue — and answers in
// the {"Response": …} envelope with a fresh RequestId. Faults use Tencent's codes:
// RequestLimitExceeded, AuthFailure.SignatureFailure, InternalError, HTTP 503.
class FakeTencentServer : public FakeVendorServer
{
    Q_OBJECT
public:
    FakeTencentServer(const QString &secretId, const QString &secretKey, QObject *parent = nullptr);

    // The Response object (without RequestId) answered for a valid request; default: a small
    // VatInvoiceOCR / VerifyOfdVatInvoiceOCR answer. `action` is X-TC-Action.
    using Responder = std::function<QJsonObject(const QString &action, const QJsonObject &body)>;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void setServerTime(std::function<qint64()> unixSeconds) { m_serverTime = std::move(unixSeconds); }
    // VatInvoiceOCR's limit on ImageBase64 (default the seed's 7 MB); lower it to play a vendor
    // stricter than its documentation (LimitExceeded.TooLargeFileError).
    void setVatMaxBase64Bytes(qint64 bytes) { m_vatMaxBase64 = bytes; }
    static constexpr qint64 kSeedVatMaxBase64Bytes = 7LL * 1024 * 1024;

    int validRequests() const { return m_valid; }
    QString lastRequestId() const { return m_lastRequestId; }

    static QJsonObject defaultVatResponse();
    static QJsonObject defaultOfdResponse();

protected:
    Answer handle(const Request &request) override;
    Answer faultAnswer(Fault fault, const Request &request) override;

private:
    Answer envelope(const QJsonObject &response);
    Answer error(const QString &code, const QString &message);
    QString check(const Request &request, QString *code) const;
    QString checkDocument(const QJsonObject &body, bool vat, QString *code, int *pdfPages);
    static int pdfPageCount(const QByteArray &pdf);

    QString m_secretId;
    QString m_secretKey;
    Responder m_responder;
    std::function<qint64()> m_serverTime;
    qint64 m_vatMaxBase64 = kSeedVatMaxBase64Bytes;
    int m_valid = 0;
    int m_sequence = 0;
    QString m_lastRequestId;
};

} // namespace ra::test
