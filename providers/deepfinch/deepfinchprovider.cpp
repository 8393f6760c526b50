#include "deepfinchprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "deepfinchapi.h"
#include "deepfinchmapper.h"
#include "vendor/pagedvendorrun.h"
#include "vendor/vendorimage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

vendor::ImageLimits limits()
{
    vendor::ImageLimits l;
    l.maxBytes = deepfinch::kMaxBytes;
    l.maxSide = deepfinch::kMaxSide;
    return l;
}

} // namespace

// One document's way through DeepFinch: per page, prepare → one multipart call.
class DeepFinchRun : public PagedVendorRun
{
public:
    DeepFinchRun(DeepFinchProvider *provider, ProviderJob *job)
        : PagedVendorRun(job, provider->pageWorkers(), limits()), m_provider(provider)
    {
    }

    void start()
    {
        PagedVendorRun::start({VendorEndpoint::resolve(m_provider->context().endpoint(u"deepfinch"_s),
                                                       deepfinch::kDefaultEndpoint)});
    }

private:
    void sendPage() override
    {
        DeepFinchProvider *p = m_provider;
        // A remote document goes as the `url` field (DeepFinch fetches it); nothing is downloaded.
        const QByteArray url = isRemote() ? remoteUrl() : QByteArray();
        const QByteArray bytes = isRemote() ? QByteArray() : prepared().bytes;
        const QByteArray mime = prepared().mimeType;
        const QString fileName = u"page-%1.%2"_s.arg(page().page).arg(prepared().extension);
        auto factory = [p, url, bytes, mime, fileName](int) -> std::optional<PreparedRequest> {
            const VendorEndpoint endpoint = VendorEndpoint::resolve(p->context().endpoint(u"deepfinch"_s),
                                                                    deepfinch::kDefaultEndpoint);
            if (!endpoint.isValid())
                return std::nullopt;
            if (!url.isEmpty())
                return deepfinch::ocrUrlRequest(endpoint, p->credential(u"api_id"_s), p->credential(u"api_secret"_s),
                                                url);
            return deepfinch::ocrRequest(endpoint, p->credential(u"api_id"_s), p->credential(u"api_secret"_s),
                                         fileName, mime, bytes);
        };
        NetworkJob *nj = m_provider->newNetworkJob(job(), factory);
        nj->setAutoDelete(true);
        nj->setRetryClassifier(&deepfinch::classify);
        nj->setFailureMessage(
            QCoreApplication::translate("DeepFinchProvider", "The DeepFinch endpoint is not a valid https URL."));
        connect(nj, &NetworkJob::finished, this, [this](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            if (!r.body.isEmpty())
                addResponse(r.body);
            if (const auto e = deepfinch::answerError(r)) {
                fail(*e);
                return;
            }
            // Mapped all at once when the run finishes, as a cached answer would be.
            pageDone();
        });
        nj->start();
    }

    // The no-invoice error is remap()'s own here: it also holds for a cached answer.
    RecognizedDocument remap(const QJsonObject &context) const override
    {
        return m_provider->remap(job()->input(), responses(), context);
    }

    DeepFinchProvider *m_provider;
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
    return QCoreApplication::translate("DeepFinchProvider", "DeepFinch VAT invoice OCR");
}

ProviderCapabilities DeepFinchProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Url
           | ProviderCapability::FieldPolygons;
}

bool DeepFinchProvider::acceptsUrl(DocumentFormat format) const
{
    // `url` is an image address ("图片网络地址"); the sibling endpoint documents JPG/PNG.
    return format == DocumentFormat::Unknown || format == DocumentFormat::Jpeg || format == DocumentFormat::Png;
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
    // A page with nothing on it does not sink the others (skipEmptyPages).
    RecognizedDocument doc = PagedVendorRun::remapPages(
        id(), input, responses, context,
        [](const QByteArray &body, const vendor::PageGeometry &g) {
            return deepfinch::mapOcrBody(body, QString(), {g.page, g.pageSize, g.toPage});
        },
        true);
    if (doc.invoices.isEmpty() && !doc.error)
        doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                                 QCoreApplication::translate("DeepFinchProvider",
                                                             "DeepFinch found no invoice on the document."));
    return doc;
}

} // namespace ra
