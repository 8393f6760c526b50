#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

// What VatInvoiceOCR is sent for one page: JPG/PNG within the vendor's limits (the Base64 limit
// passed in — the seed's 7 MB, less when the vendor refused a page as too large —, 20–10000 px a
// side). PDFs are rendered at kReferenceDpi, so polygons land on the page
// image the viewer shows; too large pages and photos are downscaled or re-encoded as JPEG, and
// `scale` maps the vendor's coordinates back to the page image.
namespace ra::tencent {

struct PreparedPage
{
    QByteArray imageBytes;      // JPEG or PNG as sent
    QSizeF pageSize;            // page image size (polygons' reference)
    double scale = 1.0;         // sent px × scale = page px
    int pageCount = 0;
    QString errorCode;          // ra::ErrorCode when the page cannot be prepared
    QString error;
    bool ok() const { return errorCode.isEmpty(); }
};

// `pageIndex` 0-based. Images: their own pixels (EXIF applied); PDFs: rendered.
PreparedPage preparePage(const QByteArray &documentBytes, bool isPdf, int pageIndex,
                         qint64 maxBase64Bytes, int minSide, int maxSide);

// Fits `image` into the limits (exposed for tests). Returns the bytes and the scale applied.
PreparedPage fitImage(const QImage &image, const QByteArray &originalBytes, bool originalIsJpegOrPng,
                      qint64 maxBase64Bytes, int minSide, int maxSide);

} // namespace ra::tencent
