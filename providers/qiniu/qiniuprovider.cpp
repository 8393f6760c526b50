#include "qiniuprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "core/vendorendpoint.h"
#include "log.h"
#include "qiniuauth.h"
#include "qiniumapper.h"
#include "qiniurequests.h"
#include "vendorimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr qint64 kMaxBytes = 8LL * 1024 * 1024; // the endpoint's documented limit
constexpr int kUrlLifetimeSecs = 3600;           // upload token and private URL: cover the retries
constexpr int kDeleteAfterDays = 1;              // invoices do not stay in the user's bucket

QString qtr(const char *s)
{
    return QCoreApplication::translate("QiniuProvider", s);
}

bool truthy(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == u"1" || t == u"true" || t == u"yes";
}

} // namespace

// One document's way through Qiniu: for each page, prepare → upload to Kodo → OCR on its URL.
// Lives as a child of its ProviderJob, so it ends with it.
class QiniuRun : public QObject
{
public:
    QiniuRun(QiniuProvider *provider, ProviderJob *job)
        : QObject(job), m_provider(provider), m_job(job)
    {
    }

    void start()
    {
        for (const auto &[key, fallback] : {std::pair{u"qiniu"_s, qiniu::kDefaultOcrEndpoint},
                                            std::pair{u"qiniu-upload"_s, qiniu::kDefaultUploadEndpoint}}) {
            const VendorEndpoint e = VendorEndpoint::resolve(m_provider->context().endpoint(key), fallback);
            if (!e.isValid()) {
                fail(cloud::error(QString::fromLatin1(ErrorCode::EndpointRefused), e.error()));
                return;
            }
        }
        const DocumentInput &in = m_job->input();
        const vendor::PreparedImage first = vendor::prepareImage(in.bytes, in.page > 0 ? in.page - 1 : 0, limits());
        m_pageCount = first.pageCount;
        if (in.page > 0) {
            m_pages = {in.page - 1};
        } else {
            for (int i = 0; i < m_pageCount; ++i)
                m_pages.append(i);
        }
        m_prepared = first;
        m_preparedIndex = m_pages.first();
        nextPage();
    }

private:
    static vendor::ImageLimits limits()
    {
        vendor::ImageLimits l;
        l.maxBytes = kMaxBytes;
        l.maxSide = 8000;
        return l;
    }

    bool stopped() const { return m_job->isFinished(); }

    void fail(const DocumentError &e)
    {
        m_job->finishWithError(e, m_responses);
    }

    void nextPage()
    {
        if (stopped())
            return;
        if (m_next >= m_pages.size()) {
            finish();
            return;
        }
        const int index = m_pages.at(m_next);
        if (m_preparedIndex != index)
            m_prepared = vendor::prepareImage(m_job->input().bytes, index, limits());
        m_preparedIndex = -1;
        if (!m_prepared.ok()) {
            fail(cloud::error(m_prepared.errorCode, m_prepared.error));
            return;
        }
        m_geometry.append({index + 1, QSizeF(m_prepared.pageSize), m_prepared.toPage});
        upload();
    }

    void upload()
    {
        const QString key = qiniu::objectKey(m_prepared.bytes, m_prepared.extension);
        const QString fileName = u"page-%1.%2"_s.arg(m_geometry.last().page).arg(m_prepared.extension);
        const QByteArray bytes = m_prepared.bytes;
        const QByteArray mime = m_prepared.mimeType;
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
        NetworkJob *nj = m_provider->newNetworkJob(m_job, factory, false);
        nj->setAutoDelete(true);
        nj->setFailureMessage(qtr("The Kodo upload endpoint is not a valid https URL."));
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
        NetworkJob *nj = m_provider->newNetworkJob(m_job, factory);
        nj->setAutoDelete(true);
        nj->setRetryClassifier(&qiniu::classifyOcr);
        nj->setFailureMessage(qtr("The Qiniu endpoint is not a valid https URL."));
        connect(nj, &NetworkJob::finished, this, [this](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            ruiqi::EntryContext ctx;
            ctx.vendor = u"qiniu"_s;
            ctx.page = m_geometry.last().page;
            ctx.pageSize = m_geometry.last().pageSize;
            ctx.toPage = m_geometry.last().toPage;
            const qiniu::OcrOutcome outcome = qiniu::mapOcrAnswer(r, ctx);
            if (!r.body.isEmpty())
                m_responses.append(r.body);
            if (outcome.error) {
                fail(*outcome.error);
                return;
            }
            ++m_next;
            nextPage();
        });
        nj->start();
    }

    void finish()
    {
        QJsonObject context = vendor::toJson(m_geometry);
        context.insert(u"pageCount"_s, m_pageCount);
        m_job->setCacheContext(context);
        RecognizedDocument doc = m_provider->remap(m_job->input(), m_responses, context);
        doc.rawResponses = m_responses;
        if (doc.invoices.isEmpty() && !doc.error)
            doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                                     qtr("Qiniu found no invoice on the document."));
        if (doc.error)
            m_job->finishWithError(*doc.error, m_responses);
        else
            m_job->finishWithResult(std::move(doc));
    }

    QiniuProvider *m_provider;
    ProviderJob *m_job;
    QList<int> m_pages;
    int m_pageCount = 1;
    qsizetype m_next = 0;
    vendor::PreparedImage m_prepared;
    int m_preparedIndex = -1;
    QList<vendor::PageGeometry> m_geometry;
    QList<QByteArray> m_responses;
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
    return qtr("Qiniu multi-invoice OCR");
}

ProviderCapabilities QiniuProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::SeveralInvoicesPerImage;
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
    return qtr("Uploads each page to your Kodo bucket (deleted after a day); JPEG/PNG up to 8 MB.");
}

void QiniuProvider::start(ProviderJob *job)
{
    auto *run = new QiniuRun(this, job);
    run->start();
}

RecognizedDocument QiniuProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                        const QJsonObject &context) const
{
    RecognizedDocument doc;
    doc.provider = id();
    doc.file = input.file;
    doc.sha256 = input.sha256;
    doc.format = formatKey(input.format);
    const QList<vendor::PageGeometry> pages = vendor::pagesFromJson(context);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const vendor::PageGeometry g = i < pages.size() ? pages.at(i) : vendor::PageGeometry{};
        ruiqi::EntryContext ctx;
        ctx.vendor = u"qiniu"_s;
        ctx.page = g.page;
        ctx.pageSize = g.pageSize;
        ctx.toPage = g.toPage;
        const qiniu::OcrOutcome outcome = qiniu::mapOcrBody(responses.at(i), QString(), ctx);
        if (outcome.error) {
            doc.error = outcome.error;
            doc.invoices.clear();
            return doc;
        }
        doc.invoices += outcome.invoices;
        doc.pages = std::max(doc.pages, g.page);
    }
    doc.pages = std::max(doc.pages, context.value(u"pageCount").toInt());
    return doc;
}

} // namespace ra
