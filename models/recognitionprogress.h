#pragma once

#include <QMetaType>

namespace ra {

// How far the reading of one document has got, for its row in the desk (docs/ocr.md,
// docs/worker-process.md). Reported by the local provider from inside reimburse-worker; other
// providers report nothing. Pages are known once the document is open; OCR reports the text
// lines it found on a page, then how many of them it has read.
struct RecognitionProgress
{
    int page = 0;     // 1-based page being read; 0 before the first
    int pages = 0;    // the document's page count; 0 while unknown
    bool ocr = false; // the page's printed text is being read by offline OCR
    int linesRead = 0; // OCR: text lines read so far
    int lines = 0;     // OCR: text lines found on the page; 0 while they are being found

    friend bool operator==(const RecognitionProgress &, const RecognitionProgress &) = default;
};

} // namespace ra

Q_DECLARE_METATYPE(ra::RecognitionProgress)
