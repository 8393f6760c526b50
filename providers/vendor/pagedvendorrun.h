#pragma once

#include "core/vendorendpoint.h"
#include "recognizeddocument.h"
#include "vendorhttp.h"
#include "vendorimage.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

namespace ra {

class ProviderJob;
class WorkerPool;
class WorkerRequest;
struct DocumentInput;

// One document's way through a vendor that is sent one page image at a time (Qiniu, Ekuaibao,
// DeepFinch): prepare each page within the vendor's limits, let the adapter send it, collect
// the raw answers with the pages' geometry, and finish the job through the adapter's remap()
// so a live answer is mapped exactly as a cached one. The adapter only says how one page is
// sent. Lives as a child of its ProviderJob, so it ends with it.
//
// Pages are prepared (vendor::prepareImage) in `workers`, reimburse-worker processes, never in
// this process: a page that hangs or crashes the renderer or a decoder fails the document with
// timeout, crashed or too_complex before anything of it is sent, and the caller's thread (the
// desk's GUI thread, the CLI's main thread) only waits in its event loop.
class PagedVendorRun : public QObject
{
public:
    // `noInvoiceMessage`: when not empty, a document on which remap() found no invoice (and no
    // error) finishes with NoInvoice and this message.
    PagedVendorRun(ProviderJob *job, WorkerPool *workers, const vendor::ImageLimits &limits,
                   const QString &noInvoiceMessage = {});

    // Refuses the first invalid endpoint (EndpointRefused); otherwise walks the pages (the
    // input's page, or all of them). A remote document (DocumentInput::isRemote) is one
    // "page" sent as its URL: nothing is prepared or downloaded, its page size is unknown and
    // the vendor's regions stay in the pixels of the image it fetched.
    void start(const QList<VendorEndpoint> &endpoints);

    // What CloudProvider::remap() of these adapters does with stored answers: `mapPage` maps the
    // answer of each page with its geometry; the first error ends the document (invoices
    // dropped) unless `skipEmptyPages` and the page only had no invoice on it.
    using PageMapper
        = std::function<vendor::PageOutcome(const QByteArray &body, const vendor::PageGeometry &page)>;
    static RecognizedDocument remapPages(const QString &provider, const DocumentInput &input,
        const QList<QByteArray> &responses, const QJsonObject &context, const PageMapper &mapPage,
        bool skipEmptyPages = false);

protected:
    // Send the prepared page (prepared(), page()); on its answer call pageDone() or fail().
    virtual void sendPage() = 0;
    // The adapter's CloudProvider::remap() of the answers collected so far.
    virtual RecognizedDocument remap(const QJsonObject &context) const = 0;

    ProviderJob *job() const { return m_job; }
    bool stopped() const;
    void fail(const DocumentError &e);
    // The page's answer is in: on to the next page, or finish.
    void pageDone();
    void addResponse(const QByteArray &body) { m_responses.append(body); }
    const QList<QByteArray> &responses() const { return m_responses; }

    // A remote document: sendPage() sends remoteUrl() instead of prepared().
    bool isRemote() const { return m_remote; }
    QByteArray remoteUrl() const;
    const vendor::PreparedImage &prepared() const { return m_prepared; }
    const vendor::PageGeometry &page() const { return m_geometry.last(); } // the page being sent
    int pageCount() const { return m_pageCount; } // of the document

private:
    void nextPage();
    void finish();
    // Prepares page `index` (0-based) in a worker, then calls `then` with m_prepared set.
    void prepare(int index, void (PagedVendorRun::*then)());
    void firstPrepared();
    void sendPrepared();

    ProviderJob *m_job;
    WorkerPool *m_workers;
    vendor::ImageLimits m_limits;
    QString m_noInvoiceMessage;
    QList<int> m_pages; // 0-based indexes to send
    int m_pageCount = 1;
    bool m_remote = false;
    qsizetype m_next = 0;
    vendor::PreparedImage m_prepared;
    int m_preparedIndex = -1; // page m_prepared already holds (the first one, prepared for its page count)
    QList<vendor::PageGeometry> m_geometry;
    QList<QByteArray> m_responses;
};

} // namespace ra
