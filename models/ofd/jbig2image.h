#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ra {

// Decodes a JBIG2 image (OFD invoices store their QR code as a .jb2 file) with jbig2dec.
// Both the standalone file format (starts with 0x97 "JB2") and embedded streams (as in PDF)
// are accepted. Memory used by the decoder is capped, so a hostile stream that declares a
// huge page fails instead of exhausting memory. Thread-safe.
class Jbig2Image
{
public:
    static constexpr qint64 kDefaultMemoryCap = 64LL * 1024 * 1024;
    static constexpr int kMaxSide = 20000;

    // A Format_Grayscale8 image (black ink on white), or a null image with `error` set.
    static QImage decode(const QByteArray &data, QString *error = nullptr,
                         qint64 memoryCap = kDefaultMemoryCap);
    static bool looksLikeJbig2File(const QByteArray &data);
};

} // namespace ra
