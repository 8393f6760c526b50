#include "qiniuprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "core/vendorendpoint.h"
#include "log.h"
#include "vendor/pagedvendorrun.h"
#include "qiniuauth.h"
#include "qiniumapper.h"
#include "qiniurequests.h"
#include "vendor/vendorimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr qint64 kMaxBytes = 8LL * 1024 * 1024; // the endpoint's documented limit
constexpr int kUrlLifetimeSecs = 3600;           // upload token and private URL: cover the retries
constexpr int kDeleteAfterDays = 1;              // invoices do not stay in the user's bucket

bool truthy(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == u"1" || t == u"true" || t == u"yes";
}

ruiqi::EntryContext entryContext(const vendor::PageGeometry &g)
{
    ruiqi::EntryContext ctx;
    ctx.vendor = u"qiniu"_s;
    ctx.page = g.page;
    ctx.pageSize = g.pageSize;
    ctx.toPage = g.toPage;
    return ctx;
}

} // namespace

// One document's way through Qiniu: for each page, prepare → upload to Kodo → OCR on its URL.
class QiniuRun : public PagedVendorRun
{
public:
    QiniuRun(QiniuProvider *provider, ProviderJob *job)
        : PagedVendorRun(job, provider->pageWorkers(), limits(),
                         QCoreApplication::translate("QiniuProvider", "Qiniu found no invoice on the document.")),
          m_provider(provider)
    {
    }

    void start()
    {
        PagedVendorRun::start(
            {VendorEndpoint::resolve(m_provider->context().endpoint(u"qiniu"_s), qiniu::kDefaultOcrEndpoint),
             VendorEndpoint::resolve(m_provider->context().endpoint(u"qiniu-upload"_s),
                                     qiniu::kDefaultUploadEndpoint)});
    }

private:
    static vendor::ImageLimits limits()
    {
        vendor::ImageLimits l;
        l.maxBytes = kMaxBytes;
        l.maxSide = 8000;
        return l;
    }

    void sendPage() override
    {
        // A remote document: Qiniu fetches the URL itself; no Kodo upload.
        if (isRemote()) {
            ocr(remoteUrl());
            return;
        }
        const QString key = qiniu::objectKey(prepared().bytes, prepared().extension);
        const QString fileName = u"page-%1.%2"_s.arg(page().page).arg(prepared().extension);
        const QByteArray bytes = prepared().bytes;
        const QByteArray mime = prepared().mimeType;
        QiniuProvider *p = m_provider;
        auto factory = [p, key, fileName, bytes, mime](int) -> std::optional<PreparedRequest> {
            const VendorEndpoint endpoint = VendorEndpoint::resolve(p->context().endpoint(u"qiniu-upload"_s),
                                                                    qiniu::kDefaultUploadEndpoint);
            if (!endpoint.isValid())
                return std::nullopt;
            const QByteArray policy = qiniu::putPolicy(p->credential(u"bucket"_s), key,
                                                       p->context().nowSecs() + kUrlLifetimeSecs, kDeleteAfterDays);
            const QByteArray token = qiniu::uploadToken(p->credential(u"access_key"_s).toUtf8(),
                                                        p->credential(u"secret_key"_s).toUtf8(), policy);
            return qiniu::uploadRequest(endpoint, token, key, fileName, mime, bytes);
        };
        // Kodo uploads are not recognition calls: the vendor's API rate does not count them.
        NetworkJob *nj = m_provider->newNetworkJob(job(), factory, false);
        nj->setAutoDelete(true);
        nj->setFailureMessage(QCoreApplication::translate("QiniuProvider",
                                                          "The Kodo upload endpoint is not a valid https URL."));
        connect(nj, &NetworkJob::finished, this, [this, key](NetworkJob *done) {
            if (stopped())
                return;
            if (const auto e = qiniu::uploadError(done->result())) {
                fail(*e);
                return;
            }
            recognize(key);
        });
        nj->start();
    }

    void recognize(const QString &key)
    {
        QiniuProvider *p = m_provider;
        QByteArray imageUrl = qiniu::objectUrl(p->credential(u"bucket_domain"_s), key);
        if (truthy(p->credential(u"private_bucket"_s)))
            imageUrl = qiniu::privateDownloadUrl(imageUrl, p->context().nowSecs() + kUrlLifetimeSecs,
                                                 p->credential(u"access_key"_s).toUtf8(),
                                                 p->credential(u"secret_key"_s).toUtf8());
        ocr(imageUrl);
    }

    // POST /invoice/multiple?url=<imageUrl, percent-encoded>
    void ocr(const QByteArray &imageUrl)
    {
        QiniuProvider *p = m_provider;
        auto factory = [p, imageUrl](int) -> std::optional<PreparedRequest> {
            const VendorEndpoint endpoint = VendorEndpoint::resolve(p->context().endpoint(u"qiniu"_s),
                                                                    qiniu::kDefaultOcrEndpoint);
            if (!endpoint.isValid())
                return std::nullopt;
            // A fresh X-Qiniu-Date (and so a fresh signature) on every attempt.
            const QDateTime now = QDateTime::fromSecsSinceEpoch(p->context().nowSecs(), QTimeZone::utc());
            return qiniu::ocrRequest(endpoint, imageUrl, p->credential(u"access_key"_s).toUtf8(),
                                     p->credential(u"secret_key"_s).toUtf8(), now);
        };
        NetworkJob *nj = m_provider->newNetworkJob(job(), factory);
        nj->setAutoDelete(true);
        nj->setRetryClassifier(&qiniu::classifyOcr);
        nj->setFailureMessage(
            QCoreApplication::translate("QiniuProvider", "The Qiniu endpoint is not a valid https URL."));
        connect(nj, &NetworkJob::finished, this, [this](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            const qiniu::OcrOutcome outcome = qiniu::mapOcrAnswer(r, entryContext(page()));
            if (!r.body.isEmpty())
                addResponse(r.body);
            if (outcome.error) {
                fail(*outcome.error);
                return;
            }
            pageDone();
        });
        nj->start();
    }

    RecognizedDocument remap(const QJsonObject &context) const override
    {
        return m_provider->remap(job()->input(), responses(), context);
    }

    QiniuProvider *m_provider;
};

QiniuProvider::QiniuProvider(const ProviderContext &context, QObject *parent)
    : CloudProvider(context, parent)
{
}

QiniuProvider::~QiniuProvider() = default;

QString QiniuProvider::id() const
{
    return u"qiniu"_s;
}

QString QiniuProvider::displayName() const
{
    return QCoreApplication::translate("QiniuProvider", "Qiniu multi-invoice OCR");
}

ProviderCapabilities QiniuProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Url
           | ProviderCapability::SeveralInvoicesPerImage;
}

bool QiniuProvider::acceptsUrl(DocumentFormat format) const
{
    // /invoice/multiple fetches jpg/jpeg/png only; a URL without an extension is left to Qiniu.
    return format == DocumentFormat::Unknown || format == DocumentFormat::Jpeg || format == DocumentFormat::Png;
}

double QiniuProvider::documentedRateLimit() const
{
    return 0; // not documented for this endpoint
}

QString QiniuProvider::vendorName() const
{
    return qiniu::vendorName();
}

QString QiniuProvider::credentialAccount() const
{
    return QString::fromLatin1(credentials::Qiniu);
}

QStringList QiniuProvider::requiredCredentialKeys() const
{
    return {u"access_key"_s, u"secret_key"_s, u"bucket"_s, u"bucket_domain"_s};
}

QString QiniuProvider::note() const
{
    return QCoreApplication::translate(
        "QiniuProvider", "Uploads each page to your Kodo bucket (deleted after a day); JPEG/PNG up to 8 MB; "
                         "a JPEG/PNG URL is sent as it is, without upload.");
}

void QiniuProvider::start(ProviderJob *job)
{
    auto *run = new QiniuRun(this, job);
    run->start();
}

RecognizedDocument QiniuProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                        const QJsonObject &context) const
{
    return PagedVendorRun::remapPages(id(), input, responses, context,
                                      [](const QByteArray &body, const vendor::PageGeometry &g) {
                                          return qiniu::mapOcrBody(body, QString(), entryContext(g));
                                      });
}

} // namespace ra
