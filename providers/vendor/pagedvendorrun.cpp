#include "pagedvendorrun.h"

#include "core/clouderror.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "documentformat.h"
#include "worker/workerpool.h"

using namespace Qt::StringLiterals;

namespace ra {

PagedVendorRun::PagedVendorRun(ProviderJob *job, WorkerPool *workers, const vendor::ImageLimits &limits,
                               const QString &noInvoiceMessage)
    : QObject(job)
    , m_job(job)
    , m_workers(workers)
    , m_limits(limits)
    , m_noInvoiceMessage(noInvoiceMessage)
{ }

void PagedVendorRun::start(const QList<VendorEndpoint> &endpoints)
{
    for (const VendorEndpoint &e : endpoints) {
        if (!e.isValid()) {
            fail(cloud::error(QString::fromLatin1(ErrorCode::EndpointRefused), e.error()));
            return;
        }
    }
    const DocumentInput &in = m_job->input();
    if (in.isRemote()) {
        if (in.page > 1) {
            fail(cloud::error(QString::fromLatin1(ErrorCode::UnsupportedInput),
                              u"A document given by URL is sent as a whole; a page cannot be chosen."_s));
            return;
        }
        m_remote = true;
        m_pages = { 0 };
        nextPage();
        return;
    }
    // The first page is prepared first: it tells the page count.
    prepare(in.page > 0 ? in.page - 1 : 0, &PagedVendorRun::firstPrepared);
}

void PagedVendorRun::prepare(int index, void (PagedVendorRun::*then)())
{
    VendorPageSpec spec;
    spec.style = VendorPageSpec::Style::Vendor;
    spec.pageIndex = index;
    spec.maxBytes = m_limits.maxBytes;
    spec.maxSide = m_limits.maxSide;
    spec.maxPixels = m_limits.maxPixels;
    WorkerRequest *request = m_workers->prepare(m_job->input().bytes, spec);
    // An aborted job stops waiting for its page (the worker is let go or killed by the pool).
    connect(m_job, &ProviderJob::abortRequested, request, &WorkerRequest::cancel);
    connect(request, &WorkerRequest::finished, this, [this, then](WorkerRequest *r) {
        if (stopped())
            return;
        m_prepared = r->prepared();
        (this->*then)();
    });
}

void PagedVendorRun::firstPrepared()
{
    const DocumentInput &in = m_job->input();
    m_pageCount = std::max(1, m_prepared.pageCount);
    if (in.page > 0) {
        m_pages = { in.page - 1 };
    } else {
        for (int i = 0; i < m_pageCount; ++i)
            m_pages.append(i);
    }
    m_preparedIndex = m_pages.first();
    nextPage();
}

QByteArray PagedVendorRun::remoteUrl() const
{
    return m_job->input().remoteUrl();
}

bool PagedVendorRun::stopped() const
{
    return m_job->isFinished();
}

void PagedVendorRun::fail(const DocumentError &e)
{
    m_job->finishWithError(e, m_responses);
}

void PagedVendorRun::pageDone()
{
    ++m_next;
    nextPage();
}

void PagedVendorRun::nextPage()
{
    if (stopped())
        return;
    if (m_next >= m_pages.size()) {
        finish();
        return;
    }
    const int index = m_pages.at(m_next);
    if (m_remote) {
        m_geometry.append({ 1, QSizeF(), QTransform() });
        sendPage();
        return;
    }
    if (m_preparedIndex != index) {
        prepare(index, &PagedVendorRun::sendPrepared);
        return;
    }
    sendPrepared();
}

void PagedVendorRun::sendPrepared()
{
    const int index = m_pages.at(m_next);
    m_preparedIndex = -1;
    if (!m_prepared.ok()) {
        fail(cloud::error(m_prepared.errorCode, m_prepared.error));
        return;
    }
    m_geometry.append({ index + 1, QSizeF(m_prepared.pageSize), m_prepared.toPage });
    sendPage();
}

void PagedVendorRun::finish()
{
    QJsonObject context = vendor::toJson(m_geometry);
    context.insert(u"pageCount"_s, m_pageCount);
    m_job->setCacheContext(context);
    RecognizedDocument doc = remap(context);
    doc.rawResponses = m_responses;
    if (doc.invoices.isEmpty() && !doc.error && !m_noInvoiceMessage.isEmpty())
        doc.error = cloud::error(QString::fromLatin1(ErrorCode::NoInvoice), m_noInvoiceMessage);
    if (doc.error)
        m_job->finishWithError(*doc.error, m_responses);
    else
        m_job->finishWithResult(std::move(doc));
}

RecognizedDocument PagedVendorRun::remapPages(const QString &provider, const DocumentInput &input,
    const QList<QByteArray> &responses, const QJsonObject &context, const PageMapper &mapPage,
    bool skipEmptyPages)
{
    RecognizedDocument doc;
    doc.provider = provider;
    doc.file = input.file;
    doc.sha256 = input.sha256;
    doc.format = formatKey(input.format);
    const QList<vendor::PageGeometry> pages = vendor::pagesFromJson(context);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const vendor::PageGeometry g = i < pages.size() ? pages.at(i) : vendor::PageGeometry {};
        const vendor::PageOutcome outcome = mapPage(responses.at(i), g);
        if (outcome.error) {
            // A page with nothing on it does not sink the others.
            if (skipEmptyPages && outcome.error->code == QLatin1String(ErrorCode::NoInvoice)
                && responses.size() > 1)
                continue;
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
