#include "tencentprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/providerjob.h"
#include "core/vendorendpoint.h"
#include "tencentapi.h"

#include <QCoreApplication>
#include <QPointer>

namespace ra {

TencentProvider::TencentProvider(const ProviderContext &context, QObject *parent) : CloudProvider(context, parent) {}

TencentProvider::~TencentProvider() = default;

double TencentProvider::documentedRateLimit() const
{
    return tencent::kDocumentedRate;
}

QString TencentProvider::vendorName() const
{
    return QStringLiteral("Tencent Cloud");
}

QString TencentProvider::credentialAccount() const
{
    return QString::fromLatin1(credentials::Tencent);
}

QStringList TencentProvider::requiredCredentialKeys() const
{
    return {QStringLiteral("secret_id"), QStringLiteral("secret_key")};
}

bool TencentProvider::checkEndpoint(ProviderJob *job) const
{
    const VendorEndpoint endpoint = VendorEndpoint::resolve(context().endpoint(QStringLiteral("tencent")),
                                                            tencent::defaultEndpoint());
    if (endpoint.isValid())
        return true;
    job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::EndpointRefused), endpoint.error()));
    return false;
}

void TencentProvider::call(ProviderJob *job, const QString &action, const QByteArray &body,
                           std::function<void(const HttpResult &)> done)
{
    const VendorEndpoint endpoint = VendorEndpoint::resolve(context().endpoint(QStringLiteral("tencent")),
                                                            tencent::defaultEndpoint());
    QPointer<TencentProvider> self(this);
    // The region is no secret: read once here, so a keychain lookup never runs inside the
    // rate limiter's callback. VatInvoiceOCR requires one: the default when none is set.
    const QString region = tencent::effectiveRegion(credential(QStringLiteral("region")));
    auto factory = [self, endpoint, action, body, region](int) -> std::optional<PreparedRequest> {
        if (!self)
            return std::nullopt;
        // Keys are read for each attempt (isConfigured() already fetched them from the store)
        // and live only in this request's signature.
        return tencent::buildRequest(endpoint, action, body, region,
                                     self->credential(QStringLiteral("secret_id")),
                                     self->credential(QStringLiteral("secret_key")), self->context().nowSecs());
    };
    NetworkJob *nj = newNetworkJob(job, factory);
    nj->setRetryClassifier(&tencent::classify);
    QPointer<ProviderJob> guard(job);
    connect(nj, &NetworkJob::finished, job, [guard, done = std::move(done)](NetworkJob *n) {
        n->deleteLater();
        if (!guard || guard->isFinished())
            return;   // aborted: the job already carries its cancellation
        done(n->result());
    });
    nj->start();
}

bool TencentProvider::succeeded(const HttpResult &result)
{
    const tencent::Envelope env = tencent::parseEnvelope(result.body);
    return result.status == 200 && int(result.networkError) == 0 && env.wellFormed && env.errorCode.isEmpty()
           && !result.aborted;
}

Invoice TencentProvider::failedPageInvoice(int page, const QSizeF &pageSize, const DocumentError &error)
{
    Invoice inv;
    inv.page = page;
    inv.pageSize = pageSize;
    QString said = error.message.trimmed();
    while (said.endsWith(QLatin1Char('.')) || said.endsWith(QChar(0x3002)))
        said.chop(1);
    Finding f;
    f.rule = QString::fromLatin1(kPageFailedRule);
    f.severity = Severity::Error;
    f.message = QCoreApplication::translate("TencentProvider",
                    "Page %1 was not recognised (%2): %3. The other pages were read; recognise the document "
                    "again, or enter this page by hand.")
                    .arg(page).arg(error.code, said);
    f.messageZh = QStringLiteral("第 %1 页未能识别（%2）：%3。其余页面已识别；请重新识别该文件，或手工录入该页。")
                      .arg(page).arg(error.code, said);
    inv.findings << f;
    return inv;
}

bool TencentProvider::failed(ProviderJob *job, const HttpResult &result, QList<QByteArray> raws)
{
    if (succeeded(result))
        return false;
    if (!result.body.isEmpty())
        raws << result.body;
    job->finishWithError(tencent::toDocumentError(result), raws);
    return true;
}

} // namespace ra
