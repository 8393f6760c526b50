#pragma once

#include "core/cloudprovider.h"
#include "core/httpexchange.h"
#include "invoice.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace ra {

// What the two Tencent adapters share: the account (secret_id, secret_key, optional region),
// the endpoint (REIMBURSE_TENCENT_ENDPOINT; the credential scope's service stays "ocr"), the
// documented 10 requests/s per action, and one signed call with Tencent's retry rules.
class TencentProvider : public CloudProvider
{
    Q_OBJECT
public:
    explicit TencentProvider(const ProviderContext &context, QObject *parent = nullptr);
    ~TencentProvider() override;

    double documentedRateLimit() const override;
    QString vendorName() const override;
    QString credentialAccount() const override;
    QStringList requiredCredentialKeys() const override;

protected:
    // Calls `action` with `body` (signed afresh, with a fresh timestamp, on every attempt) and
    // hands the final exchange to `done`, unless `job` was aborted meanwhile.
    void call(ProviderJob *job, const QString &action, const QByteArray &body,
              std::function<void(const HttpResult &)> done);
    // Refuses a bad endpoint override up front (finishing `job`); true when usable.
    bool checkEndpoint(ProviderJob *job) const;
    // Finishes `job` with the error of a failed exchange, keeping every raw response so far.
    static bool failed(ProviderJob *job, const HttpResult &result, QList<QByteArray> raws);
    // True when `result` is a well-formed answer without an Error.
    static bool succeeded(const HttpResult &result);

public:
    // What stands for page `page` of a document whose other pages were read when this one
    // failed: an invoice of that page with no values and a `page_failed` error finding that
    // quotes `error` (vendor code, message, request id), so the page is seen, not dropped.
    static Invoice failedPageInvoice(int page, const QSizeF &pageSize, const DocumentError &error);
    static constexpr auto kPageFailedRule = "page_failed";
};

} // namespace ra
