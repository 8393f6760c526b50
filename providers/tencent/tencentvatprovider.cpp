#include "tencentvatprovider.h"

#include <QCoreApplication>

#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "pagegeometry.h"
#include "tencentapi.h"
#include "tencentimageprep.h"
#include "tencentvatmapper.h"

#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>
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
    QList<QByteArray> raws;
    QJsonArray pageContexts;
    QList<Invoice> invoices;
    QStringList warnings;
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

TencentVatProvider::~TencentVatProvider()
{
    m_pool.clear();
    m_pool.waitForDone();   // page preparations post back to this object
}

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
    if (doc.invoices.isEmpty())
        run->job->finishWithError(noInvoice(), run->raws);
    else
        run->job->finishWithResult(std::move(doc));
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
        if (failed(run->job, result, run->raws))
            return;
        run->raws << result.body;
        run->pageContexts << ctx;
        run->invoices << mapPage(result.body, ctx, &run->warnings);
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

// Each page is prepared (rendered, scaled, encoded) off the event loop, then sent; the next
// page follows the answer.
void TencentVatProvider::nextPage(const std::shared_ptr<VatRun> &run)
{
    if (!run->job || run->job->isFinished())
        return;
    if (run->pageIndex > run->lastIndex) {
        finish(run);
        return;
    }
    const QByteArray bytes = run->input.bytes;
    const bool isPdf = run->isPdf;
    const int index = run->pageIndex;
    // `this` outlives the task: the destructor waits for m_pool.
    m_pool.start([this, run, bytes, isPdf, index]() {
        tencent::PreparedPage page = tencent::preparePage(bytes, isPdf, index, tencent::kMaxBase64Bytes,
                                                          tencent::kMinSide, tencent::kMaxSide);
        QMetaObject::invokeMethod(this, [this, run, page = std::move(page)]() {
            if (!run->job || run->job->isFinished())
                return;
            if (!page.ok()) {
                run->job->finishWithError(cloud::error(page.errorCode, page.error), run->raws);
                return;
            }
            if (run->pageCount == 0) {
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
            const QJsonObject ctx = pageContext(run->pageIndex + 1, page);
            const QByteArray body = tencent::vatInvoiceBody(page.imageBytes.toBase64());
            call(run->job, QString::fromLatin1(tencent::kVatAction), body, [this, run, ctx](const HttpResult &result) {
                if (failed(run->job, result, run->raws))
                    return;
                run->raws << result.body;
                run->pageContexts << ctx;
                run->invoices << mapPage(result.body, ctx, &run->warnings);
                ++run->pageIndex;
                nextPage(run);
            });
        }, Qt::QueuedConnection);
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
