#pragma once

#include "documentformat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QTransform>

// Bringing a document page within what a vendor takes (JPEG/PNG only, at most so many bytes and
// pixels), remembering how the image sent relates to the page image the viewer shows, so the
// vendor's polygons can be mapped back. Shared by the Qiniu and DeepFinch adapters.
namespace ra::vendor {

struct ImageLimits
{
    qint64 maxBytes = 8LL * 1024 * 1024;
    int maxSide = 10000;      // pixels, longest side
    int maxPixels = 0;        // 0: no limit on width × height
};

struct PreparedImage
{
    QByteArray bytes;          // what to send
    QByteArray mimeType;       // "image/jpeg" | "image/png"
    QString extension;         // "jpg" | "png"
    QSize sentSize;            // pixels of `bytes`
    QSize pageSize;            // pixels of the page image as the viewer shows it
    QTransform toPage;         // sent-image pixels → page-image pixels (identity when unchanged)
    bool converted = false;    // re-encoded, rendered or scaled (not the original bytes)
    int pageCount = 1;         // of the document (PDF pages; 1 for an image)
    QString errorCode;         // ra::ErrorCode value; empty on success
    QString error;             // a message a person can act on
    bool ok() const { return errorCode.isEmpty(); }
};

// Page `pageIndex` (0-based) of `document` as JPEG or PNG within `limits`:
//  - a JPEG/PNG that already fits and has no EXIF rotation is sent unchanged;
//  - a PDF page is rendered at the reference resolution (pagegeometry.h) with ra::renderPage,
//    other images (BMP, TIFF, WebP, rotated JPEGs) are decoded with their orientation applied;
//  - then encoded as PNG (sharp text) or, when that is too big, JPEG at falling quality, and
//    scaled down until it fits. `toPage` undoes the scaling.
// Errors (unreadable, encrypted PDF, nothing fits) come back in errorCode/error.
PreparedImage prepareImage(const QByteArray &document, int pageIndex, const ImageLimits &limits);

// Where one vendor call's image sits: the page it showed, that page's image size, and the
// mapping of the sent image's pixels onto it. Kept beside cached responses (no secret in it),
// so they can be mapped again exactly as the first time.
struct PageGeometry
{
    int page = 1;
    QSizeF pageSize;
    QTransform toPage;
};

QJsonObject toJson(const QList<PageGeometry> &pages);           // {"pages": [{page, w, h, sx, sy}]}
QList<PageGeometry> pagesFromJson(const QJsonObject &context);  // malformed entries → identity

} // namespace ra::vendor
