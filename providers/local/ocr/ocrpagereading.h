#pragma once

#include "invoice.h"

#include <QImage>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace ra::ocr {

// What the local provider asks of OCR for one page image (a photo, a scan, a scanned PDF
// page rendered at kReferenceDpi): its invoices with the printed fields, or why there are none.
struct OcrReading
{
    QList<Invoice> invoices;
    bool ran = false;        // the models were there and the page was read
    bool cancelled = false;  // the cancel flag was seen
    QString unavailable;     // why OCR did not run (models missing or unloadable), translated
    int lines = 0;           // text lines read
    double ms = 0;           // time spent
};

// Reads the page with the calling thread's OcrEngine. Never throws; a missing model gives
// `unavailable` (logged once a process) and no invoices, so the caller goes on QR-only.
// `onProgress` is told (0, lines) once the text lines are found and (read, lines) as they are read.
OcrReading readPageWithOcr(const QImage &image, int pageNumber, const std::atomic_bool *cancel,
                           const std::function<void(int read, int lines)> &onProgress = {});

} // namespace ra::ocr
