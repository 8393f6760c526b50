#pragma once

#include <QString>
#include <QtGlobal>

namespace ra::worker {

// The resource limits of one reimburse-worker process (docs/worker-process.md). Applied once
// at start, before anything reads a document; the CPU budget is set again per request
// because RLIMIT_CPU counts the whole life of a process that serves many documents.
class WorkerLimits
{
public:
    // The exit code of a worker that ran out of its address space (the host reports the
    // document as too_complex rather than crashed).
    static constexpr int kExitOutOfMemory = 86;

    // PR_SET_PDEATHSIG (the worker dies with the thread that started it), RLIMIT_CORE 0 (no
    // dumps of documents on disk), RLIMIT_AS of `memoryMb` unless a sanitizer is built in
    // (their shadow memory reserves terabytes of address space), and handlers that turn an
    // allocation failure into kExitOutOfMemory. Returns a line for the log.
    static QString applyAtStart(qint64 memoryMb);

    // Lets the CPU time of the coming request run to at most `seconds` more (soft
    // RLIMIT_CPU; the kernel sends SIGXCPU past it). A backstop behind the host's clock.
    static void allowCpuSeconds(qint64 seconds);

    // Ends the process as out of memory (what the handlers call).
    [[noreturn]] static void exitOutOfMemory();

    // Whether RLIMIT_AS is applied in this build.
    static bool addressSpaceLimitApplies();
};

} // namespace ra::worker
