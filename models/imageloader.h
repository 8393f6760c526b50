#pragma once

#include "decodebudget.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace ra {

// Largest image we decode: beyond this a file is either not an invoice photo or a
// decompression bomb (a tiny PNG that claims 30000×30000 pixels).
inline constexpr int MaxImageSide = 12000;
inline constexpr qint64 MaxImagePixels = 100'000'000;
// What one image may take once decoded as stored, counted with its bytes per pixel (a 16-bit
// PNG takes 8 bytes a pixel, a grey one 1): 256 MiB is 64 megapixels at 32 bits. Formats that
// can decode at a smaller size (JPEG) are counted at that size.
inline constexpr qint64 MaxDecodeBytes = qint64(256) * 1024 * 1024;
// The size images are decoded to: enough for a QR code on a photo of a page and for the viewer
// (6000 × 4000); larger images are scaled down, keeping their proportions.
inline constexpr qint64 WorkingImagePixels = 24'000'000;
// What the QR decoder and the conversions after decoding hold at most, in 32-bit copies of the
// decoded image; counted in the budget on top of the decode.
inline constexpr int WorkingCopies = 3;

struct ImageLoadOptions
{
    // Decoded to at most this many pixels (proportions kept); 0 decodes at the stored size.
    qint64 maxPixels = WorkingImagePixels;
    // The memory budget the decode waits on; null: DecodeBudget::shared().
    DecodeBudget *budget = nullptr;
    std::chrono::milliseconds maxWait = DecodeBudget::kDefaultWait;
};

struct LoadedImage
{
    QImage image;        // EXIF orientation applied; null on error
    QString error;       // message a person can act on; empty on success
    QString errorCode;   // ra::ErrorCode::*; empty on success
    QSize originalSize;  // pixel size as stored in the file, before EXIF rotation
    bool scaled = false; // decoded smaller than stored (ImageLoadOptions::maxPixels)
    // The decode's share of the budget while this result is alive (the QR decoder works on the
    // image): dropped with the result, or earlier with memory.release().
    DecodeBudget::Lease memory;
};

// The cost of decoding an image, read from its header alone.
struct DecodePlan
{
    QSize stored;            // as the header says; invalid when it says nothing
    QSize target;            // what the image is decoded to (== stored when not scaled)
    int bitsPerPixel = 32;   // of the format the decoder produces
    qint64 decodeBytes = 0;  // the decoder's own image (at the stored size unless it scales itself)
    qint64 budgetBytes = 0;  // decodeBytes + WorkingCopies 32-bit copies of the target
};
DecodePlan planDecode(const QByteArray &bytes, qint64 maxPixels = WorkingImagePixels);

// Decodes an image file's bytes (JPEG, PNG, BMP, TIFF, WebP, GIF; the format is told by
// content). Checks the size and the memory the header claims before decoding anything, waits for
// that memory in the budget, and decodes at most options.maxPixels (JPEG scales while decoding,
// the others are scaled after). Thread-safe.
LoadedImage loadImage(const QByteArray &bytes, const ImageLoadOptions &options = {});

} // namespace ra
