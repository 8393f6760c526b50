#include "tencentvatprovider.h"

#include <QCoreApplication>

#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/responsecache.h"
#include "pagegeometry.h"
#include "tencentapi.h"
#include "tencentimageprep.h"
#include "tencentvatmapper.h"
#include "worker/workerpool.h"

#include <QJsonArray>
#include <QPointer>
#include <algorithm>
#include <memory>

namespace ra {
namespace {

// A PDF longer than this is not one invoice; its first pages are recognised and the rest
// reported, so a stray 300-page document does not turn into 300 billed calls.
constexpr int kMaxPages = 20;

} // namespace

struct VatRun
{
    QPointer<ProviderJob> job;
    DocumentInput input;
    bool isPdf = false;
    int pageIndex = 0;           // 0-based page being worked on
    int lastIndex = 0;           // last 0-based page to do
    int pageCount = 0;
    QList<QByteArray> raws;      // every answer, refusals included (their context maps to nothing)
    QJsonArray pageContexts;     // one per raw answer
    QList<Invoice> invoices;     // in page order, a failed page's stand-in included
    int read = 0;                // invoices actually recognised
    QList<DocumentError> pageErrors;
    QStringList warnings;
    qint64 limit = tencent::kVatMaxBase64Bytes;   // Base64 bytes the page being sent may have
    int shrinks = 0;                               // resends of the page being sent
};

namespace {

QJsonObject pageContext(int page, const tencent::PreparedPage &p)
{
    return {{QStringLiteral("page"), page},
            {QStringLiteral("scale"), p.scale},
            {QStringLiteral("width"), p.pageSize.width()},
            {QStringLiteral("height"), p.pageSize.height()}};
}

QList<Invoice> mapPage(const QByteArray &raw, const QJsonObject &ctx, QStringList *warnings)
{
    tencent::VatMapContext mc;
    mc.page = ctx.value(QStringLiteral("page")).toInt(1);
    mc.scale = ctx.value(QStringLiteral("scale")).toDouble(1.0);
    mc.pageSize = QSizeF(ctx.value(QStringLiteral("width")).toDouble(), ctx.value(QStringLiteral("height")).toDouble());
    return tencent::mapVatInvoiceOcr(tencent::parseEnvelope(raw).response, mc, warnings);
}

// An error that will be the same on every page: the rest are not sent.
bool endsTheDocument(const DocumentError &e)
{
    return e.code == QLatin1String(ErrorCode::AuthFailed) || e.code == QLatin1String(ErrorCode::QuotaExhausted)
           || e.code == QLatin1String(ErrorCode::NotConfigured) || e.code == QLatin1String(ErrorCode::EndpointRefused)
           || e.code == QLatin1String(ErrorCode::Cancelled);
}

DocumentError noInvoice()
{
    return cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                        QStringLiteral("Tencent Cloud found no invoice data in this document."));
}

} // namespace

TencentVatProvider::TencentVatProvider(const ProviderContext &context, QObject *parent)
    : TencentProvider(context, parent)
{
}

TencentVatProvider::~TencentVatProvider() = default;

QString TencentVatProvider::id() const
{
    return QStringLiteral("tencent-vat");
}

QString TencentVatProvider::displayName() const
{
    return QCoreApplication::translate("TencentVatProvider", "Tencent Cloud VatInvoiceOCR");
}

ProviderCapabilities TencentVatProvider::capabilities() const
{
    return ProviderCapability::Image | ProviderCapability::Pdf | ProviderCapability::Url
           | ProviderCapability::FieldPolygons;
}

bool TencentVatProvider::acceptsUrl(DocumentFormat format) const
{
    // ImageUrl: "PNG、JPG、JPEG、PDF，暂不支持 GIF"; a URL without an extension is left to the vendor.
    return format == DocumentFormat::Unknown || format == DocumentFormat::Png || format == DocumentFormat::Jpeg
           || format == DocumentFormat::Pdf;
}

QString TencentVatProvider::optionsKey(const DocumentInput &input) const
{
    // Pages rendered at the reference resolution, so a change of it is a different request.
    return QStringLiteral("action=%1;page=%2;dpi=%3").arg(QLatin1String(tencent::kVatAction)).arg(input.page).arg(kReferenceDpi);
}

void TencentVatProvider::start(ProviderJob *job)
{
    if (!checkEndpoint(job))
        return;
    // A configured region VatInvoiceOCR does not serve: said before any (billed) call.
    if (const QString problem = tencent::vatRegionProblem(credential(QStringLiteral("region"))); !problem.isEmpty()) {
        job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::NotConfigured), problem));
        return;
    }
    auto run = std::make_shared<VatRun>();
    run->job = job;
    run->input = job->input();
    run->isPdf = run->input.format == DocumentFormat::Pdf;
    run->pageIndex = run->input.page > 0 ? run->input.page - 1 : 0;
    run->lastIndex = run->pageIndex;
    if (run->input.isRemote()) {
        nextUrlPage(run);
        return;
    }
    if (run->input.page > 1 && !run->isPdf) {
        job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::UnsupportedInput),
                                          QStringLiteral("An image has only page 1.")));
        return;
    }
    nextPage(run);
}

void TencentVatProvider::finish(const std::shared_ptr<VatRun> &run)
{
    RecognizedDocument doc;
    doc.pages = run->pageCount;
    doc.invoices = run->invoices;
    doc.rawResponses = run->raws;
    run->job->setCacheContext({{QStringLiteral("pages"), run->pageContexts},
                               {QStringLiteral("page_count"), run->pageCount}});
    if (run->read == 0) {
        // Nothing read: the document failed (with its first page's error), as a one-page one does.
        run->job->finishWithError(run->pageErrors.isEmpty() ? noInvoice() : run->pageErrors.first(), run->raws);
        return;
    }
    if (!run->pageErrors.isEmpty() && context().cache) {
        // Partly read: kept for this run, never answered from the cache (the next run asks the
        // vendor again for every page). CloudProvider stored it just before this runs.
        const QString identity = run->input.cacheIdentity();
        const QString options = optionsKey(run->input);
        ResponseCache *cache = context().cache;
        connect(run->job, &ProviderJob::finished, this, [this, cache, identity, options](ProviderJob *job) {
            if (!job->isFromCache())
                cache->remove(identity, id(), options);
        });
    }
    run->job->finishWithResult(std::move(doc));
}

// Page pageIndex failed with `error` (its answer, if any, in `body`): the pages read stay, this
// page gets its own error, and the next page follows — unless the error would be every page's.
void TencentVatProvider::pageFailed(const std::shared_ptr<VatRun> &run, const DocumentError &error,
                                    const QByteArray &body, const QJsonObject &ctx)
{
    if (!body.isEmpty()) {
        run->raws << body;
        run->pageContexts << ctx;   // an error envelope maps to no invoice
    }
    const QSizeF size(ctx.value(QStringLiteral("width")).toDouble(), ctx.value(QStringLiteral("height")).toDouble());
    run->pageErrors << error;
    run->invoices << failedPageInvoice(run->pageIndex + 1, size, error);
    run->limit = tencent::kVatMaxBase64Bytes;
    run->shrinks = 0;
    ++run->pageIndex;
    if (endsTheDocument(error)) {
        for (; run->pageIndex <= run->lastIndex; ++run->pageIndex)
            run->invoices << failedPageInvoice(run->pageIndex + 1, QSizeF(), error);
    }
    if (run->input.isRemote())
        nextUrlPage(run);
    else
        nextPage(run);
}

void TencentVatProvider::pageRead(const std::shared_ptr<VatRun> &run, const QByteArray &body, const QJsonObject &ctx)
{
    run->raws << body;
    run->pageContexts << ctx;
    const QList<Invoice> found = mapPage(body, ctx, &run->warnings);
    run->invoices << found;
    run->read += int(found.size());
    run->limit = tencent::kVatMaxBase64Bytes;
    run->shrinks = 0;
}

// A remote document: Tencent fetches the URL itself, one call per page. IsPdf is always set
// (it takes images and PDFs alike), so the first answer's PdfPageSize tells whether more
// pages follow. The vendor renders a PDF page itself: its polygons are in the vendor's pixels
// of that page (no page size is known here), and an image's in the image's own pixels.
void TencentVatProvider::nextUrlPage(const std::shared_ptr<VatRun> &run)
{
    if (!run->job || run->job->isFinished())
        return;
    if (run->pageIndex > run->lastIndex) {
        finish(run);
        return;
    }
    const QJsonObject ctx{{QStringLiteral("page"), run->pageIndex + 1},
                          {QStringLiteral("scale"), 1.0},
                          {QStringLiteral("width"), 0},
                          {QStringLiteral("height"), 0}};
    const QByteArray body = tencent::vatInvoiceUrlBody(run->input.remoteUrl(), run->pageIndex + 1);
    call(run->job, QString::fromLatin1(tencent::kVatAction), body, [this, run, ctx](const HttpResult &result) {
        if (!succeeded(result)) {
            if (run->pageCount == 0) {
                // The first answer tells the page count: without it, the document failed.
                failed(run->job, result, run->raws);
                return;
            }
            // Nothing to shrink: Tencent fetched the document itself.
            pageFailed(run, tencent::toDocumentError(result), result.body, ctx);
            return;
        }
        pageRead(run, result.body, ctx);
        if (run->pageCount == 0) {
            // 0 for an image, the page count for a PDF.
            const int pdfPages = tencent::parseEnvelope(result.body)
                                     .response.value(QStringLiteral("PdfPageSize")).toInt();
            run->pageCount = std::max({1, pdfPages, run->pageIndex + 1});
            if (run->input.page == 0)
                run->lastIndex = std::min(run->pageCount, kMaxPages) - 1;
        }
        ++run->pageIndex;
        nextUrlPage(run);
    });
}

// Each page is prepared (rendered, scaled, encoded) in a worker process within run->limit,
// then sent; the next page follows the answer.
void TencentVatProvider::nextPage(const std::shared_ptr<VatRun> &run)
{
    if (!run->job || run->job->isFinished())
        return;
    if (run->pageIndex > run->lastIndex) {
        finish(run);
        return;
    }
    VendorPageSpec spec;
    spec.style = VendorPageSpec::Style::Tencent;
    spec.pageIndex = run->pageIndex;
    spec.isPdf = run->isPdf;
    spec.maxBytes = run->limit;
    spec.minSide = tencent::kMinSide;
    spec.maxSide = tencent::kMaxSide;
    WorkerRequest *request = pageWorkers()->prepare(run->input.bytes, spec);
    connect(run->job, &ProviderJob::abortRequested, request, &WorkerRequest::cancel);
    connect(request, &WorkerRequest::finished, run->job, [this, run](WorkerRequest *r) {
        const vendor::PreparedImage &prepared = r->prepared();
        tencent::PreparedPage page;
        page.imageBytes = prepared.bytes;
        page.pageSize = QSizeF(prepared.pageSize);
        page.scale = prepared.toPage.m11();
        page.pageCount = prepared.pageCount;
        page.errorCode = prepared.errorCode;
        page.error = prepared.error;
        if (!run->job || run->job->isFinished())
            return;
        if (run->pageCount == 0 && page.pageCount > 0) {
            run->pageCount = page.pageCount;
            if (run->input.page == 0)
                run->lastIndex = std::min(page.pageCount, kMaxPages) - 1;
            if (run->pageIndex >= page.pageCount) {
                run->job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::UnsupportedInput),
                                                       QStringLiteral("The document has only %1 pages.")
                                                           .arg(page.pageCount)));
                return;
            }
        }
        if (!page.ok()) {
            const DocumentError e = cloud::error(page.errorCode, page.error);
            if (run->pageCount == 0)
                run->job->finishWithError(e, run->raws);   // the document itself is unreadable
            else
                pageFailed(run, e, {}, pageContext(run->pageIndex + 1, page));
            return;
        }
        sendPage(run, page);
    });
}

// One prepared page to VatInvoiceOCR. Refused as too large (the seed's limit is not always the
// one applied): shrunk to 60 % of the Base64 sent and sent again, at most kMaxShrinkResends
// times; then, or for any other refusal, the page fails on its own.
void TencentVatProvider::sendPage(const std::shared_ptr<VatRun> &run, const tencent::PreparedPage &page)
{
    const QJsonObject ctx = pageContext(run->pageIndex + 1, page);
    const QByteArray b64 = page.imageBytes.toBase64();
    const qint64 sent = b64.size();
    call(run->job, QString::fromLatin1(tencent::kVatAction), tencent::vatInvoiceBody(b64),
         [this, run, ctx, sent](const HttpResult &result) {
        if (succeeded(result)) {
            pageRead(run, result.body, ctx);
            ++run->pageIndex;
            nextPage(run);
            return;
        }
        const tencent::Envelope env = tencent::parseEnvelope(result.body);
        if (tencent::isTooLargeError(env.errorCode) && run->shrinks < tencent::kMaxShrinkResends) {
            ++run->shrinks;
            run->raws << result.body;          // the refusal, for the record (maps to nothing)
            run->pageContexts << ctx;
            run->limit = std::max<qint64>(1024, sent * 6 / 10);
            nextPage(run);                     // the same page, smaller
            return;
        }
        DocumentError e = tencent::toDocumentError(result);
        if (tencent::isTooLargeError(env.errorCode)) {
            e.code = QString::fromLatin1(ErrorCode::InputTooLarge);
            e.message += QStringLiteral(" (still too large after %1 smaller resends; the last was %2 KB after Base64)")
                             .arg(run->shrinks).arg(sent / 1024);
        }
        pageFailed(run, e, result.body, ctx);
    });
}

RecognizedDocument TencentVatProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                             const QJsonObject &context) const
{
    RecognizedDocument doc;
    doc.pages = context.value(QStringLiteral("page_count")).toInt();
    const QJsonArray pages = context.value(QStringLiteral("pages")).toArray();
    QStringList warnings;
    for (int i = 0; i < responses.size(); ++i)
        doc.invoices << mapPage(responses.at(i), pages.at(i).toObject(), &warnings);
    if (doc.invoices.isEmpty())
        doc.error = noInvoice();
    Q_UNUSED(input);
    return doc;
}

} // namespace ra
