#include "derreader.h"

#include <QString>

namespace ra {

std::optional<DerReader::Element> DerReader::elementAt(qsizetype offset, qsizetype limit) const
{
    if (limit < 0 || limit > m_data.size())
        limit = m_data.size();
    if (offset < 0 || offset >= limit)
        return std::nullopt;
    Element e;
    e.offset = offset;
    qsizetype p = offset;
    const auto byte = [&](qsizetype i) { return quint8(m_data[i]); };

    const quint8 first = byte(p++);
    e.tagClass = first >> 6;
    e.constructed = (first & 0x20) != 0;
    e.tagNumber = first & 0x1f;
    if (e.tagNumber == 0x1f) {
        // High tag number form: base-128 digits, at most four (no real seal needs more).
        e.tagNumber = 0;
        for (int i = 0;; ++i) {
            if (p >= limit || i >= 4)
                return std::nullopt;
            const quint8 b = byte(p++);
            e.tagNumber = (e.tagNumber << 7) | (b & 0x7f);
            if (!(b & 0x80))
                break;
        }
    }
    if (p >= limit)
        return std::nullopt;
    const quint8 lengthByte = byte(p++);
    qint64 length = 0;
    if (lengthByte < 0x80) {
        length = lengthByte;
    } else {
        const int count = lengthByte & 0x7f;
        if (count == 0 || count > 4) // indefinite (BER) or beyond 4 GB
            return std::nullopt;
        for (int i = 0; i < count; ++i) {
            if (p >= limit)
                return std::nullopt;
            length = (length << 8) | byte(p++);
        }
    }
    if (length > limit - p)
        return std::nullopt;
    e.contentOffset = p;
    e.length = qsizetype(length);
    return e;
}

std::optional<QList<DerReader::Element>> DerReader::children(const Element &parent) const
{
    if (!parent.constructed)
        return std::nullopt;
    QList<Element> out;
    qsizetype p = parent.contentOffset;
    while (p < parent.end()) {
        if (out.size() >= kMaxChildren)
            return std::nullopt;
        const auto e = elementAt(p, parent.end());
        if (!e)
            return std::nullopt;
        out.append(*e);
        p = e->end();
    }
    return out;
}

QString DerReader::string(const Element &e) const
{
    if (e.tagClass != 0 || e.constructed)
        return {};
    const QByteArrayView c = content(e);
    switch (e.tagNumber) {
    case Utf8String:
        return QString::fromUtf8(c);
    case Ia5String:
    case PrintableString:
    case VisibleString:
        return QString::fromLatin1(c);
    default:
        return {};
    }
}

} // namespace ra
