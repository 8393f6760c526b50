#include "workerchannel.h"

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace ra::worker {

WorkerChannel::WorkerChannel()
{
    m_in = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    m_out = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull >= 0) {
        ::dup2(devNull, STDIN_FILENO);
        ::close(devNull);
    }
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
}

std::optional<WorkerFrame> WorkerChannel::read()
{
    char buffer[64 * 1024];
    for (;;) {
        if (auto frame = m_reader.next())
            return frame;
        if (m_reader.isBroken() || m_in < 0)
            return std::nullopt;
        const ssize_t n = ::read(m_in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        m_reader.append(QByteArray(buffer, n));
    }
}

bool WorkerChannel::write(const WorkerFrame &frame)
{
    // The payload (a page's pixels) is written where it is, not copied after the header.
    return writeRaw(encodeWorkerFrameHeader(frame.header, frame.payload.size())) && writeRaw(frame.payload);
}

bool WorkerChannel::writeRaw(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_out, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace ra::worker
