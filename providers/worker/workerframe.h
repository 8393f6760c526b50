#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ra {

// One message between the host and reimburse-worker (docs/worker-process.md): a JSON header
// (its "kind" says what it is) and an optional binary payload (a document's bytes, a page's
// pixels). On the wire: "RAWF", the header's length and the payload's length (big-endian
// 32-bit), the compact JSON header, the payload.
struct WorkerFrame
{
    QJsonObject header;
    QByteArray payload;
};

inline constexpr qint64 kMaxWorkerFrameHeader = 64LL * 1024 * 1024;  // JSON: a recognised document
inline constexpr qint64 kMaxWorkerFramePayload = 1LL << 30;          // a document or a page's pixels

QByteArray encodeWorkerFrame(const WorkerFrame &frame);
// What precedes a payload of `payloadSize` bytes: written separately, the payload (a document
// of many megabytes) need not be copied after it.
QByteArray encodeWorkerFrameHeader(const QJsonObject &header, qsizetype payloadSize);

// Cuts frames out of a byte stream as it arrives. Anything that is not a frame (no magic, a
// length over the caps, a header that is not a JSON object) breaks the reader for good: the
// other side is not speaking the protocol and is not trusted again.
class WorkerFrameReader
{
public:
    // Room for a whole frame is made as soon as its lengths are known, so a page of 100 MB is
    // not copied again and again as its bytes come in.
    void append(const QByteArray &bytes);
    // The next complete frame, or nothing (more bytes needed, or broken).
    std::optional<WorkerFrame> next();
    bool isBroken() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace ra

// Frames travel from the thread that reads a worker's output to the one that asked
// (WorkerStreamReader).
Q_DECLARE_METATYPE(ra::WorkerFrame)
