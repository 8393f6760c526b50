#pragma once

#include "worker/workerframe.h"

#include <optional>

namespace ra::worker {

// The worker's end of the protocol: frames in on what was standard input, frames out on what
// was standard output. Both descriptors are moved aside at start, and 0 and 1 then point at
// /dev/null and standard error, so nothing a library prints can corrupt the protocol.
// Blocking: the worker does one thing at a time.
class WorkerChannel
{
public:
    WorkerChannel();
    // The next frame; nothing at end of input (the host went away) or on a broken stream.
    std::optional<WorkerFrame> read();
    // False when the host no longer reads (then the worker ends).
    bool write(const WorkerFrame &frame);
    // Bytes as they are, outside any frame: only the test hook that plays a broken worker.
    bool writeRaw(const QByteArray &bytes);

private:
    int m_in = -1;
    int m_out = -1;
    WorkerFrameReader m_reader;
};

} // namespace ra::worker
