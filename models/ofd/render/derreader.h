#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace ra {

// A small, bounds-checked reader of DER (the ASN.1 encoding of SES_Signature and SES_Seal,
// GM/T 0031). It only splits the byte string into tag-length-value elements; what they
// mean is up to the caller. Indefinite lengths (BER) and lengths beyond the data are
// refused, so a hostile file cannot make it read out of bounds or loop.
class DerReader
{
public:
    struct Element
    {
        int tagClass = 0;          // 0 universal, 1 application, 2 context-specific, 3 private
        bool constructed = false;
        quint32 tagNumber = 0;     // e.g. 16 SEQUENCE, 4 OCTET STRING, 22 IA5String
        qsizetype offset = 0;      // first byte of the header
        qsizetype contentOffset = 0;
        qsizetype length = 0;      // of the content
        qsizetype end() const { return contentOffset + length; }
    };

    // Universal tag numbers the seal code looks at.
    enum Tag : quint32 {
        Integer = 2,
        BitString = 3,
        OctetString = 4,
        Utf8String = 12,
        Sequence = 16,
        PrintableString = 19,
        Ia5String = 22,
        VisibleString = 26,
    };

    // The reader views `data`, it does not copy it: the bytes must outlive the reader.
    explicit DerReader(QByteArrayView data) : m_data(data) {}

    // The element starting at `offset` whose content ends at or before `limit` (-1: the end
    // of the data); nullopt when it is malformed or truncated.
    std::optional<Element> elementAt(qsizetype offset, qsizetype limit = -1) const;
    // The elements inside a constructed one; nullopt when they do not fill it exactly.
    std::optional<QList<Element>> children(const Element &parent) const;
    QByteArrayView content(const Element &e) const { return m_data.sliced(e.contentOffset, e.length); }
    bool isUniversal(const Element &e, Tag tag) const { return e.tagClass == 0 && e.tagNumber == tag; }
    // Text of a string element (IA5/UTF8/Printable/Visible), empty otherwise.
    QString string(const Element &e) const;

    static constexpr int kMaxChildren = 100000;

private:
    QByteArrayView m_data;
};

} // namespace ra
