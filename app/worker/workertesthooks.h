#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace ra::worker {

// Test-only misbehaviour, so the tests can show what the host does with a worker that
// crashes, hangs, spins, runs out of memory or talks nonsense without needing a document that
// does so on every machine. Enabled only when the worker's environment has
// REIMBURSE_WORKER_TEST_HOOKS=1; a document whose bytes start with "%RA-WORKER-TEST <action>"
// then triggers the action. Without the variable such a document is just an unknown format.
class WorkerTestHooks
{
public:
    // CpuLimit: the CPU limit (RLIMIT_CPU) lowered to a second or two from now, then a spin, so the
    // kernel's SIGXCPU ends the worker before the host's clock does (it normally comes second).
    // OcrSleep ("ocr-sleep <ms>"): says it starts OCR on page 1 (and names page 2 and page 1
    // again, which must not buy more time), sleeps <ms>, then reads the bytes as usual.
    enum class Action { None, Abort, Hang, Spin, Garbage, Exit, OutOfMemory, CpuLimit, OcrSleep };
    static Action actionFor(const QByteArray &documentBytes);
    // The number after the action ("ocr-sleep 1500"), or `fallback`.
    static qint64 argumentFor(const QByteArray &documentBytes, qint64 fallback);
    // Performs Abort, Hang, Spin, Exit, OutOfMemory and CpuLimit (none of them returns); OcrSleep
    // is the recognition's to act out (WorkerService).
    [[noreturn]] static void perform(Action action);
};

} // namespace ra::worker
