#pragma once

namespace ra {

// Polygons in the normalized JSON are pixel coordinates of the page image the viewer shows.
// For PDF and OFD pages that image is rendered at this resolution (`reimburse-cli render`'s
// default), so 1 PDF point = 150/72 px and 1 mm = 150/25.4 px. Images use their own pixels
// (after EXIF orientation).
inline constexpr double kReferenceDpi = 150.0;
inline constexpr double kPixelsPerPoint = kReferenceDpi / 72.0;
inline constexpr double kPixelsPerMm = kReferenceDpi / 25.4;

} // namespace ra
