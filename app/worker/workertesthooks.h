#pragma once

#include <QByteArray>

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
    enum class Action { None, Abort, Hang, Spin, Garbage, Exit, OutOfMemory, CpuLimit };
    static Action actionFor(const QByteArray &documentBytes);
    // Performs Abort, Hang, Spin, Exit, OutOfMemory and CpuLimit (none of them returns).
    [[noreturn]] static void perform(Action action);
};

} // namespace ra::worker
