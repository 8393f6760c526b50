#pragma once

#include <QByteArray>

namespace ra::test {

// Documents made to hurt a reader (issue #13, docs/worker-process.md), byte for byte.

// The page tree contains itself: pdfium walks it without end.
QByteArray cyclicPageTreePdf();
// `pages` empty A4 pages.
QByteArray manyPagePdf(int pages);
// 70 bytes that declare an 11000 × 9000 BMP at 32 bits per pixel (about 400 MB of pixels).
// With a 56-byte info header Qt refuses it at once; with the classic 40-byte one it allocates
// the pixels (about 1.2 GB at peak in process, docs/worker-process.md).
QByteArray headerLieBmp(int infoHeaderSize);
// Makes reimburse-worker misbehave when REIMBURSE_WORKER_TEST_HOOKS=1 is in its environment:
// abort, exit, hang, spin, garbage, oom, xcpu, ocr-sleep <ms> (app/worker/workertesthooks.h).
QByteArray workerHook(const char *action);
// A photo-like JPEG of `width` × `height` (a page with text on a grey gradient, with noise so it
// does not compress to nothing): 6000 × 4000 is a 24-megapixel phone photo, 96 MB decoded.
QByteArray largePhotoJpeg(int width = 6000, int height = 4000);

} // namespace ra::test
