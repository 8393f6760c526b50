#include "ocrpagereading.h"

#include "log.h"
#include "ocrengine.h"
#include "ocrinvoicereader.h"

#include <QElapsedTimer>

#include <exception>
#include <mutex>

namespace ra::ocr {

OcrReading readPageWithOcr(const QImage &image, int pageNumber, const std::atomic_bool *cancel,
                           const std::function<void(int read, int lines)> &onProgress)
{
    static const auto logger = log::get("providers.local");
    OcrReading out;
    QString why;
    OcrEngine *engine = OcrEngine::forCurrentThread(&why);
    if (!engine) {
        out.unavailable = why;
        static std::once_flag once;
        std::call_once(once, [&] { logger->warn("offline OCR unavailable: {}", why.toStdString()); });
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    OcrEngine::Options options;
    options.cancel = cancel;
    options.onProgress = onProgress;
    try {
        const OcrPage page = engine->read(image, options);
        if (page.cancelled) {
            out.cancelled = true;
            return out;
        }
        out.ran = true;
        out.lines = int(page.lines.size());
        out.invoices = OcrInvoiceReader::extractInvoices(page, pageNumber);
        logger->info("ocr page {}: {} lines, rotation {}, det {:.0f} ms, cls {:.0f} ms, rec {:.0f} ms",
                     pageNumber, page.lines.size(), page.rotation, page.detectMs, page.classifyMs,
                     page.recognizeMs);
    } catch (const std::exception &e) {
        // OpenCV reports a model it cannot run by exception: the page goes on without OCR
        out.unavailable = QString::fromStdString(e.what()).trimmed();
        logger->warn("ocr page {} failed: {}", pageNumber, e.what());
    }
    out.ms = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace ra::ocr
