#pragma once

#include <QByteArray>

namespace ra::test {

// Documents made to hurt a reader (issue #13, docs/worker-process.md), byte for byte.

// The page tree contains itself: pdfium walks it without end.
QByteArray cyclicPageTreePdf();
// `pages` empty A4 pages.
QByteArray manyPagePdf(int pages);
// Makes reimburse-worker misbehave when REIMBURSE_WORKER_TEST_HOOKS=1 is in its environment:
// abort, exit, hang, spin, garbage, oom, xcpu (app/worker/workertesthooks.h).
QByteArray workerHook(const char *action);

} // namespace ra::test
