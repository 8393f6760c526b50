#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace ra {

// Largest image we decode: beyond this a file is either not an invoice photo or a
// decompression bomb (a tiny PNG that claims 30000×30000 pixels).
inline constexpr int MaxImageSide = 12000;
inline constexpr qint64 MaxImagePixels = 100'000'000;

struct LoadedImage
{
    QImage image;        // EXIF orientation applied; null on error
    QString error;       // message a person can act on; empty on success
    QString errorCode;   // ra::ErrorCode::*; empty on success
    QSize originalSize;  // pixel size as stored in the file, before EXIF rotation
};

// Decodes an image file's bytes (JPEG, PNG, BMP, TIFF, WebP, GIF; the format is told by
// content). Checks the size the header claims before decoding anything. Thread-safe.
LoadedImage loadImage(const QByteArray &bytes);

} // namespace ra
