#pragma once

#include "recognitionprogress.h"
#include "recognizeddocument.h"
#include "validation/validationcontext.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace ra {

// The offline `local` provider: the PDF text layer, the data embedded in OFD packages, the QR
// code printed on invoices and, for photos and scans, offline OCR (ocr/, docs/ocr.md). No
// account, no network. Thread-safe and re-entrant: the
// CLI and the GUI run one call per document on a worker thread.
class LocalRecognizer
{
public:
    struct Options
    {
        ValidationContext validation;
        bool decodeQr = true;
        bool ocr = true; // read printed text of images and scanned pages (when the models are installed)
        qint64 maxFileBytes = 200LL * 1024 * 1024; // larger files are refused, not read
        const std::atomic_bool *cancel = nullptr;  // checked between pages
        // Documents with more pages are refused as too_complex before any page is read
        // (0: no cap). reimburse-worker sets it (docs/worker-process.md).
        int maxPages = 0;
        // Told the page count as soon as it is known, before the pages are read (the worker
        // passes it on so the host can scale the document's time limit).
        std::function<void(int pages)> onPageCount{};
        // Told as each page is started and, where OCR reads a page, as it finds and reads the
        // text lines (the worker passes it on: the desk shows it in the document's row, and the
        // host gives a page read by OCR more time). Called on the recognizing thread.
        std::function<void(const RecognitionProgress &)> onProgress{};
    };

    // Reads and recognises one file. `displayName` is what the output calls it (the path as
    // the user gave it); errors are carried in the result, never thrown.
    static RecognizedDocument recognizeFile(const QString &path, const Options &options);
    static RecognizedDocument recognizeFile(const QString &path) { return recognizeFile(path, Options()); }

    // The same for bytes already in memory (paste, claim files). `name` is only for display.
    static RecognizedDocument recognizeBytes(const QByteArray &bytes, const QString &name,
                                             const Options &options);
};

} // namespace ra
