#pragma once

#include <QString>
#include <QtGlobal>

namespace ra {

// The limits a WorkerPool runs documents under (docs/worker-process.md, "Limits"). Every
// number can be set by an environment variable, which is how the tests make them short:
//
//   REIMBURSE_WORKER                      the worker executable (default: next to this program)
//   REIMBURSE_WORKER_TIMEOUT_MS           time limit of a document before its page count is known
//   REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS  added per page once it is
//   REIMBURSE_WORKER_TIMEOUT_PER_OCR_PAGE_MS  added per page the worker reads by OCR, once it says so
//   REIMBURSE_WORKER_TIMEOUT_OCR_MAX_MS   the most the OCR pages add to one document
//   REIMBURSE_WORKER_MAX_PAGES            page cap (documents with more are refused: too_complex)
//   REIMBURSE_WORKER_MEMORY_MB            address-space limit of a worker (0: none)
struct WorkerPoolOptions
{
    QString program;               // reimburse-worker's path; empty = workerExecutable()
    int jobSlots = 2;                 // worker processes at most (one per job slot)
    qint64 baseTimeoutMs = 30'000;
    qint64 perPageTimeoutMs = 2'000;
    // Offline OCR of a photo or a scanned page takes 5-30 s on a loaded 2-core machine (docs/ocr.md),
    // against 2 s for a page with text: the worker says when it starts OCR on a page and the
    // document gets this much more, for at most as many pages as it has and at most ocrMaxMs
    // in all, so a hostile scan still ends (300 pages would otherwise be five hours).
    qint64 perOcrPageTimeoutMs = 60'000;
    qint64 ocrMaxMs = 600'000;
    qint64 startupTimeoutMs = 30'000; // from start to the worker's ready message
    int maxPages = 300;
    qint64 memoryMb = 2048;
    // The workers' nice value (threadpriority.h): the desk's recognition yields the CPU to the
    // window (kRecognitionNice); 0 leaves the caller's.
    int niceValue = 0;
    // How long a render nobody wants any more (WorkerRequest::cancel) may go on before its
    // worker is killed to free the slot. Letting a short render finish saves starting a worker
    // (about 40 ms); a page that hangs must not keep the next page waiting for its whole limit.
    qint64 abandonGraceMs = 1'000;
    // The language of the workers' own messages (a page that cannot be read, an image too
    // large): "zh_CN", or empty for the English source texts. fromEnvironment() takes
    // messageLanguage(): the desk sets it to its own, the command line leaves it English.
    QString language;

    // The defaults above with the environment's overrides, `jobSlots` as given.
    static WorkerPoolOptions fromEnvironment(int jobSlots);

    // The time limit of a document of `pages` pages (0: not known yet), `ocrPages` of which the
    // worker has started reading by OCR.
    qint64 timeLimitMs(int pages, int ocrPages = 0) const
    {
        return baseTimeoutMs + perPageTimeoutMs * qMax(pages, 1) + qMin(perOcrPageTimeoutMs * qMax(ocrPages, 0), ocrMaxMs);
    }

    // REIMBURSE_WORKER if set, else reimburse-worker in the running program's folder (where
    // the build and `cmake --install` put it, beside reimburse and reimburse-cli).
    static QString workerExecutable();

    // The language every pool of this process asks its workers to speak (the desk calls this
    // once its translator is installed; see `language`).
    static void setMessageLanguage(const QString &language);
    static QString messageLanguage();
};

} // namespace ra
