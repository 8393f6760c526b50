#include "ekuaibaoprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "ekuaibaomapper.h"
#include "log.h"
#include "vendor/pagedvendorrun.h"
#include "vendor/vendorimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

vendor::ImageLimits limits()
{
    // The OCR supplier behind processImageByFileUrl ("ruiqi") is Qiniu's: keep to its 8 MB.
    vendor::ImageLimits l;
    l.maxBytes = 8LL * 1024 * 1024;
    l.maxSide = 8000;
    return l;
}

ruiqi::EntryContext entryContext(const vendor::PageGeometry &g)
{
    ruiqi::EntryContext ctx;
    ctx.page = g.page;
    ctx.pageSize = g.pageSize;
    ctx.toPage = g.toPage;
    return ctx;
}

} // namespace

// One document's way through Ekuaibao: per page, upload → downloadurls → OCR, each call with
// the shared token.
class EkuaibaoRun : public PagedVendorRun
{
public:
    EkuaibaoRun(EkuaibaoProvider *provider, ProviderJob *job)
        : PagedVendorRun(job, provider->pageWorkers(), limits(),
                         QCoreApplication::translate("EkuaibaoProvider", "Ekuaibao found no invoice on the document.")),
          m_provider(provider)
    {
    }

    void start() { PagedVendorRun::start({m_provider->endpoint()}); }

private:
    enum class Step { Upload, DownloadUrls, Ocr };

    void sendPage() override
    {
        m_relogged = false;
        // A remote document: its URL is the fileUrl; no attachment upload, nothing downloaded.
        if (isRemote()) {
            m_fileUrl = QString::fromUtf8(remoteUrl());
            call(Step::Ocr);
            return;
        }
        QString base = QFileInfo(job()->input().file).completeBaseName();
        if (pageCount() > 1)
            base += u"-p%1"_s.arg(page().page);
        m_fileName = ekuaibao::safeFileName(base, prepared().extension);
        call(Step::Upload);
    }

    static QString what(Step step)
    {
        switch (step) {
        case Step::Upload: return QCoreApplication::translate("EkuaibaoProvider", "the attachment upload");
        case Step::DownloadUrls: return QCoreApplication::translate("EkuaibaoProvider", "the download URL request");
        case Step::Ocr: return QCoreApplication::translate("EkuaibaoProvider", "the recognition call");
        }
        return {};
    }

    std::optional<PreparedRequest> build(Step step, const QString &token) const
    {
        const VendorEndpoint endpoint = m_provider->endpoint();
        if (!endpoint.isValid() || token.isEmpty())
            return std::nullopt;
        switch (step) {
        case Step::Upload:
            return ekuaibao::uploadRequest(endpoint, token, m_fileName, prepared().mimeType, prepared().bytes);
        case Step::DownloadUrls:
            return ekuaibao::downloadUrlsRequest(endpoint, token, m_file);
        case Step::Ocr:
            return ekuaibao::ocrRequest(endpoint, token, m_fileUrl);
        }
        return std::nullopt;
    }

    void call(Step step)
    {
        m_provider->withToken([this, step](const std::optional<DocumentError> &error) {
            if (stopped())
                return;
            if (error) {
                fail(*error);
                return;
            }
            send(step);
        });
    }

    void send(Step step)
    {
        const ekuaibao::AccessToken token = m_provider->token();
        const bool fresh = token.mayNotBeActiveYet(m_provider->nowMs());
        EkuaibaoProvider *p = m_provider;
        auto factory = [this, step, p](int) { return build(step, p->token().token); };
        NetworkJob *nj = m_provider->newNetworkJob(job(), factory);
        nj->setAutoDelete(true);
        const bool isOcr = step == Step::Ocr;
        nj->setRetryClassifier([fresh, isOcr](const HttpResult &r, int attempt) {
            return ekuaibao::classify(r, attempt, fresh, isOcr);
        });
        nj->setFailureMessage(
            QCoreApplication::translate("EkuaibaoProvider", "There is no valid Ekuaibao endpoint or access token."));
        connect(nj, &NetworkJob::finished, this, [this, step, token](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            const ekuaibao::Verdict v = ekuaibao::verdict(r);
            if (v == ekuaibao::Verdict::TokenRejected && !m_relogged) {
                // Expired or revoked before its time — or a brand-new token still refused after
                // the classifier's pauses (the vendor's "403 right after login" that did not
                // pass): log in again and repeat this call once before giving up.
                m_relogged = true;
                m_provider->invalidateToken(token.token);
                call(step);
                return;
            }
            if (v == ekuaibao::Verdict::Ok)
                m_provider->confirmToken(token.token);
            if (v != ekuaibao::Verdict::Ok) {
                if (step == Step::Ocr && !r.body.isEmpty())
                    addResponse(r.body);
                fail(ekuaibao::toDocumentError(r, what(step)));
                return;
            }
            done_(step, r);
        });
        nj->start();
    }

    void done_(Step step, const HttpResult &r)
    {
        switch (step) {
        case Step::Upload:
            if (const auto f = ekuaibao::parseUpload(r.body)) {
                m_file = *f;
                call(Step::DownloadUrls);
            } else {
                fail(ekuaibao::toDocumentError(r, what(step)));
            }
            return;
        case Step::DownloadUrls:
            m_fileUrl = ekuaibao::parseDownloadUrl(r.body, m_file.fileId);
            if (m_fileUrl.isEmpty()) {
                fail(cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), ekuaibao::vendorName(), {},
                                        QCoreApplication::translate("EkuaibaoProvider",
                                                                    "the uploaded attachment has no download URL"),
                                        vendor::requestIdOf(r)));
                return;
            }
            call(Step::Ocr);
            return;
        case Step::Ocr: {
            addResponse(r.body);
            const auto outcome = ekuaibao::mapOcrBody(r.body, vendor::requestIdOf(r), entryContext(page()));
            if (outcome.error) {
                fail(*outcome.error);
                return;
            }
            pageDone();
            return;
        }
        }
    }

    RecognizedDocument remap(const QJsonObject &context) const override
    {
        return m_provider->remap(job()->input(), responses(), context);
    }

    EkuaibaoProvider *m_provider;
    QString m_fileName;
    ekuaibao::UploadedFile m_file;
    QString m_fileUrl;
    bool m_relogged = false;
};

EkuaibaoProvider::EkuaibaoProvider(const ProviderContext &context, QObject *parent)
    : CloudProvider(context, parent)
{
}

EkuaibaoProvider::~EkuaibaoProvider() = default;

QString EkuaibaoProvider::id() const
{
    return u"ekuaibao"_s;
}

QString EkuaibaoProvider::displayName() const
{
    return QCoreApplication::translate("EkuaibaoProvider", "Ekuaibao (合思) invoice OCR");
}

ProviderCapabilities EkuaibaoProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Url
           | ProviderCapability::SeveralInvoicesPerImage;
}

bool EkuaibaoProvider::acceptsUrl(DocumentFormat format) const
{
    // "请确认要识别的文件url是图片或PDF的链接"
    return format == DocumentFormat::Unknown || format == DocumentFormat::Pdf || isImageFormat(format);
}

double EkuaibaoProvider::documentedRateLimit() const
{
    return ekuaibao::kDocumentedRate;
}

QString EkuaibaoProvider::vendorName() const
{
    return ekuaibao::vendorName();
}

QString EkuaibaoProvider::credentialAccount() const
{
    return QString::fromLatin1(credentials::Ekuaibao);
}

QStringList EkuaibaoProvider::requiredCredentialKeys() const
{
    return {u"app_key"_s, u"app_security"_s};
}

QString EkuaibaoProvider::note() const
{
    return QCoreApplication::translate("EkuaibaoProvider",
                                       "One request per second (vendor limit): three requests per page. By URL "
                                       "only a file URL of Ekuaibao's attachment service (sent as fileUrl, "
                                       "without upload); other URLs are refused.");
}

qint64 EkuaibaoProvider::nowMs() const
{
    return context().clock ? context().clock() * 1000 : QDateTime::currentMSecsSinceEpoch();
}

VendorEndpoint EkuaibaoProvider::endpoint() const
{
    return VendorEndpoint::resolve(context().endpoint(u"ekuaibao"_s), ekuaibao::kDefaultEndpoint);
}

void EkuaibaoProvider::withToken(TokenCallback callback)
{
    if (m_token.validAt(nowMs())) {
        callback(std::nullopt);
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_login)
        return;
    const VendorEndpoint ep = endpoint();
    if (!ep.isValid()) {
        const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
        for (const TokenCallback &c : waiting)
            c(cloud::error(QString::fromLatin1(ErrorCode::EndpointRefused), ep.error()));
        return;
    }
    m_token = {};
    ++m_logins;
    // Not tied to one document: everyone waiting shares the login, an aborted document does
    // not abort it. Paced like every other call.
    auto *login = new NetworkJob(context().network, [this](int) -> std::optional<PreparedRequest> {
        return ekuaibao::tokenRequest(endpoint(), credential(u"app_key"_s), credential(u"app_security"_s));
    }, this);
    login->setRetryPolicy(context().retry);
    login->setTransferTimeout(context().transferTimeoutMs);
    login->setRateLimiter(rateLimiter());
    login->setAutoDelete(true);
    m_login = login;
    connect(login, &NetworkJob::finished, this, [this](NetworkJob *done) {
        const HttpResult &r = done->result();
        std::optional<DocumentError> error;
        if (r.status == 200) {
            if (const auto t = ekuaibao::parseToken(r.body, nowMs()))
                m_token = *t;
            else
                error = cloud::vendorError(QString::fromLatin1(ErrorCode::BadResponse), vendorName(), {},
                                           QCoreApplication::translate("EkuaibaoProvider",
                                                                       "the login answer has no access token"),
                                           vendor::requestIdOf(r));
        } else {
            error = ekuaibao::toDocumentError(
                r, QCoreApplication::translate("EkuaibaoProvider", "the login (getAccessToken)"));
        }
        m_login = nullptr;
        const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
        for (const TokenCallback &c : waiting)
            c(error);
    });
    login->start();
}

void EkuaibaoProvider::invalidateToken(const QString &token)
{
    if (m_token.token == token)
        m_token = {};
}

void EkuaibaoProvider::confirmToken(const QString &token)
{
    if (m_token.token == token)
        m_token.confirmed = true;
}

void EkuaibaoProvider::start(ProviderJob *job)
{
    // fileUrl is "[下载附件]接口返回的 url": a URL from elsewhere is refused before any call (not
    // downloaded and uploaded: nothing is downloaded by this program).
    const DocumentInput &input = job->input();
    if (input.isRemote() && !ekuaibao::isAttachmentServiceUrl(input.url, endpoint())) {
        job->finishWithError(cloud::error(
            QString::fromLatin1(ErrorCode::UnsupportedInput),
            QCoreApplication::translate("EkuaibaoProvider",
                "Ekuaibao recognises by URL only a file URL made by its own attachment service "
                "(processImageByFileUrl takes the url its download API returns); one on %1 is not. Give the file "
                "itself (it is uploaded to Ekuaibao first), or use a provider that fetches URLs.")
                .arg(input.url.host().isEmpty() ? u"another host"_s : input.url.host())));
        return;
    }
    auto *run = new EkuaibaoRun(this, job);
    run->start();
}

RecognizedDocument EkuaibaoProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                           const QJsonObject &context) const
{
    return PagedVendorRun::remapPages(id(), input, responses, context,
                                      [](const QByteArray &body, const vendor::PageGeometry &g) {
                                          return ekuaibao::mapOcrBody(body, QString(), entryContext(g));
                                      });
}

} // namespace ra
