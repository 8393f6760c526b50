#pragma once

#include "claim/claimdata.h"
#include "export/pagerenderqueue.h"

#include <QByteArray>
#include <functional>

namespace ra {

// What an export reads: a snapshot of the claim and a way to fetch an original's bytes. An
// export only reads: nothing it does changes the claim.
struct ExportSource
{
    ClaimData data;
    std::function<QByteArray(const QString &sha256)> originalBytes;
    // What an export checks before it writes anything (the claim file's integrity and every
    // original against its SHA-256): empty when all is well, else why the claim is not
    // exported. Unset for a claim that is only in memory.
    std::function<QString()> verify;
    // Where the report draws pages of the originals: the desk and the command line give worker
    // processes (WorkerRenderQueue::factory); unset, they are drawn in this process (tests).
    PageRenderQueueFactory renderQueue;
};

} // namespace ra
