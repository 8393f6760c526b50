#include "tencentofdprovider.h"

#include <QCoreApplication>

#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "tencentapi.h"
#include "tencentofdmapper.h"
#include "worker/workerpool.h"

#include <QJsonArray>
#include <QPointer>
#include <algorithm>

namespace ra {
namespace {

// As for tencent-vat: a longer OFD is not one invoice, and each page is a billed call.
constexpr int kMaxPages = 20;

} // namespace

struct OfdRun
{
    QPointer<ProviderJob> job;
    QByteArray payload;          // Base64 of the file; empty for a URL
    QByteArray url;              // the remote document; empty for a file
    QList<int> pages;            // 1-based pages to send, in order
    qsizetype next = 0;
    int pageCount = 0;           // of the document; 0 when unknown (a URL)
    QList<QByteArray> raws;
};

TencentOfdProvider::TencentOfdProvider(const ProviderContext &context, QObject *parent)
    : TencentProvider(context, parent)
{
}

TencentOfdProvider::~TencentOfdProvider() = default;

QString TencentOfdProvider::id() const
{
    return QStringLiteral("tencent-ofd");
}

QString TencentOfdProvider::displayName() const
{
    return QCoreApplication::translate("TencentOfdProvider", "Tencent Cloud VerifyOfdVatInvoiceOCR");
}

ProviderCapabilities TencentOfdProvider::capabilities() const
{
    return ProviderCapability::Ofd | ProviderCapability::Url;
}

QString TencentOfdProvider::optionsKey(const DocumentInput &input) const
{
    // page 0 = every page of a file (one call each); a URL's 0 is its page 1.
    return QStringLiteral("action=%1;pages=%2").arg(QLatin1String(tencent::kOfdAction)).arg(input.page);
}

int TencentOfdProvider::countPages(const QByteArray &ofd)
{
    OfdPackage package;
    if (package.open(ofd))
        return 0;
    OfdDocument document;
    if (document.load(package))
        return 0;
    return int(document.pages().size());
}

void TencentOfdProvider::start(ProviderJob *job)
{
    if (!checkEndpoint(job))
        return;
    const DocumentInput &input = job->input();
    auto run = std::make_shared<OfdRun>();
    run->job = job;
    if (input.isRemote()) {
        run->url = input.remoteUrl();
        run->pages = {qMax(1, input.page)};
    } else {
        run->payload = input.bytes.toBase64();
        // No OFD limit is documented; the image limit is the safe assumption.
        if (run->payload.size() > tencent::kMaxBase64Bytes) {
            job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::InputTooLarge),
                                              QStringLiteral("The OFD file is larger than Tencent Cloud accepts (%1 MB after Base64).")
                                                  .arg(tencent::kMaxBase64Bytes / (1024 * 1024))));
            return;
        }
        // The package is opened to count its pages in a worker process, as every untrusted
        // parse is: one that hangs or crashes the parser fails the document, unsent.
        VendorPageSpec spec;
        spec.style = VendorPageSpec::Style::OfdPageCount;
        WorkerRequest *request = pageWorkers()->prepare(input.bytes, spec);
        connect(job, &ProviderJob::abortRequested, request, &WorkerRequest::cancel);
        connect(request, &WorkerRequest::finished, job, [this, run](WorkerRequest *r) {
            if (!run->job || run->job->isFinished())
                return;
            if (!r->prepared().ok()) {
                run->job->finishWithError(cloud::error(r->prepared().errorCode, r->prepared().error));
                return;
            }
            pagesCounted(run, r->prepared().pageCount);
        });
        return;
    }
    nextPage(run);
}

void TencentOfdProvider::pagesCounted(const std::shared_ptr<OfdRun> &run, int pageCount)
{
    // A package we cannot read (0 pages) is still the vendor's to judge: page 1 is sent.
    const int page = run->job->input().page;
    run->pageCount = pageCount;
    if (page > 0) {
        if (run->pageCount > 0 && page > run->pageCount) {
            run->job->finishWithError(cloud::error(QString::fromLatin1(ErrorCode::UnsupportedInput),
                                                   QStringLiteral("The document has only %1 pages.").arg(run->pageCount)));
            return;
        }
        run->pages = {page};
    } else {
        for (int p = 1; p <= std::clamp(run->pageCount, 1, kMaxPages); ++p)
            run->pages << p;
    }
    nextPage(run);
}

void TencentOfdProvider::nextPage(const std::shared_ptr<OfdRun> &run)
{
    if (!run->job || run->job->isFinished())
        return;
    if (run->next >= run->pages.size()) {
        QJsonArray pages;
        for (int p : std::as_const(run->pages))
            pages << p;
        run->job->setCacheContext({{QStringLiteral("pages"), pages}, {QStringLiteral("page_count"), run->pageCount}});
        RecognizedDocument doc = remap(run->job->input(), run->raws, run->job->cacheContext());
        if (doc.error)
            run->job->finishWithError(*doc.error, run->raws);
        else
            run->job->finishWithResult(std::move(doc));
        return;
    }
    const int page = run->pages.at(run->next);
    const QByteArray body = run->url.isEmpty() ? tencent::ofdBody(run->payload, page)
                                               : tencent::ofdUrlBody(run->url, page);
    call(run->job, QString::fromLatin1(tencent::kOfdAction), body, [this, run](const HttpResult &result) {
        // A page's failure fails the document, with every answer so far kept.
        if (failed(run->job, result, run->raws))
            return;
        run->raws << result.body;
        ++run->next;
        nextPage(run);
    });
}

RecognizedDocument TencentOfdProvider::remap(const DocumentInput &input, const QList<QByteArray> &responses,
                                             const QJsonObject &context) const
{
    Q_UNUSED(input);
    RecognizedDocument doc;
    doc.rawResponses = responses;
    // Entries cached before pages were listed hold one answer for context "page".
    const QJsonArray pages = context.value(QStringLiteral("pages")).toArray();
    const int legacyPage = context.value(QStringLiteral("page")).toInt(1);
    QList<Invoice> perPage;
    int lastPage = 0;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const int page = i < pages.size() ? pages.at(i).toInt(1) : legacyPage;
        lastPage = std::max(lastPage, page);
        const Invoice inv = tencent::mapVerifyOfdVatInvoiceOcr(tencent::parseEnvelope(responses.at(i)).response, page);
        if (!inv.fields.isEmpty() || !inv.items.isEmpty())
            perPage << inv;
    }
    doc.invoices = tencent::combineOfdPages(perPage);
    doc.pages = doc.invoices.isEmpty() ? 0 : std::max(context.value(QStringLiteral("page_count")).toInt(), lastPage);
    if (doc.invoices.isEmpty())
        doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice),
                                 QStringLiteral("Tencent Cloud found no invoice data in this OFD file."));
    return doc;
}

} // namespace ra
