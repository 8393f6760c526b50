#include "workerstreamreader.h"

#include "workercodec.h"

#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

// What one wake-up reads at most before the thread looks at its other work (forget(), the end
// of the thread): a whole page still arrives at the pipe's pace, in a few wake-ups.
constexpr qsizetype kChunk = 1 << 20;
constexpr int kChunksPerWakeUp = 16;

} // namespace

WorkerStreamReader::WorkerStreamReader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ra::WorkerFrame>();
}

WorkerStreamReader::~WorkerStreamReader()
{
    for (const std::shared_ptr<Stream> &s : std::as_const(m_streams))
        close(*s, false);
}

void WorkerStreamReader::close(Stream &s, bool fromItsNotifier)
{
    // The notifier goes before its descriptor: a closed number may be reused at once by another
    // thread's pipe, which this notifier must never watch.
    if (fromItsNotifier) {
        s.notifier->setEnabled(false);
        s.notifier.release()->deleteLater(); // not deleted under its own signal
    } else {
        s.notifier.reset();
    }
    ::close(s.fd);
    s.fd = -1;
}

void WorkerStreamReader::watch(quint64 stream, int fd)
{
    if (fd < 0)
        return;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto s = std::make_shared<Stream>();
    s->fd = fd;
    s->notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(s->notifier.get(), &QSocketNotifier::activated, this, [this, stream] { readSome(stream); });
    m_streams.insert(stream, s);
}

void WorkerStreamReader::forget(quint64 stream)
{
    if (const std::shared_ptr<Stream> s = m_streams.take(stream))
        close(*s, false);
}

void WorkerStreamReader::readSome(quint64 stream)
{
    const std::shared_ptr<Stream> s = m_streams.value(stream);
    if (!s)
        return;
    bool ended = false;
    QString error;
    for (int i = 0; i < kChunksPerWakeUp; ++i) {
        QByteArray chunk(kChunk, Qt::Uninitialized);
        const ssize_t n = ::read(s->fd, chunk.data(), size_t(chunk.size()));
        if (n > 0) {
            chunk.truncate(n);
            s->frames.append(chunk);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        ended = true; // 0: the worker's end is closed (it exited or was killed)
        if (n < 0)
            error = QString::fromLocal8Bit(std::strerror(errno));
        break;
    }
    while (std::optional<WorkerFrame> frame = s->frames.next()) {
        QImage image;
        // A page's scan lines become its picture here, off the thread that asked for it.
        if (frame->header.value(u"kind"_s).toString() == QLatin1String(workerwire::Page)
            && frame->header.contains(u"image"_s))
            image = imageFromWire(frame->header.value(u"image"_s).toObject(), std::exchange(frame->payload, {}));
        Q_EMIT frameRead(stream, *frame, image);
    }
    if (s->frames.isBroken())
        end(stream, s->frames.error());
    else if (ended)
        end(stream, error);
}

void WorkerStreamReader::end(quint64 stream, const QString &error)
{
    // Only ever from readSome(), which its notifier's signal runs.
    if (const std::shared_ptr<Stream> s = m_streams.take(stream))
        close(*s, true);
    Q_EMIT streamEnded(stream, error);
}

} // namespace ra
