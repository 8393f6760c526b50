#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QTransform>
#include <optional>

class QPainter;

namespace ra {

struct OfdFont;
struct OfdXmlNode;
class OfdFontResolver;

// Draws one TextObject: each character at the position its TextCode gives (X, Y, DeltaX,
// DeltaY with the "g" repeat form), glyphs from the CGTransform when the object maps
// characters to glyph IDs of an embedded font, else from the font's character map, with the
// resolver's fallbacks for characters a font lacks. Glyphs are rasterised at their device
// size (the object's CTM and the page scale folded into the pixel size) so small invoice
// text stays crisp; HScale and CharDirection are applied per glyph.
class OfdTextDrawer
{
public:
    struct Style
    {
        bool fill = true;
        QColor fillColor = Qt::black;
        bool stroke = false;
        QColor strokeColor = Qt::black;
        double strokeWidth = 0.353;   // mm
        double hScale = 1.0;
        int charDirection = 0;        // degrees: 0, 90, 180, 270
    };

    struct Result
    {
        QRectF bounds;        // object coordinates, of what was drawn (glyph cells)
        int characters = 0;
        int missing = 0;      // characters no font could draw
        bool embeddedFont = false;
        QString substitute;   // installed family used for a font that is not embedded
    };

    explicit OfdTextDrawer(OfdFontResolver &fonts) : m_fonts(fonts) {}

    // `objectToDevice` maps the object's coordinates (Boundary origin, CTM applied) to the
    // device; the painter's transform is changed and not restored.
    Result draw(QPainter &painter, const QTransform &objectToDevice, const OfdXmlNode &textObject,
                const OfdFont &font, const QByteArray &fontData, double size, const Style &style);

private:
    OfdFontResolver &m_fonts;
};

} // namespace ra
