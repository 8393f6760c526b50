#pragma once

#include <QPainterPath>
#include <QString>
#include <QStringView>

namespace ra {

// Parses the path language of OFD's AbbreviatedData (GB/T 33190 §9.3.2) into a QPainterPath in
// the object's own coordinates (millimetres before the object's CTM):
//   S x y / M x y   start a sub-path            L x y                  line
//   Q x1 y1 x y     quadratic Bézier           B x1 y1 x2 y2 x y      cubic Bézier
//   A rx ry rot large sweep x y   elliptical arc (SVG endpoint form)   C  close the sub-path
// Producers write commands and numbers separated by spaces, sometimes by commas or nothing
// ("M10 5"); both are accepted. Parsing stops at the first malformed command: what was read
// up to there is kept (a partial drawing beats none) and `error` says where it stopped.
class OfdPathParser
{
public:
    // More elements than this are not drawn: a real invoice path has a few dozen.
    static constexpr int kMaxElements = 200000;

    static QPainterPath parse(QStringView data, QString *error = nullptr);

    // Appends the arc from the path's current point to (x, y) as cubic Béziers.
    static void arcTo(QPainterPath &path, double rx, double ry, double rotationDegrees, bool largeArc,
                      bool sweep, double x, double y);
};

} // namespace ra
