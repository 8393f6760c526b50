#pragma once

#include "sampleinvoice.h"

#include <QImage>
#include <QString>

namespace ra::samples {

// Raster versions of a sample invoice: a phone photo of a printout and a screen capture.
class ImageOutput
{
public:
    // The invoice drawn on white paper at `dpi`.
    static QImage renderPage(const SampleInvoice &invoice, double dpi);
    // A slightly rotated printout on a desk, uneven light and sensor noise, saved as JPEG.
    static bool writePhoto(const QString &path, const SampleInvoice &invoice, QString *error);
    // The page at screen resolution inside a viewer's grey frame, saved as JPEG whatever the
    // file name says (screenshots get renamed; formats are told by content).
    static bool writeScreenshot(const QString &path, const SampleInvoice &invoice, QString *error);
};

} // namespace ra::samples
