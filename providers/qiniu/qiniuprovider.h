#pragma once

#include "core/cloudprovider.h"

namespace ra {

// qiniu: 七牛 多张发票识别 (POST /invoice/multiple?url=…). The endpoint only fetches a URL, so each
// page is first stored in the user's own Kodo bucket (form upload with an upload token; a signed
// download URL when the bucket is private) and its URL is sent, percent-encoded, with the
// "Qiniu" management token. Only JPEG/PNG up to 8 MB are sent: PDF pages are rendered, other
// images re-encoded or scaled, and the answer's regions mapped back to the page the viewer
// shows. Every entry of identify_results is an invoice. Stored objects expire after a day.
// A remote document (a JPEG/PNG URL) is sent in url= as it is: no upload, nothing downloaded.
class QiniuProvider : public CloudProvider
{
    Q_OBJECT
public:
    explicit QiniuProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~QiniuProvider() override;

    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    bool acceptsUrl(DocumentFormat format) const override;
    double documentedRateLimit() const override;
    QString vendorName() const override;
    QString credentialAccount() const override;
    QStringList requiredCredentialKeys() const override;
    QString note() const override;

protected:
    void start(ProviderJob *job) override;
    RecognizedDocument remap(const DocumentInput &input, const QList<QByteArray> &responses,
                             const QJsonObject &context) const override;

private:
    friend class QiniuRun;
};

} // namespace ra
