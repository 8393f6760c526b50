#include "workerservice.h"

#include "workerlimits.h"
#include "workertesthooks.h"

#include "documentformat.h"
#include "local/localrecognizer.h"
#include "pagerenderer.h"
#include "tencent/tencentimageprep.h"
#include "tencent/tencentofdprovider.h"
#include "vendor/vendorimage.h"
#include "worker/workercodec.h"
#include "worker/workerpooloptions.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::worker {
namespace {

// The CPU backstop of a request: its time limit in whole seconds (the host's clock normally
// stops it first) plus two seconds, so the two do not race on a document at the limit.
qint64 cpuSeconds(qint64 ms)
{
    return (ms + 999) / 1000 + 2;
}

QJsonObject reply(const char *kind, const QJsonValue &id)
{
    return {{u"kind"_s, QString::fromLatin1(kind)}, {u"id"_s, id}};
}

// Tencent's preparation in the form every vendor's takes: the scale becomes the mapping back to
// the page, the type and size are read from the encoded bytes.
vendor::PreparedImage fromTencent(const tencent::PreparedPage &page)
{
    vendor::PreparedImage out;
    out.pageCount = page.pageCount;
    out.errorCode = page.errorCode;
    out.error = page.error;
    if (!page.ok())
        return out;
    out.bytes = page.imageBytes;
    out.pageSize = page.pageSize.toSize();
    out.toPage = QTransform::fromScale(page.scale, page.scale);
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::ReadOnly);
    out.sentSize = QImageReader(&buffer).size();
    return out;
}

vendor::PreparedImage prepare(const QByteArray &bytes, const VendorPageSpec &spec)
{
    switch (spec.style) {
    case VendorPageSpec::Style::Vendor: {
        vendor::ImageLimits limits;
        limits.maxBytes = spec.maxBytes;
        limits.maxSide = spec.maxSide;
        limits.maxPixels = spec.maxPixels;
        return vendor::prepareImage(bytes, spec.pageIndex, limits);
    }
    case VendorPageSpec::Style::Tencent:
        return fromTencent(
            tencent::preparePage(bytes, spec.isPdf, spec.pageIndex, spec.maxBytes, spec.minSide, spec.maxSide));
    case VendorPageSpec::Style::OfdPageCount: {
        vendor::PreparedImage out;
        out.pageCount = TencentOfdProvider::countPages(bytes);
        return out;
    }
    }
    return {};
}

} // namespace

WorkerService::WorkerService(WorkerChannel &channel, const QStringList &notes)
    : m_channel(channel), m_notes(notes)
{
}

int WorkerService::run()
{
    QJsonObject ready = reply(workerwire::Ready, 0);
    ready.insert(u"version"_s, workerwire::kProtocolVersion);
    ready.insert(u"sandbox"_s, QJsonArray::fromStringList(m_notes));
    if (!m_channel.write({ready, {}}))
        return 1;
    while (const std::optional<WorkerFrame> request = m_channel.read()) {
        const QString kind = request->header.value(u"kind"_s).toString();
        bool ok = false;
        if (kind == QLatin1String(workerwire::Recognize))
            ok = serveRecognize(*request);
        else if (kind == QLatin1String(workerwire::Render))
            ok = serveRender(*request);
        else if (kind == QLatin1String(workerwire::Prepare))
            ok = servePrepare(*request);
        else
            ok = refuse(*request, u"unknown request kind '%1'"_s.arg(kind));
        if (!ok)
            return 1;
    }
    return 0;
}

bool WorkerService::refuse(const WorkerFrame &request, const QString &why)
{
    QJsonObject out = reply(workerwire::Failed, request.header.value(u"id"_s));
    out.insert(u"error"_s, errorToWire(DocumentError{QStringLiteral("unreadable"), why}));
    return m_channel.write({out, {}});
}

bool WorkerService::serveRecognize(const WorkerFrame &request)
{
    const QJsonObject &h = request.header;
    const QJsonValue id = h.value(u"id"_s);
    const WorkerTestHooks::Action hook = WorkerTestHooks::actionFor(request.payload);
    if (hook == WorkerTestHooks::Action::Garbage)
        return m_channel.writeRaw(QByteArrayLiteral("this is not a frame\n")) && m_channel.write({reply(workerwire::Pages, id), {}});
    if (hook != WorkerTestHooks::Action::None && hook != WorkerTestHooks::Action::OcrSleep)
        WorkerTestHooks::perform(hook);

    // the host's limits, to set the CPU backstop the same way (WorkerPoolOptions::timeLimitMs)
    WorkerPoolOptions limits;
    limits.baseTimeoutMs = h.value(u"time_base_ms"_s).toInteger(limits.baseTimeoutMs);
    limits.perPageTimeoutMs = h.value(u"time_per_page_ms"_s).toInteger(limits.perPageTimeoutMs);
    limits.perOcrPageTimeoutMs = h.value(u"time_per_ocr_page_ms"_s).toInteger(limits.perOcrPageTimeoutMs);
    limits.ocrMaxMs = h.value(u"time_ocr_max_ms"_s).toInteger(limits.ocrMaxMs);
    int pageCount = 0;
    QSet<int> ocrPages;
    const auto allowCpu = [&] {
        // OpenCV's DNN runs on every core: once OCR runs, CPU time grows that many times faster
        // than the host's clock, and the backstop must not fire before it.
        const qint64 threads = ocrPages.isEmpty() ? 1 : qMax(1, QThread::idealThreadCount());
        WorkerLimits::allowCpuSeconds(cpuSeconds(limits.timeLimitMs(pageCount, int(ocrPages.size()))) * threads);
    };
    allowCpu();

    LocalRecognizer::Options options;
    options.validation = validationFromWire(h.value(u"validation"_s).toObject());
    options.decodeQr = h.value(u"decode_qr"_s).toBool(true);
    options.maxPages = h.value(u"max_pages"_s).toInt(0);
    bool channelOk = true;
    options.onPageCount = [&](int pages) {
        pageCount = pages;
        allowCpu();
        QJsonObject progress = reply(workerwire::Pages, id);
        progress.insert(u"pages"_s, pages);
        channelOk = m_channel.write({progress, {}}) && channelOk;
    };
    options.onProgress = [&](const RecognitionProgress &p) {
        // the same rule as the host's: one allowance per page, no more pages than there are
        if (p.ocr && p.page >= 1 && p.page <= qMax(pageCount, 1) && !ocrPages.contains(p.page)) {
            ocrPages.insert(p.page);
            allowCpu();
        }
        QJsonObject progress = reply(workerwire::Progress, id);
        progressToWire(p, progress);
        channelOk = m_channel.write({progress, {}}) && channelOk;
    };
    if (hook == WorkerTestHooks::Action::OcrSleep) {
        options.onProgress(RecognitionProgress{1, 0, true, 0, 0});
        options.onProgress(RecognitionProgress{2, 0, true, 0, 0});
        options.onProgress(RecognitionProgress{1, 0, true, 0, 10});
        QThread::msleep(quint64(WorkerTestHooks::argumentFor(request.payload, 1500)));
        options.onProgress(RecognitionProgress{1, 0, true, 10, 10});
    }
    const RecognizedDocument doc
        = LocalRecognizer::recognizeBytes(request.payload, h.value(u"name"_s).toString(), options);
    QJsonObject out = reply(workerwire::Document, id);
    out.insert(u"document"_s, documentToWire(doc));
    return channelOk && m_channel.write({out, {}});
}

bool WorkerService::beginPage(const WorkerFrame &request, bool *written)
{
    const WorkerTestHooks::Action hook = WorkerTestHooks::actionFor(request.payload);
    if (hook == WorkerTestHooks::Action::Garbage) {
        *written = m_channel.writeRaw(QByteArrayLiteral("this is not a frame\n"));
        return false;
    }
    if (hook != WorkerTestHooks::Action::None)
        WorkerTestHooks::perform(hook);
    const qint64 baseMs = request.header.value(u"time_base_ms"_s).toInteger(30000);
    const qint64 perPageMs = request.header.value(u"time_per_page_ms"_s).toInteger(2000);
    WorkerLimits::allowCpuSeconds(cpuSeconds(baseMs + perPageMs));
    return true;
}

bool WorkerService::serveRender(const WorkerFrame &request)
{
    const QJsonObject &h = request.header;
    const QJsonValue id = h.value(u"id"_s);
    if (bool written = false; !beginPage(request, &written))
        return written;
    const double dpi = h.value(u"dpi"_s).toDouble(kReferenceDpi);
    RenderedPage page = renderPage(request.payload, h.value(u"page"_s).toInt(0),
                                   std::isfinite(dpi) ? dpi : kReferenceDpi);
    // An image comes at its own pixels whatever the dpi: scaled here when the host asks for
    // less (a thumbnail), so a large photo is not copied whole through the pipe.
    const double imageScale = h.value(u"image_scale"_s).toDouble(1.0);
    if (page.ok() && std::isfinite(imageScale) && imageScale > 0 && imageScale < 1
        && isImageFormat(sniffFormat(request.payload))) {
        const QSize size(qMax(1, qRound(page.image.width() * imageScale)),
                         qMax(1, qRound(page.image.height() * imageScale)));
        page.image = page.image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QJsonObject out = reply(workerwire::Page, id);
    out.insert(u"page_count"_s, page.pageCount);
    QByteArray bits;
    if (!page.ok())
        out.insert(u"error"_s, errorToWire(DocumentError{page.errorCode, page.error}));
    else
        out.insert(u"image"_s, imageToWire(page.image, &bits));
    return m_channel.write({out, bits});
}

bool WorkerService::servePrepare(const WorkerFrame &request)
{
    const QJsonObject &h = request.header;
    const QJsonValue id = h.value(u"id"_s);
    if (bool written = false; !beginPage(request, &written))
        return written;
    const vendor::PreparedImage prepared = prepare(request.payload, pageSpecFromWire(h.value(u"spec"_s).toObject()));
    QJsonObject out = preparedToWire(prepared);
    out.insert(u"kind"_s, QString::fromLatin1(workerwire::Prepared));
    out.insert(u"id"_s, id);
    return m_channel.write({out, prepared.ok() ? prepared.bytes : QByteArray()});
}

} // namespace ra::worker
