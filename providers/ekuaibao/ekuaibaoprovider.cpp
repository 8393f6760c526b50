#include "ekuaibaoprovider.h"

#include "core/clouderror.h"
#include "core/credentialstore.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/ratelimiter.h"
#include "ekuaibaomapper.h"
#include "log.h"
#include "qiniu/vendorimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString qtr(const char *s)
{
    return QCoreApplication::translate("EkuaibaoProvider", s);
}

vendor::ImageLimits limits()
{
    // The OCR supplier behind processImageByFileUrl ("ruiqi") is Qiniu's: keep to its 8 MB.
    vendor::ImageLimits l;
    l.maxBytes = 8LL * 1024 * 1024;
    l.maxSide = 8000;
    return l;
}

} // namespace

// One document's way through Ekuaibao: per page, upload → downloadurls → OCR, each call with
// the shared token. Lives as a child of its ProviderJob.
class EkuaibaoRun : public QObject
{
public:
    EkuaibaoRun(EkuaibaoProvider *provider, ProviderJob *job)
        : QObject(job), m_provider(provider), m_job(job)
    {
    }

    void start()
    {
        const VendorEndpoint e = m_provider->endpoint();
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
    enum class Step { Upload, DownloadUrls, Ocr };

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
        QString base = QFileInfo(m_job->input().file).completeBaseName();
        if (m_pageCount > 1)
            base += u"-p%1"_s.arg(index + 1);
        m_fileName = ekuaibao::safeFileName(base, m_prepared.extension);
        m_relogged = false;
        call(Step::Upload);
    }

    static QString what(Step step)
    {
        switch (step) {
        case Step::Upload: return qtr("the attachment upload");
        case Step::DownloadUrls: return qtr("the download URL request");
        case Step::Ocr: return qtr("the recognition call");
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
            return ekuaibao::uploadRequest(endpoint, token, m_fileName, m_prepared.mimeType, m_prepared.bytes);
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
        NetworkJob *nj = m_provider->newNetworkJob(m_job, factory);
        nj->setAutoDelete(true);
        const bool isOcr = step == Step::Ocr;
        nj->setRetryClassifier([fresh, isOcr](const HttpResult &r, int attempt) {
            return ekuaibao::classify(r, attempt, fresh, isOcr);
        });
        nj->setFailureMessage(qtr("There is no valid Ekuaibao endpoint or access token."));
        connect(nj, &NetworkJob::finished, this, [this, step, fresh, token](NetworkJob *done) {
            if (stopped())
                return;
            const HttpResult &r = done->result();
            const ekuaibao::Verdict v = ekuaibao::verdict(r);
            if (v == ekuaibao::Verdict::TokenRejected && !fresh && !m_relogged) {
                // Expired or revoked before its time: log in again and repeat this call once.
                m_relogged = true;
                m_provider->invalidateToken(token.token);
                call(step);
                return;
            }
            if (v == ekuaibao::Verdict::Ok)
                m_provider->confirmToken(token.token);
            if (v != ekuaibao::Verdict::Ok) {
                if (step == Step::Ocr && !r.body.isEmpty())
                    m_responses.append(r.body);
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
                                        qtr("the uploaded attachment has no download URL"), vendor::requestIdOf(r)));
                return;
            }
            call(Step::Ocr);
            return;
        case Step::Ocr: {
            m_responses.append(r.body);
            const vendor::PageGeometry &g = m_geometry.last();
            ruiqi::EntryContext ctx;
            ctx.page = g.page;
            ctx.pageSize = g.pageSize;
            ctx.toPage = g.toPage;
            const auto outcome = ekuaibao::mapOcrBody(r.body, vendor::requestIdOf(r), ctx);
            if (outcome.error) {
                fail(*outcome.error);
                return;
            }
            ++m_next;
            nextPage();
            return;
        }
        }
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
                                     qtr("Ekuaibao found no invoice on the document."));
        if (doc.error)
            m_job->finishWithError(*doc.error, m_responses);
        else
            m_job->finishWithResult(std::move(doc));
    }

    EkuaibaoProvider *m_provider;
    ProviderJob *m_job;
    QList<int> m_pages;
    int m_pageCount = 1;
    qsizetype m_next = 0;
    vendor::PreparedImage m_prepared;
    int m_preparedIndex = -1;
    QList<vendor::PageGeometry> m_geometry;
    QList<QByteArray> m_responses;
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
    return qtr("Ekuaibao (合思) invoice OCR");
}

ProviderCapabilities EkuaibaoProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::SeveralInvoicesPerImage;
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
    return qtr("One request per second (vendor limit): three requests per page.");
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
                                           qtr("the login answer has no access token"), vendor::requestIdOf(r));
        } else {
            error = ekuaibao::toDocumentError(r, qtr("the login (getAccessToken)"));
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
    auto *run = new EkuaibaoRun(this, job);
    run->start();
}

RecognizedDocument EkuaibaoProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
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
        ctx.page = g.page;
        ctx.pageSize = g.pageSize;
        ctx.toPage = g.toPage;
        const auto outcome = ekuaibao::mapOcrBody(responses.at(i), QString(), ctx);
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
