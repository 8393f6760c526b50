#include "workerframe.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace ra {
namespace {

constexpr char kMagic[4] = {'R', 'A', 'W', 'F'};
constexpr qsizetype kPrefix = 12;

void appendLength(QByteArray &out, quint32 n)
{
    char be[4];
    qToBigEndian(n, be);
    out.append(be, 4);
}

} // namespace

QByteArray encodeWorkerFrameHeader(const QJsonObject &header, qsizetype payloadSize)
{
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(kPrefix + json.size());
    out.append(kMagic, 4);
    appendLength(out, quint32(json.size()));
    appendLength(out, quint32(payloadSize));
    out.append(json);
    return out;
}

QByteArray encodeWorkerFrame(const WorkerFrame &frame)
{
    return encodeWorkerFrameHeader(frame.header, frame.payload.size()) + frame.payload;
}

void WorkerFrameReader::append(const QByteArray &bytes)
{
    // A page's pixels arrive in one piece more often than not: share it rather than copy it.
    if (m_buffer.isEmpty()) {
        m_buffer = bytes;
        return;
    }
    if (m_buffer.size() >= kPrefix && m_buffer.startsWith(QByteArrayView(kMagic, 4))) {
        const qint64 headerSize = qFromBigEndian<quint32>(m_buffer.constData() + 4);
        const qint64 payloadSize = qFromBigEndian<quint32>(m_buffer.constData() + 8);
        const qint64 frame = kPrefix + headerSize + payloadSize;
        // Lengths over the caps are refused by next(); a frame is only made room for once.
        if (headerSize <= kMaxWorkerFrameHeader && payloadSize <= kMaxWorkerFramePayload
            && m_buffer.capacity() < frame && m_buffer.size() + bytes.size() < frame)
            m_buffer.reserve(frame);
    }
    m_buffer.append(bytes);
}

std::optional<WorkerFrame> WorkerFrameReader::next()
{
    if (isBroken() || m_buffer.size() < kPrefix)
        return std::nullopt;
    if (!m_buffer.startsWith(QByteArrayView(kMagic, 4))) {
        m_error = QStringLiteral("not a frame (no magic)");
        return std::nullopt;
    }
    const qint64 headerSize = qFromBigEndian<quint32>(m_buffer.constData() + 4);
    const qint64 payloadSize = qFromBigEndian<quint32>(m_buffer.constData() + 8);
    if (headerSize > kMaxWorkerFrameHeader || payloadSize > kMaxWorkerFramePayload) {
        m_error = QStringLiteral("frame too large (%1 + %2 bytes)").arg(headerSize).arg(payloadSize);
        return std::nullopt;
    }
    if (m_buffer.size() < kPrefix + headerSize + payloadSize)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(m_buffer.mid(kPrefix, headerSize), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        m_error = QStringLiteral("the frame's header is not a JSON object");
        return std::nullopt;
    }
    WorkerFrame frame;
    frame.header = json.object();
    if (m_buffer.size() == kPrefix + headerSize + payloadSize) {
        // The frame is all there is: its payload takes the buffer (no second copy of a page).
        frame.payload = std::move(m_buffer);
        m_buffer = QByteArray();
        frame.payload.remove(0, kPrefix + headerSize);
    } else {
        frame.payload = m_buffer.mid(kPrefix + headerSize, payloadSize);
        m_buffer.remove(0, kPrefix + headerSize + payloadSize);
    }
    return frame;
}

} // namespace ra
