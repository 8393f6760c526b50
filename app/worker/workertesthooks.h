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
    enum class Action { None, Abort, Hang, Spin, Garbage, Exit, OutOfMemory };
    static Action actionFor(const QByteArray &documentBytes);
    // Performs Abort, Hang, Spin, Exit and OutOfMemory (none of them returns).
    [[noreturn]] static void perform(Action action);
};

} // namespace ra::worker
