#pragma once

#include <QByteArray>
#include <QJsonObject>
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

// Cuts frames out of a byte stream as it arrives. Anything that is not a frame (no magic, a
// length over the caps, a header that is not a JSON object) breaks the reader for good: the
// other side is not speaking the protocol and is not trusted again.
class WorkerFrameReader
{
public:
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
