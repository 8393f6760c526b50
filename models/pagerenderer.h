#pragma once

#include "pagegeometry.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ra {

// A document page as the viewer shows it: PDF pages rendered at `dpi` on white, images with
// their EXIF orientation applied (at their own pixels whatever the dpi). Field polygons in
// the normalized JSON refer to this image at kReferenceDpi. Thread-safe.
struct RenderedPage
{
    QImage image;
    int pageCount = 0;
    QString errorCode;   // ra::ErrorCode value when it failed
    QString error;       // a message a person can act on
    bool ok() const { return errorCode.isEmpty(); }
};

RenderedPage renderPage(const QByteArray &bytes, int pageIndex, double dpi = kReferenceDpi);

} // namespace ra
