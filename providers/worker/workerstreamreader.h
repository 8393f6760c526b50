#pragma once

#include "workerframe.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;

namespace ra {

// Reads what reimburse-worker processes write, on a thread of its own (WorkerProcess moves it
// there), so the thread that asked for a page never copies its pixels: a 600 dpi A4 page is
// 133 MB and a 24-megapixel photo 92 MB, which read on the desk's GUI thread froze it for up
// to 84 ms (docs/worker-process.md, "Figures"). Frames are cut here and a page's scan lines
// are made into its QImage here (no copy: the image keeps the bytes read); the owner gets
// whole frames through queued signals.
//
// Each worker's output is a stream: watch() takes the read end of its pipe (non-blocking, and
// closed here), forget() drops it unread (a worker that was killed). Every stream ends with
// streamEnded: at the end of the output (`error` empty), or when it stopped being the protocol
// (`error` says why; nothing more is read from it). Call both through the event loop of the
// reader's thread (QMetaObject::invokeMethod).
class WorkerStreamReader : public QObject
{
    Q_OBJECT
public:
    explicit WorkerStreamReader(QObject *parent = nullptr);
    ~WorkerStreamReader() override;

    void watch(quint64 stream, int fd);
    void forget(quint64 stream);

Q_SIGNALS:
    // `image`: a page frame's picture, made from its payload (then empty); null when the frame
    // is no page, or its description and bytes do not agree.
    void frameRead(quint64 stream, const ra::WorkerFrame &frame, const QImage &image);
    void streamEnded(quint64 stream, const QString &error);

private:
    struct Stream
    {
        int fd = -1;
        std::unique_ptr<QSocketNotifier> notifier;
        WorkerFrameReader frames;
    };
    void readSome(quint64 stream);
    void end(quint64 stream, const QString &error);
    void close(Stream &s, bool fromItsNotifier);

    QHash<quint64, std::shared_ptr<Stream>> m_streams;
};

} // namespace ra
