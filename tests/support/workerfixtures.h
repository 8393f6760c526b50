#pragma once

#include "hostiledocuments.h"   // workerHook()
#include "worker/workerrequest.h"

#include <QByteArray>

namespace ra::test {

// A request the test deletes itself (set before the event loop runs, which may finish it).
WorkerRequest *kept(WorkerRequest *request);

// Waits for the request through the event loop. No wall-clock assertion: the pool's own limits
// end every request; the bound only keeps a broken build from hanging CI.
bool waitFinished(WorkerRequest *request);

} // namespace ra::test
