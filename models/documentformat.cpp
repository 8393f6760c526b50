#include "documentformat.h"

#include <QtEndian>

namespace ra {

namespace {

bool startsWith(const QByteArray &bytes, qsizetype at, const char *magic, qsizetype len)
{
    if (at < 0 || bytes.size() - at < len)
        return false;
    return std::equal(magic, magic + len, bytes.constData() + at);
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

// An OFD package names its root "OFD.xml". Producers differ in case and some zip a top-level
// folder, so accept "OFD.xml" at the root or one folder down, in any letter case.
bool isOfdRootName(QByteArrayView name)
{
    if (name.startsWith("./"))
        name = name.sliced(2);
    while (name.startsWith('/'))
        name = name.sliced(1);
    const QByteArrayView base("ofd.xml");
    auto equalsBase = [&](QByteArrayView v) { return v.compare(base, Qt::CaseInsensitive) == 0; };
    if (equalsBase(name))
        return true;
    const qsizetype slash = name.indexOf('/');
    if (slash <= 0 || name.indexOf('/', slash + 1) >= 0)
        return false;
    return equalsBase(name.sliced(slash + 1));
}

// Walks every local file header (PK\3\4) and central directory entry (PK\1\2) found in the
// bytes and looks at the entry names. Scanning for signatures rather than following offsets
// works on a truncated prefix and on archives with data descriptors alike.
bool zipHasOfdRoot(const QByteArray &bytes)
{
    struct Sig { const char *magic; qsizetype nameLenAt; qsizetype nameAt; };
    static constexpr Sig sigs[] = {
        {"PK\x03\x04", 26, 30},
        {"PK\x01\x02", 28, 46},
    };
    for (const Sig &sig : sigs) {
        qsizetype pos = 0;
        while ((pos = bytes.indexOf(QByteArrayView(sig.magic, 4), pos)) >= 0) {
            if (pos + sig.nameAt <= bytes.size()) {
                const qsizetype nameLen = le16(bytes, pos + sig.nameLenAt);
                if (nameLen > 0 && pos + sig.nameAt + nameLen <= bytes.size()
                    && isOfdRootName(QByteArrayView(bytes.constData() + pos + sig.nameAt, nameLen)))
                    return true;
            }
            pos += 4;
        }
    }
    return false;
}

bool looksLikeBmp(const QByteArray &b)
{
    if (!startsWith(b, 0, "BM", 2))
        return false;
    // "BM" alone is weak evidence (a text file may start with it): when the DIB header size is
    // there, it must be one of the known header sizes.
    if (b.size() < 18)
        return true;
    const quint32 dib = qFromLittleEndian<quint32>(b.constData() + 14);
    return dib == 12 || dib == 16 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108
        || dib == 124;
}

} // namespace

DocumentFormat sniffFormat(const QByteArray &head)
{
    if (head.isEmpty())
        return DocumentFormat::Empty;
    if (startsWith(head, 0, "\x89PNG\r\n\x1a\n", 8))
        return DocumentFormat::Png;
    if (startsWith(head, 0, "\xff\xd8\xff", 3))
        return DocumentFormat::Jpeg;
    if (startsWith(head, 0, "PK\x03\x04", 4))
        return zipHasOfdRoot(head) ? DocumentFormat::Ofd : DocumentFormat::Zip;
    if (startsWith(head, 0, "II*\0", 4) || startsWith(head, 0, "MM\0*", 4))
        return DocumentFormat::Tiff;
    if (startsWith(head, 0, "RIFF", 4) && startsWith(head, 8, "WEBP", 4))
        return DocumentFormat::Webp;
    if (startsWith(head, 0, "GIF87a", 6) || startsWith(head, 0, "GIF89a", 6))
        return DocumentFormat::Gif;
    if (looksLikeBmp(head))
        return DocumentFormat::Bmp;
    // PDF readers accept the header anywhere in the first 1024 bytes (a BOM, mail headers,
    // a stray byte from a broken download), so do the same.
    const qsizetype pdfAt = head.left(1024 + 5).indexOf("%PDF-");
    if (pdfAt >= 0 && pdfAt <= 1024)
        return DocumentFormat::Pdf;
    return DocumentFormat::Unknown;
}

QString formatKey(DocumentFormat f)
{
    switch (f) {
    case DocumentFormat::Unknown: return QStringLiteral("unknown");
    case DocumentFormat::Empty: return QStringLiteral("empty");
    case DocumentFormat::Pdf: return QStringLiteral("pdf");
    case DocumentFormat::Ofd: return QStringLiteral("ofd");
    case DocumentFormat::Jpeg: return QStringLiteral("jpeg");
    case DocumentFormat::Png: return QStringLiteral("png");
    case DocumentFormat::Bmp: return QStringLiteral("bmp");
    case DocumentFormat::Tiff: return QStringLiteral("tiff");
    case DocumentFormat::Webp: return QStringLiteral("webp");
    case DocumentFormat::Gif: return QStringLiteral("gif");
    case DocumentFormat::Zip: return QStringLiteral("zip");
    }
    return QStringLiteral("unknown");
}

bool isImageFormat(DocumentFormat f)
{
    switch (f) {
    case DocumentFormat::Jpeg:
    case DocumentFormat::Png:
    case DocumentFormat::Bmp:
    case DocumentFormat::Tiff:
    case DocumentFormat::Webp:
    case DocumentFormat::Gif:
        return true;
    default:
        return false;
    }
}

} // namespace ra
