#include "deepfinchprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "deepfinchapi.h"
#include "deepfinchmapper.h"
#include "qiniu/vendorimage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString qtr(const char *s)
{
    return QCoreApplication::translate("DeepFinchProvider", s);
}

vendor::ImageLimits limits()
{
    vendor::ImageLimits l;
    l.maxBytes = deepfinch::kMaxBytes;
    l.maxSide = deepfinch::kMaxSide;
    return l;
}

} // namespace

// One document's way through DeepFinch: per page, prepare → one multipart call.
class DeepFinchRun : public QObject
{
public:
    DeepFinchRun(DeepFinchProvider *provider, ProviderJob *job)
        : QObject(job), m_provider(provider), m_job(job)
    {
    }

    void start()
    {
        const VendorEndpoint e = VendorEndpoint::resolve(m_provider->context().endpoint(u"deepfinch"_s),
                                                         deepfinch::kDefaultEndpoint);
        if (!e.isValid()) {
            fail(cloud::error(QString::fromLatin1(ErrorCode::EndpointRefused), e.error()));
            return;
        }
        const DocumentInput &in = m_job->input();
        m_prepared = vendor::prepareImage(in.bytes, in.page > 0 ? in.page - 1 : 0, limits());
        m_pageCount = m_prepared.pageCount;
        if (in.page > 0) {
            m_pages = {in.page - 1};
        } else {
            for (int i = 0; i < m_pageCount; ++i)
                m_pages.append(i);
        }
        m_preparedIndex = m_pages.first();
        nextPage();
    }

private:
    bool stopped() const { return m_job->isFinished(); }
    void fail(const DocumentError &e) { m_job->finishWithError(e, m_responses); }

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
        DeepFinchProvider *p = m_provider;
        const QByteArray bytes = m_prepared.bytes;
        const QByteArray mime = m_prepared.mimeType;
        const QString fileName = u"page-%1.%2"_s.arg(index + 1).arg(m_prepared.extension);
        auto factory = [p, bytes, mime, fileName](int) -> std::optional<PreparedRequest> {
            const VendorEndpoint endpoint = VendorEndpoint::resolve(p->context().endpoint(u"deepfinch"_s),
                                                                    deepfinch::kDefaultEndpoint);
            if (!endpoint.isValid())
                return std::nullopt;
            return deepfinch::ocrRequest(endpoint, p->credential(u"api_id"_s), p->credential(u"api_secret"_s),
                                         fileName, mime, bytes);
        };
        NetworkJob *nj = m_provider->newNetworkJob(m_job, factory);
        nj->setAutoDelete(true);
        nj->setRetryClassifier(&deepfinch::classify);
        nj->setFailureMessage(qtr("The DeepFinch endpoint is not a valid https URL."));
        connect(nj, &NetworkJob::finished, this, [this](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            if (!r.body.isEmpty())
                m_responses.append(r.body);
            if (const auto e = deepfinch::answerError(r)) {
                fail(*e);
                return;
            }
            // Mapped all at once in finish(), as a cached answer would be.
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
        if (doc.error)
            m_job->finishWithError(*doc.error, m_responses);
        else
            m_job->finishWithResult(std::move(doc));
    }

    DeepFinchProvider *m_provider;
    ProviderJob *m_job;
    QList<int> m_pages;
    int m_pageCount = 1;
    qsizetype m_next = 0;
    vendor::PreparedImage m_prepared;
    int m_preparedIndex = -1;
    QList<vendor::PageGeometry> m_geometry;
    QList<QByteArray> m_responses;
};

DeepFinchProvider::DeepFinchProvider(const ProviderContext &context, QObject *parent)
    : CloudProvider(context, parent)
{
}

DeepFinchProvider::~DeepFinchProvider() = default;

QString DeepFinchProvider::id() const
{
    return u"deepfinch"_s;
}

QString DeepFinchProvider::displayName() const
{
    return qtr("DeepFinch VAT invoice OCR");
}

ProviderCapabilities DeepFinchProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::FieldPolygons;
}

double DeepFinchProvider::documentedRateLimit() const
{
    return 0; // not documented
}

QString DeepFinchProvider::vendorName() const
{
    return deepfinch::vendorName();
}

QString DeepFinchProvider::credentialAccount() const
{
    return QString::fromLatin1(credentials::DeepFinch);
}

QStringList DeepFinchProvider::requiredCredentialKeys() const
{
    return {u"api_id"_s, u"api_secret"_s};
}

void DeepFinchProvider::start(ProviderJob *job)
{
    auto *run = new DeepFinchRun(this, job);
    run->start();
}

RecognizedDocument DeepFinchProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
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
        const auto outcome = deepfinch::mapOcrBody(responses.at(i), QString(), {g.page, g.pageSize, g.toPage});
        if (outcome.error) {
            // A page with nothing on it does not sink the others.
            if (outcome.error->code == QLatin1String(ErrorCode::NoInvoice) && responses.size() > 1)
                continue;
            doc.error = outcome.error;
            doc.invoices.clear();
            return doc;
        }
        doc.invoices += outcome.invoices;
        doc.pages = std::max(doc.pages, g.page);
    }
    doc.pages = std::max(doc.pages, context.value(u"pageCount").toInt());
    if (doc.invoices.isEmpty() && !doc.error)
        doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                                 qtr("DeepFinch found no invoice on the document."));
    return doc;
}

} // namespace ra
